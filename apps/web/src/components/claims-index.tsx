import { type AssessmentPair, compareDates, type Statement } from "@kz-hrc/core";
import { api } from "../lib/data";
import { countOf, humanize, PERSPECTIVE_LABELS } from "../lib/format";
import { listItemAttributes } from "../lib/list-filter";
import { statementQuote } from "../lib/quotes";
import { assessedValues, assessmentCounts } from "../lib/statements";
import { langAttribute, shortenAtWord } from "../lib/text";
import { urls } from "../lib/urls";
import { DateText } from "./date-text";
import { ListFilterForm } from "./list-filter-form";
import { QuoteText } from "./quote-text";
import { RELATION_HEADINGS, RELATION_ORDER, speakerName } from "./statement-view";

/** How long an assessment giving context may be before it is cut (at a word); those that support or contradict show whole. */
export const CONTEXT_QUOTE_LENGTH = 120;

/** A claim and the assessments linked to it. */
export interface Claim {
  statement: Statement;
  assessments: readonly AssessmentPair[];
}

/** Every statement that an assessment is linked to: those contradicted first, then the most supported, then the newest. */
export function listClaims(): Claim[] {
  return api
    .listStatements()
    .map((statement) => ({ statement, assessments: api.listAssessmentsOf(statement.id) }))
    .filter((c) => c.assessments.length > 0)
    .sort((a, b) => {
      const ca = assessmentCounts(a.assessments);
      const cb = assessmentCounts(b.assessments);
      return (
        cb.contradicts - ca.contradicts ||
        cb.supports - ca.supports ||
        compareDates(b.statement.date, a.statement.date) ||
        a.statement.id.localeCompare(b.statement.id)
      );
    });
}

/** The perspective of the source an assessment is quoted from, in words. */
function perspectiveOf(statement: Statement): string | undefined {
  const source = statement.citations[0] ? api.getSource(statement.citations[0].sourceId) : undefined;
  return source ? PERSPECTIVE_LABELS[source.perspective] : undefined;
}

function Assessment({ pair, whole }: { pair: AssessmentPair; whole: boolean }) {
  const { statement, note } = pair;
  const quote = statementQuote(statement);
  const meta = (
    <p className="meta">
      {speakerName(statement)}
      {perspectiveOf(statement) ? ` (${perspectiveOf(statement)})` : ""}, <DateText date={statement.date} />
    </p>
  );
  if (!whole) {
    return (
      <li>
        <a href={urls.record("statement", statement.id)}>
          “
          {quote.language === "en" ? (
            shortenAtWord(statement.quote, CONTEXT_QUOTE_LENGTH)
          ) : (
            <span lang={langAttribute(quote.language)}>{shortenAtWord(statement.quote, CONTEXT_QUOTE_LENGTH)}</span>
          )}
          ”
        </a>
        {meta}
      </li>
    );
  }
  return (
    <li>
      {meta}
      <QuoteText text={statement.quote} quote={quote} />
      <p className="muted">
        Why linked: {note} <a href={urls.record("statement", statement.id)}>Open the assessment</a>
      </p>
    </li>
  );
}

function ClaimArticle({ claim }: { claim: Claim }) {
  const { statement, assessments } = claim;
  const c = assessmentCounts(assessments);
  const headingId = `claim-${statement.id}`;
  return (
    <article
      className={`claim${c.contradicts ? " claim--contradicted" : ""}`}
      aria-labelledby={headingId}
      data-filter-item=""
      {...listItemAttributes({
        assessment: assessedValues(assessments),
        kind: statement.kind,
        year: statement.date.slice(0, 4),
      })}
    >
      <h2 id={headingId} className="claim__heading">
        {speakerName(statement)}, <DateText date={statement.date} />
      </h2>
      <p className="claim__kind">
        {humanize(statement.kind)}
        {c.contradicts ? <strong className="marker marker--contradicted">Contradicted</strong> : null}
      </p>
      <QuoteText text={statement.quote} quote={statementQuote(statement)} />
      <p>
        <a href={urls.record("statement", statement.id)}>The claim with its sources</a> ·{" "}
        {[
          c.contradicts ? `${c.contradicts} contradicting` : "",
          c.supports ? `${c.supports} supporting` : "",
          c.context ? `${c.context} giving context` : "",
        ]
          .filter(Boolean)
          .join(", ")}
      </p>
      {RELATION_ORDER.map((relation) => {
        const pairs = assessments.filter((a) => a.relation === relation);
        if (pairs.length === 0) return null;
        const list = (
          <ul className="assessment-list">
            {pairs.map((pair) => (
              <Assessment key={pair.statement.id} pair={pair} whole={relation !== "context"} />
            ))}
          </ul>
        );
        // Context is the longest part and the least telling: it opens on request.
        return relation === "context" ? (
          <details key={relation} className="disclosure">
            <summary>
              {RELATION_HEADINGS[relation]} ({pairs.length})
            </summary>
            {list}
          </details>
        ) : (
          <section key={relation} className={`assessment-group assessment-group--${relation}`}>
            <h3>
              {RELATION_HEADINGS[relation]} ({pairs.length})
            </h3>
            {list}
          </section>
        );
      })}
    </article>
  );
}

/** The claims and assessments page: each claim beside the independent assessments linked to it, filterable to the contradicted ones. */
export function ClaimsIndex() {
  const claims = listClaims();
  const all = claims.flatMap((c) => c.assessments);
  const counts = assessmentCounts(all);
  const contradicted = claims.filter((c) => assessmentCounts(c.assessments).contradicts > 0).length;
  const years = [...new Set(claims.map((c) => c.statement.date.slice(0, 4)))].sort().reverse();
  const kinds = [...new Set(claims.map((c) => c.statement.kind))].sort();
  return (
    <>
      <h1>Claims and assessments</h1>
      <p className="lede">
        What officials claimed, beside what independent observers said about the same thing. Each link says whether an
        assessment supports the claim, contradicts it or gives it context, and why the two are linked; the record gives
        no verdict of its own.
      </p>
      <p>
        {countOf(claims.length, "claim")} with {countOf(counts.total, "linked assessment")}: {counts.contradicts}{" "}
        contradicting, {counts.supports} supporting, {counts.context} giving context. {countOf(contradicted, "claim")}{" "}
        {contradicted === 1 ? "is" : "are"} contradicted by at least one assessment and{" "}
        {contradicted === 1 ? "comes" : "come"} first.
      </p>
      <ListFilterForm
        id="claims-filter"
        legend="Filter the claims"
        listId="claims-list"
        total={claims.length}
        noun="claims"
        disclosure="Filter the claims"
        selects={[
          {
            name: "assessment",
            label: "Assessments",
            choices: [
              { value: "contradicted", label: "Contradicted by an assessment" },
              { value: "supported", label: "Supported by an assessment" },
            ],
          },
          { name: "kind", label: "Kind of claim", choices: kinds.map((k) => ({ value: k, label: humanize(k) })) },
          { name: "year", label: "Year", choices: years.map((y) => ({ value: y, label: y })) },
        ]}
      />
      <div id="claims-list" className="claims">
        {claims.map((claim) => (
          <ClaimArticle key={claim.statement.id} claim={claim} />
        ))}
      </div>
      <p>
        Every statement, assessed or not: <a href={urls.kindIndex("statement")}>Statements</a>.
      </p>
    </>
  );
}
