import { PERSPECTIVE_LABELS, recordPath, VOTE_LABELS, type Api } from "@kz-hrc/core";
import { docBuilder, KIND_LABELS, uncheckedStatus, type CitationStatusOf, type DocLine } from "./doc.js";
import { formatDate, humanize } from "./format.js";

const span = (start?: string, end?: string) =>
  start && end ? `${formatDate(start)} – ${formatDate(end)}` : start ? `from ${formatDate(start)}` : end ? `until ${formatDate(end)}` : "";

/**
 * The lines of a record's view, shared by the interactive record screen and
 * `kz-hrc show`. Returns undefined for an unknown id.
 */
export function recordDoc(api: Api, id: string, statusOf: CitationStatusOf = uncheckedStatus): DocLine[] | undefined {
  const entry = api.getRecord(id);
  const summary = api.getSummary(id);
  if (!entry || !summary) return undefined;
  const b = docBuilder(api, statusOf);
  const { add, field, link, links, heading, citations, citation, membership, notes } = b;
  add(summary.title, "title");
  add(
    [KIND_LABELS[entry.kind], summary.subtitle, summary.date && formatDate(summary.date), recordPath(entry.kind, id)]
      .filter(Boolean)
      .join(" · "),
    "muted",
  );
  b.blank();
  const ref = { kind: entry.kind, id };
  switch (entry.kind) {
    case "event": {
      const e = entry.record;
      field("Date", e.endDate ? span(e.date, e.endDate) : formatDate(e.date));
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
      links("Statements at this event", api.listStatementsAtEvent(id).map((s) => s.id));
      notes(ref);
      citations(e.citations);
      break;
    }
    case "statement": {
      const s = entry.record;
      if (summary.title !== `“${s.quote}”`) add(`“${s.quote}”`, "quote");
      field("Kind", humanize(s.kind));
      field("Date", formatDate(s.date));
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
      notes(ref);
      citations(s.citations);
      break;
    }
    case "person": {
      const p = entry.record;
      field("Also written", p.otherNames?.join(", "));
      heading("Roles");
      for (const role of p.roles) {
        const when = role.start || role.end ? span(role.start, role.end) : role.asOf ? `as of ${formatDate(role.asOf)}` : "";
        add(`${role.title}${when ? ` (${when})` : ""}`);
        link(role.organizationId, "at ", 2);
        role.citations.forEach((c) => citation(c, 2));
      }
      links("Statements", api.listStatementsBySpeaker(id).map((s) => s.id));
      links("Events", api.listEventsByPerson(id).map((e) => e.id));
      notes(ref);
      break;
    }
    case "organization": {
      const o = entry.record;
      field("Short name", o.shortName);
      field("Kind", humanize(o.kind));
      field("Country", o.country);
      field("Website", o.url);
      link(o.parentId, "Part of: ");
      if (o.description) add(o.description);
      links("Parts", api.listOrganizations().filter((c) => c.parentId === id).map((c) => c.id));
      links("Statements", api.listStatementsByOrganization(id).map((s) => s.id));
      links("Events", api.listEventsByOrganization(id).map((e) => e.id));
      links("Sources it published", api.listSources().filter((s) => s.publisherId === id).map((s) => s.id));
      notes(ref);
      if (o.citations) citations(o.citations);
      break;
    }
    case "source": {
      const s = entry.record;
      link(s.publisherId, "Publisher: ");
      field("Published", s.published ? formatDate(s.published) : "date not established");
      field("Author", s.author);
      field("Kind", humanize(s.kind));
      field("Perspective", PERSPECTIVE_LABELS[s.perspective]);
      field("Language", s.language);
      field("UN symbol", s.unSymbol);
      field("URL", s.url);
      field("Archived text SHA-256", s.archiveSha256);
      link(s.republishes, "Republishes: ");
      if (s.notes) add(s.notes, "muted");
      links("Republished by", api.listRepublicationsOf(id).map((r) => r.id));
      links("Records citing it", api.listRecordsCitingSource(id).map((r) => r.id));
      notes(ref);
      break;
    }
    case "topic": {
      const t = entry.record;
      if (t.description) add(t.description);
      links("Records on this topic", api.listRecords({ topicIds: [id] }).filter((r) => r.id !== id).map((r) => r.id));
      break;
    }
    case "membership-term": {
      const t = entry.record;
      field("Term", span(t.start, t.end));
      link(t.electionEventId, "Election: ");
      field("Regional group", t.regionalGroup && humanize(t.regionalGroup));
      field("Votes", t.votes ? `${t.votes.received} of ${t.votes.of}` : "not yet established");
      if (t.summary) add(t.summary);
      const cast = api.listVotesOf("kazakhstan", { from: t.start, to: t.end });
      if (cast.length) heading("How Kazakhstan voted");
      for (const { event, vote } of cast) link(event.id, `${VOTE_LABELS[vote]}: `);
      notes(ref);
      citations(t.citations);
      break;
    }
    case "upr-review": {
      const u = entry.record;
      field("Cycle", u.cycle);
      field("Working Group session", u.workingGroupSession);
      field("Review", u.reviewDate && formatDate(u.reviewDate));
      field("Adopted", u.adoptionDate && `${formatDate(u.adoptionDate)}${u.adoptionSession ? ` (HRC ${u.adoptionSession})` : ""}`);
      link(u.headOfDelegationId, "Head of delegation: ");
      const r = u.recommendations;
      const count = (n?: number) => (n === undefined ? "not yet established" : String(n));
      if (r) add(`Recommendations: ${count(r.received)} received, ${count(r.supported)} supported, ${count(r.noted)} noted`);
      if (u.summary) add(u.summary);
      links("Troika", u.troikaIds);
      if (u.documents.length) heading("Documents");
      for (const d of u.documents) add(`${d.symbol} · ${humanize(d.kind)}${d.url ? ` · ${d.url}` : ""}`);
      links("Events", u.eventIds);
      notes(ref);
      citations(u.citations);
      break;
    }
    case "reform": {
      const r = entry.record;
      add(r.summary);
      links("Topics", r.topicIds);
      heading("Stages");
      for (const stage of r.stages) {
        add(`${humanize(stage.stage)} · ${formatDate(stage.date)}: ${stage.description}`);
        link(stage.eventId, "event: ", 2);
        stage.citations.forEach((c) => citation(c, 2));
      }
      notes(ref);
      break;
    }
    case "discrepancy": {
      const d = entry.record;
      field("Disagreement on", d.field);
      heading("About");
      d.about.forEach((a) => link(a.id));
      heading("Variants");
      d.variants.forEach((v, i) => {
        add(`${i === d.preferred ? "★ preferred: " : ""}“${v.value}”`, i === d.preferred ? "good" : undefined);
        v.citations.forEach((c) => citation(c, 2));
      });
      heading("Why the preferred variant");
      add(d.reason);
      break;
    }
    case "unknown": {
      const u = entry.record;
      add(`Not yet established: ${u.question}`, "warning");
      if (u.about.length) heading("About");
      u.about.forEach((a) => link(a.id));
      heading("Searched");
      u.searched.forEach((s) => add(`• ${s}`));
      field("Checked on", formatDate(u.checkedOn));
      if (u.notes) add(u.notes, "muted");
      break;
    }
  }
  return b.lines;
}
