import type { Citation } from "../schemas/citation.js";
import { COLLECTION_NAMES, type CollectionName } from "../schemas/dataset.js";
import type { RecordKind, RecordRef } from "../schemas/primitives.js";
import { mayPrecede } from "../text/dates.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { DataIssue } from "./errors.js";
import type { Collections, Origins } from "./parse.js";

/** The collection that holds each record kind. */
export const COLLECTION_OF_KIND: Readonly<Record<RecordKind, CollectionName>> = {
  source: "sources",
  person: "people",
  organization: "organizations",
  event: "events",
  statement: "statements",
  "membership-term": "membershipTerms",
  "upr-review": "uprReviews",
  reform: "reforms",
  topic: "topics",
  discrepancy: "discrepancies",
  unknown: "unknowns",
};

/**
 * Checks what one record's schema cannot: ids unique across the whole record,
 * references that resolve, dates in order, statement quotes backed by a citation.
 * Returns every offender rather than stopping at the first.
 */
export function checkIntegrity(data: Collections, origins: Origins): DataIssue[] {
  const issues: DataIssue[] = [];
  const ids = new Map<string, CollectionName>();
  const idsOf = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, new Set<string>()])) as Record<
    CollectionName,
    Set<string>
  >;

  for (const name of COLLECTION_NAMES) {
    for (const record of data[name]) {
      const seen = ids.get(record.id);
      if (seen) {
        issues.push({
          file: origins.get(`${name}/${record.id}`),
          collection: name,
          recordId: record.id,
          field: "id",
          message: `duplicate id: already used in ${seen} (${origins.get(`${seen}/${record.id}`) ?? "?"})`,
        });
      }
      ids.set(record.id, name);
      idsOf[name].add(record.id);
    }
  }

  const at = (collection: CollectionName, recordId: string) => ({
    file: origins.get(`${collection}/${recordId}`),
    collection,
    recordId,
  });
  const ref = (collection: CollectionName, recordId: string, field: string, target: CollectionName, id?: string) => {
    if (id !== undefined && !idsOf[target].has(id)) {
      issues.push({ ...at(collection, recordId), field, message: `refers to unknown ${target} id "${id}"` });
    }
  };
  const cites = (collection: CollectionName, recordId: string, field: string, citations: readonly Citation[] = []) =>
    citations.forEach((c, i) => ref(collection, recordId, `${field}.${i}.sourceId`, "sources", c.sourceId));
  const refs = (collection: CollectionName, recordId: string, field: string, list: readonly RecordRef[]) =>
    list.forEach((r, i) => ref(collection, recordId, `${field}.${i}.id`, COLLECTION_OF_KIND[r.kind], r.id));
  const ordered = (collection: CollectionName, recordId: string, field: string, a?: string, b?: string) => {
    if (a && b && !mayPrecede(a, b)) {
      issues.push({ ...at(collection, recordId), field, message: `date ${b} comes before ${a}` });
    }
  };

  // One page is one source: a second record for the same URL or archived text would
  // count one origin twice and split its citations.
  const firstWith = { url: new Map<string, string>(), archiveSha256: new Map<string, string>() };
  for (const s of data.sources) {
    ref("sources", s.id, "publisherId", "organizations", s.publisherId);
    ref("sources", s.id, "republishes", "sources", s.republishes);
    if (s.republishes === s.id) issues.push({ ...at("sources", s.id), field: "republishes", message: "cannot republish itself" });
    for (const field of ["url", "archiveSha256"] as const) {
      const value = s[field];
      if (value === undefined) continue;
      const first = firstWith[field].get(value);
      if (first) issues.push({ ...at("sources", s.id), field, message: `is the same as source "${first}"'s: cite that source instead` });
      else firstWith[field].set(value, s.id);
    }
  }
  for (const o of data.organizations) {
    ref("organizations", o.id, "parentId", "organizations", o.parentId);
    cites("organizations", o.id, "citations", o.citations);
  }
  for (const p of data.people) {
    p.roles.forEach((role, i) => {
      ref("people", p.id, `roles.${i}.organizationId`, "organizations", role.organizationId);
      cites("people", p.id, `roles.${i}.citations`, role.citations);
      ordered("people", p.id, `roles.${i}.end`, role.start, role.end);
    });
  }
  for (const e of data.events) {
    e.participants.forEach((pt, i) => {
      ref("events", e.id, `participants.${i}.personId`, "people", pt.personId);
      ref("events", e.id, `participants.${i}.organizationId`, "organizations", pt.organizationId);
    });
    e.topicIds.forEach((t, i) => ref("events", e.id, `topicIds.${i}`, "topics", t));
    cites("events", e.id, "citations", e.citations);
    ordered("events", e.id, "endDate", e.date, e.endDate);
  }
  for (const s of data.statements) {
    ref("statements", s.id, "speakerId", "people", s.speakerId);
    ref("statements", s.id, "organizationId", "organizations", s.organizationId);
    ref("statements", s.id, "eventId", "events", s.eventId);
    s.topicIds.forEach((t, i) => ref("statements", s.id, `topicIds.${i}`, "topics", t));
    s.assesses.forEach((a, i) => {
      ref("statements", s.id, `assesses.${i}.statementId`, "statements", a.statementId);
      if (a.statementId === s.id) {
        issues.push({ ...at("statements", s.id), field: `assesses.${i}.statementId`, message: "cannot assess itself" });
      }
    });
    cites("statements", s.id, "citations", s.citations);
    const quote = normalizeForMatch(s.quote);
    if (!s.citations.some((c) => normalizeForMatch(c.quote).includes(quote))) {
      issues.push({ ...at("statements", s.id), field: "quote", message: "does not occur in any of its citations' quotes" });
    }
  }
  for (const t of data.membershipTerms) {
    ref("membershipTerms", t.id, "electionEventId", "events", t.electionEventId);
    cites("membershipTerms", t.id, "citations", t.citations);
    ordered("membershipTerms", t.id, "end", t.start, t.end);
    if (t.votes && t.votes.received > t.votes.of) {
      issues.push({ ...at("membershipTerms", t.id), field: "votes.received", message: "exceeds the number voting" });
    }
  }
  for (const u of data.uprReviews) {
    ref("uprReviews", u.id, "headOfDelegationId", "people", u.headOfDelegationId);
    u.troikaIds.forEach((t, i) => ref("uprReviews", u.id, `troikaIds.${i}`, "organizations", t));
    u.eventIds.forEach((e, i) => ref("uprReviews", u.id, `eventIds.${i}`, "events", e));
    cites("uprReviews", u.id, "citations", u.citations);
    ordered("uprReviews", u.id, "adoptionDate", u.reviewDate, u.adoptionDate);
    const r = u.recommendations;
    if (r?.received !== undefined && r.supported !== undefined && r.noted !== undefined && r.supported + r.noted > r.received) {
      issues.push({ ...at("uprReviews", u.id), field: "recommendations", message: "supported + noted exceeds received" });
    }
  }
  for (const r of data.reforms) {
    r.topicIds.forEach((t, i) => ref("reforms", r.id, `topicIds.${i}`, "topics", t));
    r.stages.forEach((stage, i) => {
      ref("reforms", r.id, `stages.${i}.eventId`, "events", stage.eventId);
      cites("reforms", r.id, `stages.${i}.citations`, stage.citations);
      const previous = r.stages[i - 1];
      if (previous) ordered("reforms", r.id, `stages.${i}.date`, previous.date, stage.date);
    });
  }
  for (const d of data.discrepancies) {
    refs("discrepancies", d.id, "about", d.about);
    d.variants.forEach((v, i) => cites("discrepancies", d.id, `variants.${i}.citations`, v.citations));
  }
  for (const u of data.unknowns) refs("unknowns", u.id, "about", u.about);
  return issues;
}
