/**
 * Words for the site. Kind labels, dates, plurals and vocabulary words come from core's
 * wording module, so the site, the terminal and exports spell each the same way; only
 * the index pages' descriptions are the site's own.
 */
import { KINDS, type RecordKind } from "@kz-hrc/core";

export {
  formatDate,
  formatDateRange,
  humanize,
  PERSPECTIVE_LABELS,
  plural as countOf,
  RELATION_LABELS,
  RESPONSE_LABELS,
  VOTE_LABELS,
} from "@kz-hrc/core";

/** Singular and plural names of each record kind (core's registry). */
export const KIND_LABELS: Readonly<Record<RecordKind, { one: string; many: string }>> = KINDS;

/** What each kind of record is, for index pages. */
export const KIND_DESCRIPTIONS: Readonly<Record<RecordKind, string>> = {
  event: "Elections, Council sessions, reviews, laws and reports, each dated at the precision its sources allow.",
  statement:
    "Words officials and observers said or wrote, quoted verbatim, with independent assessments beside the claims.",
  person: "People who spoke, led delegations or are named in the record, with their sourced roles.",
  organization: "States, UN bodies, ministries, courts, NGOs and media that appear in the record.",
  source: "Documents, articles and pages the record quotes, with their perspective and what they republish.",
  topic: "Subjects that events, statements and reforms are filed under.",
  "upr-review": "Kazakhstan's Universal Periodic Reviews, cycle by cycle.",
  recommendation:
    "Every recommendation Kazakhstan received in its Universal Periodic Reviews that a source gives, verbatim, with the states that made it and Kazakhstan's response as the report states it.",
  vote: "Recorded votes of the Human Rights Council while Kazakhstan was a member, with totals and Kazakhstan's vote where a source names it.",
  "membership-term": "Kazakhstan's terms as a member of the Human Rights Council.",
  reform: "Domestic reforms as staged processes: each step with its own date.",
  discrepancy: "Where sources disagree: every variant with its sources, the preferred one and why.",
  unknown: "Facts looked for and not found: not yet established.",
};
