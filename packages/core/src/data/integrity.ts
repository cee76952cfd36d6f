import { behaviourOf } from "../query/kinds.js";
import { type AnyRecord, allRecords } from "../query/store.js";
import {
  COLLECTION_NAMES,
  type CollectionName,
  collectionOf,
  kindOfCollection,
  type RecordKind,
} from "../schemas/kinds.js";
import { isTestHost } from "../text/addresses.js";
import { mayPrecede } from "../text/dates.js";
import { normalizeForMatch } from "../text/normalize.js";
import { normalizeUrl } from "../text/urls.js";
import type { DataIssue } from "./errors.js";
import type { Collections, Origins } from "./parse.js";

/** The collection that holds each record kind. */
export const COLLECTION_OF_KIND: Readonly<Record<RecordKind, CollectionName>> = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [kindOfCollection(name), name]),
) as Record<RecordKind, CollectionName>;

type Report = (field: string, message: string) => void;

/** Checks one record can need beyond references: dates in order, quotes backed, counts possible. */
function checkRecord(entry: AnyRecord, report: Report): void {
  const ordered = (field: string, a?: string, b?: string) => {
    if (a && b && !mayPrecede(a, b)) report(field, `date ${b} comes before ${a}`);
  };
  switch (entry.kind) {
    case "source":
      if (entry.record.republishes === entry.record.id) report("republishes", "cannot republish itself");
      // The original's address is only kept apart from the copy read; without a copy it is the url.
      if (entry.record.canonicalUrl && !entry.record.copy)
        report("canonicalUrl", "needs `copy` to say what the copy read at `url` is");
      if (entry.record.canonicalUrl && entry.record.canonicalUrl === entry.record.url)
        report("canonicalUrl", "is the same as `url`: drop `copy` and `canonicalUrl`");
      if (entry.record.copy && !entry.record.url) report("copy", "describes the copy read at `url`, which is missing");
      if (entry.record.url && isTestHost(entry.record.url) && entry.record.copy !== "test-host")
        report("copy", 'must be "test-host": `url` is on a test or staging host, never a document\'s original');
      if (entry.record.canonicalUrl && isTestHost(entry.record.canonicalUrl))
        report("canonicalUrl", "is on a test or staging host, never a document's original");
      break;
    case "person":
      entry.record.roles.forEach((role, i) => {
        ordered(`roles.${i}.end`, role.start, role.end);
      });
      break;
    case "event":
      ordered("endDate", entry.record.date, entry.record.endDate);
      break;
    case "statement": {
      const s = entry.record;
      s.assesses.forEach((a, i) => {
        if (a.statementId === s.id) report(`assesses.${i}.statementId`, "cannot assess itself");
      });
      const quote = normalizeForMatch(s.quote);
      if (!s.citations.some((c) => normalizeForMatch(c.quote).includes(quote))) {
        report("quote", "does not occur in any of its citations' quotes");
      }
      break;
    }
    case "membership-term": {
      const t = entry.record;
      ordered("end", t.start, t.end);
      if (t.votes && t.votes.received > t.votes.of) report("votes.received", "exceeds the number voting");
      break;
    }
    case "upr-review": {
      const u = entry.record;
      ordered("adoptionDate", u.reviewDate, u.adoptionDate);
      const r = u.recommendations;
      if (
        r?.received !== undefined &&
        r.supported !== undefined &&
        r.noted !== undefined &&
        r.supported + r.noted > r.received
      ) {
        report("recommendations", "supported + noted exceeds received");
      }
      break;
    }
    case "vote": {
      const seen = new Set<string>();
      entry.record.positions.forEach((p, i) => {
        if (seen.has(p.stateId)) report(`positions.${i}.stateId`, `a second position for "${p.stateId}"`);
        seen.add(p.stateId);
      });
      break;
    }
    case "reform":
      entry.record.stages.forEach((stage, i) => {
        const previous = entry.record.stages[i - 1];
        if (previous) ordered(`stages.${i}.date`, previous.date, stage.date);
      });
      break;
  }
}

/**
 * Checks what one record's schema cannot: ids unique across the whole record,
 * references that resolve (each kind declares its own in query/kinds.ts), dates in
 * order, statement quotes backed by a citation, one source per page, one recommendation
 * per number in a review. Returns every offender rather than stopping at the first.
 */
export function checkIntegrity(data: Collections, origins: Origins): DataIssue[] {
  const issues: DataIssue[] = [];
  const kinds = new Map<string, RecordKind>();
  const entries = allRecords(data);
  const at = (kind: RecordKind, recordId: string) => {
    const collection = collectionOf(kind);
    return { file: origins.get(`${collection}/${recordId}`), collection, recordId };
  };

  for (const entry of entries) {
    const seen = kinds.get(entry.record.id);
    if (seen) {
      const first = collectionOf(seen);
      issues.push({
        ...at(entry.kind, entry.record.id),
        field: "id",
        message: `duplicate id: already used in ${first} (${origins.get(`${first}/${entry.record.id}`) ?? "?"})`,
      });
    } else kinds.set(entry.record.id, entry.kind);
  }

  for (const entry of entries) {
    const report: Report = (field, message) => issues.push({ ...at(entry.kind, entry.record.id), field, message });
    const behaviour = behaviourOf(entry.kind);
    for (const [field, kind, id] of behaviour.references(entry.record as never)) {
      if (id !== undefined && kinds.get(id) !== kind)
        report(field, `refers to unknown ${collectionOf(kind)} id "${id}"`);
    }
    for (const [field, citations] of behaviour.citations(entry.record as never)) {
      (citations ?? []).forEach((c, i) => {
        if (kinds.get(c.sourceId) !== "source")
          report(`${field}.${i}.sourceId`, `refers to unknown sources id "${c.sourceId}"`);
      });
    }
    checkRecord(entry, report);
  }

  // One page is one source: a second record for the same URL or archived text would
  // count one origin twice and split its citations.
  const firstWith = { url: new Map<string, string>(), archiveSha256: new Map<string, string>() };
  for (const s of data.sources) {
    for (const field of ["url", "archiveSha256"] as const) {
      const value = s[field];
      if (value === undefined) continue;
      // Addresses compare in normal form: case of the host, a trailing slash or a fragment do not make another page.
      const key = field === "url" ? normalizeUrl(value) : value;
      const first = firstWith[field].get(key);
      if (first)
        issues.push({
          ...at("source", s.id),
          field,
          message: `is the same as source "${first}"'s: cite that source instead`,
        });
      else firstWith[field].set(key, s.id);
    }
  }

  // A recommendation is cited by its number: one record per number within a review.
  const numbers = new Map<string, string>();
  for (const r of data.recommendations) {
    if (!r.number) continue;
    const key = `${r.reviewId} ${r.number}`;
    const first = numbers.get(key);
    if (first)
      issues.push({
        ...at("recommendation", r.id),
        field: "number",
        message: `${r.number} is already recommendation "${first}" of ${r.reviewId}`,
      });
    else numbers.set(key, r.id);
  }
  return issues;
}
