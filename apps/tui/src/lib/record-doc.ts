import {
  type Api,
  formatDate,
  formatDateRange,
  humanize,
  kindLabel,
  memberPosition,
  PERSPECTIVE_LABELS,
  plural,
  RECOMMENDATION_RESPONSES,
  RESPONSE_LABELS,
  type RecordRef,
  recordPath,
  sourceAddresses,
  VOTE_LABELS,
} from "@kz-hrc/core";
import { type CitationStatusOf, type DocLine, docBuilder, uncheckedStatus } from "./doc.js";
import { termVotes } from "./votes.js";

const date = (value: string) => formatDate(value, "short");
const span = (start?: string, end?: string) =>
  start && end ? formatDateRange(start, end, "short") : start ? `from ${date(start)}` : end ? `until ${date(end)}` : "";
const NOT_ESTABLISHED = "not yet established";

/**
 * The lines of a record's view, shared by the interactive record screen, `kz-hrc show`
 * and the links of `show --json`. Returns undefined for an unknown id.
 */
export function recordDoc(api: Api, id: string, statusOf: CitationStatusOf = uncheckedStatus): DocLine[] | undefined {
  const entry = api.getRecord(id);
  const summary = api.getSummary(id);
  if (!entry || !summary) return undefined;
  const b = docBuilder(api, statusOf);
  const { add, field, link, links, heading, citations, citation, membership, notes } = b;
  add(summary.title, "title");
  add(
    [kindLabel(entry.kind), summary.subtitle, summary.date && date(summary.date), recordPath(entry.kind, id)]
      .filter(Boolean)
      .join(" · "),
    "muted",
  );
  b.blank();
  const ref: RecordRef = { kind: entry.kind, id };
  /** Records that name this one among their related records (recommendations bearing on a reform…). */
  const relatedTo = () =>
    links(
      "Named as related by",
      api.listRelatedTo(ref).map((r) => r.record.id),
    );
  switch (entry.kind) {
    case "event": {
      const e = entry.record;
      field("Type", humanize(e.kind));
      field("Date", e.endDate ? span(e.date, e.endDate) : date(e.date));
      field("Place", e.place);
      field("Session", e.session);
      membership(e.date);
      add(e.summary);
      if (e.participants.length) heading("Participants");
      for (const p of e.participants) {
        link(p.personId, `${p.role}: `);
        link(p.organizationId, p.personId ? "  of " : `${p.role}: `);
      }
      links("Topics", e.topicIds);
      links(
        "Statements at this event",
        api.listStatementsAtEvent(id).map((s) => s.id),
      );
      relatedTo();
      notes(ref);
      citations(e.citations);
      break;
    }
    case "statement": {
      const s = entry.record;
      if (summary.title !== `“${s.quote}”`) add(`“${s.quote}”`, "quote");
      field("Type", humanize(s.kind));
      field("Date", date(s.date));
      link(s.speakerId, "Speaker: ");
      link(s.organizationId, "On behalf of: ");
      link(s.eventId, "At: ");
      membership(s.date);
      if (s.summary) add(s.summary);
      const assessments = api.listAssessmentsOf(id);
      if (assessments.length) heading("Independent assessments of this claim");
      for (const a of assessments) {
        link(a.statement.id, `[${a.relation}] `);
        add(a.note, "muted", 2);
      }
      const claims = api.listClaimsAssessedBy(id);
      if (claims.length) heading("Claims this statement assesses");
      for (const a of claims) {
        link(a.statement.id, `[${a.relation}] `);
        add(a.note, "muted", 2);
      }
      links("Topics", s.topicIds);
      relatedTo();
      notes(ref);
      citations(s.citations);
      break;
    }
    case "person": {
      const p = entry.record;
      field("Also written", p.otherNames?.join(", "));
      heading("Roles");
      for (const role of p.roles) {
        const when = role.start || role.end ? span(role.start, role.end) : role.asOf ? `as of ${date(role.asOf)}` : "";
        add(`${role.title}${when ? ` (${when})` : ""}`);
        link(role.organizationId, "at ", 2);
        for (const c of role.citations) citation(c, 2);
      }
      links(
        "Statements",
        api.listStatementsBySpeaker(id).map((s) => s.id),
      );
      links(
        "Events",
        api.listEventsByPerson(id).map((e) => e.id),
      );
      notes(ref);
      break;
    }
    case "organization": {
      const o = entry.record;
      field("Short name", o.shortName);
      field("Type", humanize(o.kind));
      field("Country", o.country);
      field("Website", o.url);
      link(o.parentId, "Part of: ");
      if (o.description) add(o.description);
      links(
        "Parts",
        api.listPartsOf(id).map((c) => c.id),
      );
      links(
        "Statements",
        api.listStatementsByOrganization(id).map((s) => s.id),
      );
      links(
        "Events",
        api.listEventsByOrganization(id).map((e) => e.id),
      );
      links(
        "UPR recommendations it made",
        api.listRecommendationsByState(id).map((r) => r.id),
      );
      links(
        "Sources it published",
        api.listSourcesPublishedBy(id).map((s) => s.id),
      );
      notes(ref);
      if (o.citations) citations(o.citations);
      break;
    }
    case "source": {
      const s = entry.record;
      link(s.publisherId, "Publisher: ");
      field("Published", s.published ? date(s.published) : "date not established");
      field("Author", s.author);
      field("Type", humanize(s.kind));
      field("Perspective", PERSPECTIVE_LABELS[s.perspective]);
      field("Language", s.language);
      field("UN symbol", s.unSymbol);
      // The document's own address apart from the copy read: a copy is never shown as the original.
      const address = sourceAddresses(s);
      field("Original", address.original ?? (address.originalUnknown ? "address not established" : undefined));
      if (address.readAt) field("Read at", `${address.readAt.url} (${address.readAt.label})`);
      field("Snapshot", address.snapshot);
      field("Archived text SHA-256", s.archiveSha256);
      link(s.republishes, "Republishes: ");
      if (s.notes) add(s.notes, "muted");
      links(
        "Republished by",
        api.listRepublicationsOf(id).map((r) => r.id),
      );
      links(
        "Records citing it",
        api.listRecordsCitingSource(id).map((r) => r.id),
      );
      notes(ref);
      break;
    }
    case "topic": {
      const t = entry.record;
      if (t.description) add(t.description);
      links(
        "Records on this topic",
        api
          .listRecords({ topicIds: [id] })
          .filter((r) => r.id !== id)
          .map((r) => r.id),
      );
      break;
    }
    case "membership-term": {
      const t = entry.record;
      field("Term", span(t.start, t.end));
      link(t.electionEventId, "Election: ");
      field("Regional group", t.regionalGroup && humanize(t.regionalGroup));
      field("Votes", t.votes ? `${t.votes.received} of ${t.votes.of}` : NOT_ESTABLISHED);
      if (t.summary) add(t.summary);
      const votes = termVotes(api, t);
      if (votes.total) {
        heading("How Kazakhstan voted");
        add(votes.counts);
        for (const { record, vote } of votes.cast) link(record.id, `${VOTE_LABELS[vote]}: `);
        for (const record of votes.unsourced) link(record.id, "Not sourced: ");
      }
      relatedTo();
      notes(ref);
      citations(t.citations);
      break;
    }
    case "upr-review": {
      const u = entry.record;
      field("Cycle", u.cycle);
      field("Working Group session", u.workingGroupSession);
      field("Review", u.reviewDate && date(u.reviewDate));
      field(
        "Adopted",
        u.adoptionDate && `${date(u.adoptionDate)}${u.adoptionSession ? ` (HRC ${u.adoptionSession})` : ""}`,
      );
      link(u.headOfDelegationId, "Head of delegation: ");
      const r = u.recommendations;
      const count = (n?: number) => (n === undefined ? NOT_ESTABLISHED : String(n));
      if (r)
        add(`Recommendations: ${count(r.received)} received, ${count(r.supported)} supported, ${count(r.noted)} noted`);
      if (u.summary) add(u.summary);
      links("Troika", u.troikaIds);
      if (u.documents.length) heading("Documents");
      for (const d of u.documents) add(`${d.symbol} · ${humanize(d.kind)}${d.url ? ` · ${d.url}` : ""}`);
      links("Events", u.eventIds);
      const items = api.listRecommendationsOfReview(id);
      if (items.length) {
        heading(`${plural(items.length, "recommendation")} in the record, by response`);
        for (const response of RECOMMENDATION_RESPONSES) {
          const some = items.filter((item) => item.response === response);
          if (!some.length) continue;
          add(`${RESPONSE_LABELS[response]} (${some.length})`, "heading");
          for (const item of some) link(item.id, "", 2);
        }
      }
      relatedTo();
      notes(ref);
      citations(u.citations);
      break;
    }
    case "recommendation": {
      const r = entry.record;
      field("Number", r.number ?? NOT_ESTABLISHED);
      link(r.reviewId, "Review: ");
      field("Response", RESPONSE_LABELS[r.response]);
      heading(r.recommendingStateIds.length === 1 ? "Recommended by" : "Recommended by (jointly)");
      for (const s of r.recommendingStateIds) link(s);
      heading("Text");
      add(`“${r.text}”`, "quote");
      if (r.note) add(r.note, "muted");
      links("Topics", r.topicIds);
      links(
        "Related records",
        r.related.map((x) => x.id),
      );
      relatedTo();
      notes(ref);
      citations(r.citations);
      break;
    }
    case "vote": {
      const v = entry.record;
      field("Symbol", v.symbol ?? NOT_ESTABLISHED);
      field("Body", humanize(v.body));
      field("On", humanize(v.subject));
      field("Session", v.session);
      field("Date", date(v.date));
      field("Adopted", v.adopted === undefined ? NOT_ESTABLISHED : v.adopted ? "yes" : "no");
      const t = v.totals;
      field(
        "Totals",
        t ? `${t.inFavour} in favour, ${t.against} against, ${t.abstaining} abstaining` : NOT_ESTABLISHED,
      );
      const kazakhstan = memberPosition(v);
      add(
        `Kazakhstan's vote: ${kazakhstan ? VOTE_LABELS[kazakhstan.vote] : NOT_ESTABLISHED}`,
        kazakhstan ? undefined : "warning",
      );
      if (v.positionNote) add(v.positionNote, "muted", 2);
      for (const c of kazakhstan?.citations ?? []) citation(c, 2);
      membership(v.date);
      if (v.summary) add(v.summary);
      const others = v.positions.filter((p) => p !== kazakhstan);
      if (others.length) heading("Other states' votes in the record");
      for (const p of others) {
        link(p.stateId, `${VOTE_LABELS[p.vote]}: `);
        for (const c of p.citations) citation(c, 2);
      }
      links("Topics", v.topicIds);
      relatedTo();
      notes(ref);
      citations(v.citations);
      break;
    }
    case "reform": {
      const r = entry.record;
      add(r.summary);
      links("Topics", r.topicIds);
      heading("Stages");
      for (const stage of r.stages) {
        add(`${humanize(stage.stage)} · ${date(stage.date)}: ${stage.description}`);
        link(stage.eventId, "event: ", 2);
        for (const c of stage.citations) citation(c, 2);
      }
      relatedTo();
      notes(ref);
      break;
    }
    case "discrepancy": {
      const d = entry.record;
      field("Disagreement on", d.field);
      heading("About");
      for (const a of d.about) link(a.id);
      heading("Variants");
      d.variants.forEach((v, i) => {
        add(`${i === d.preferred ? "★ preferred: " : ""}“${v.value}”`, i === d.preferred ? "good" : undefined);
        for (const c of v.citations) citation(c, 2);
      });
      heading("Why the preferred variant");
      add(d.reason);
      break;
    }
    case "unknown": {
      const u = entry.record;
      add(`Not yet established: ${u.question}`, "warning");
      if (u.about.length) heading("About");
      for (const a of u.about) link(a.id);
      heading("Searched");
      for (const s of u.searched) add(`• ${s}`);
      field("Checked on", date(u.checkedOn));
      if (u.notes) add(u.notes, "muted");
      break;
    }
  }
  return b.lines;
}
