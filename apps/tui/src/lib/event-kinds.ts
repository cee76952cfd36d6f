import type { EventKind } from "@kz-hrc/core";

/**
 * Event kinds, to reject `--kind party` as a bad value. Core's main entry exports the
 * type only (its zod enum lives behind `@kz-hrc/core/schemas`, which would load zod at
 * every start), so the list is here, and the check below fails the typecheck if core
 * adds or drops a kind.
 */
export const EVENT_KINDS = [
  "candidacy",
  "election",
  "membership-term-start",
  "membership-term-end",
  "upr-review",
  "upr-adoption",
  "council-session",
  "high-level-segment",
  "statement",
  "law",
  "decree",
  "ratification",
  "referendum",
  "resolution",
  "report",
  "conference",
  "visit",
  "protest",
  "other",
] as const satisfies readonly EventKind[];

type Missing = Exclude<EventKind, (typeof EVENT_KINDS)[number]>;
// A compile-time check: `true` only when every EventKind is listed.
export const EVENT_KINDS_COMPLETE: [Missing] extends [never] ? true : never = true;
