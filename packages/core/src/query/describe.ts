import type { RecordKind } from "../schemas/kinds.js";
import { humanize, RESPONSE_LABELS } from "../text/wording.js";
import { behaviourOf } from "./kinds.js";
import { memberPosition } from "./member.js";
import type { AnyRecord, Store } from "./store.js";

/** What lists, search results and links need to show any record. */
export interface RecordSummary {
  kind: RecordKind;
  id: string;
  title: string;
  /** Partial ISO date the record is dated by, if it has one. */
  date?: string;
  /** One line of context: a kind, a role, a publisher… */
  subtitle?: string;
}

/** Title of a record as shown in lists and headings. */
export function titleOf(entry: AnyRecord): string {
  return behaviourOf(entry.kind).title(entry.record as never);
}

/** The date a record is placed at in time, if any. */
export function dateOf(entry: AnyRecord): string | undefined {
  return behaviourOf(entry.kind).date(entry.record as never);
}

/** The record's own type within its kind (event kind, source kind…), if it has one. */
export function typeOf(entry: AnyRecord): string | undefined {
  return behaviourOf(entry.kind).type(entry.record as never);
}

/** The name of a person or organization in the store, by id. */
export function nameOf(store: Store, id: string | undefined): string | undefined {
  const found = id === undefined ? undefined : store.byId.get(id);
  return found?.kind === "person" || found?.kind === "organization" ? found.record.name : undefined;
}

/** One line of context for a record: who said it, who recommended it, how Kazakhstan voted… */
function subtitleOf(store: Store, entry: AnyRecord): string | undefined {
  const type = typeOf(entry);
  const typeWords = type ? humanize(type) : undefined;
  const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(" · ") || undefined;
  switch (entry.kind) {
    case "person":
      return entry.record.roles[0]?.title;
    case "statement":
      // A quote alone does not say who said it: lists show the speaker beside its kind.
      return joined(nameOf(store, entry.record.speakerId ?? entry.record.organizationId), typeWords);
    case "recommendation": {
      const states = entry.record.recommendingStateIds.map((id) => nameOf(store, id) ?? id).join(", ");
      const review = store.byId.get(entry.record.reviewId);
      const cycle = review?.kind === "upr-review" ? `UPR cycle ${review.record.cycle}` : undefined;
      return joined(cycle, states, RESPONSE_LABELS[entry.record.response]);
    }
    case "vote": {
      const kazakhstan = memberPosition(entry.record);
      return joined(
        entry.record.symbol,
        kazakhstan ? `Kazakhstan: ${humanize(kazakhstan.vote).toLowerCase()}` : undefined,
      );
    }
    default:
      return typeWords;
  }
}

/** Summarizes any record for lists and search results. */
export function summarize(store: Store, entry: AnyRecord): RecordSummary {
  const date = dateOf(entry);
  const subtitle = subtitleOf(store, entry);
  return {
    kind: entry.kind,
    id: entry.record.id,
    title: titleOf(entry),
    ...(date ? { date } : {}),
    ...(subtitle ? { subtitle } : {}),
  };
}
