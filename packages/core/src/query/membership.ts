import type { MembershipTerm } from "../schemas/membership-term.js";
import { endOf, startOf } from "../text/dates.js";
import type { MembershipStatus } from "./filter.js";
import type { Store } from "./store.js";

/** Whether Kazakhstan sat on the Council on a date, and in which term. */
export interface MembershipContext {
  /** "uncertain" when a partial date (a year, a month) straddles a term's start or end. */
  status: MembershipStatus;
  term?: MembershipTerm;
}

/** Membership context for any partial ISO date. */
export function membershipContext(store: Store, date: string): MembershipContext {
  const from = startOf(date);
  const to = endOf(date);
  for (const term of store.data.membershipTerms) {
    const termFrom = startOf(term.start);
    const termTo = endOf(term.end);
    if (from >= termFrom && to <= termTo) return { status: "member", term };
    if (from <= termTo && to >= termFrom) return { status: "uncertain", term };
  }
  return { status: "not-member" };
}
