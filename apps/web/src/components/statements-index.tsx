import { compareDates, type Statement } from "@kz-hrc/core";
import { api } from "../lib/data";
import { countOf, humanize, KIND_DESCRIPTIONS } from "../lib/format";
import { listItemAttributes } from "../lib/list-filter";
import { statementQuote } from "../lib/quotes";
import { assessmentCounts, statementFacets, statementSelects } from "../lib/statements";
import { langAttribute, shortenAtWord } from "../lib/text";
import { urls } from "../lib/urls";
import { DateText } from "./date-text";
import { ListFilterForm } from "./list-filter-form";
import { speakerName } from "./statement-view";

/** How long a quote may be in the list before it is cut (at a word): the whole quote is on its page, a click away. */
export const LIST_QUOTE_LENGTH = 100;

/** The assessments of a claim in a few words: "contradicted by 2 of 5 assessments". */
function AssessmentMarker({ statement }: { statement: Statement }) {
  const c = assessmentCounts(api.listAssessmentsOf(statement.id));
  if (c.total === 0) return null;
  const parts = [
    c.contradicts ? `${c.contradicts} contradicting` : "",
    c.supports ? `${c.supports} supporting` : "",
    c.context ? `${c.context} giving context` : "",
  ].filter(Boolean);
  return (
    <span className={`marker${c.contradicts ? " marker--contradicted" : ""}`}>
      {c.contradicts ? "Contradicted · " : ""}
      {countOf(c.total, "assessment")}: {parts.join(", ")}
    </span>
  );
}

/** One statement in a list: its words cut at a word (the whole quote on its page), who, kind, date, and its assessments. */
export function StatementItem({ statement }: { statement: Statement }) {
  const lang = langAttribute(statementQuote(statement).language);
  const short = shortenAtWord(statement.quote, LIST_QUOTE_LENGTH);
  return (
    <li data-filter-item="" {...listItemAttributes(statementFacets(statement))}>
      <a href={urls.record("statement", statement.id)}>“{lang ? <span lang={lang}>{short}</span> : short}”</a>
      <span className="meta">
        {speakerName(statement)} · {humanize(statement.kind)} · <DateText date={statement.date} />
      </span>
      <AssessmentMarker statement={statement} />
    </li>
  );
}

/** Every statement, newest first in year groups, filterable by kind, speaker, year and how assessments bear on it. */
export function StatementsIndex() {
  const statements = [...api.listStatements()].sort((a, b) => compareDates(b.date, a.date) || a.id.localeCompare(b.id));
  const years = [...new Set(statements.map((s) => s.date.slice(0, 4)))];
  const contradicted = statements.filter((s) =>
    api.listAssessmentsOf(s.id).some((a) => a.relation === "contradicts"),
  ).length;
  return (
    <>
      <h1>Statements</h1>
      <p className="lede">{KIND_DESCRIPTIONS.statement}</p>
      <p>
        {countOf(statements.length, "statement")} in the record, newest first. {countOf(contradicted, "claim")}{" "}
        {contradicted === 1 ? "is" : "are"} contradicted by an independent assessment: see them with their assessments
        on <a href={urls.claims({ assessment: "contradicted" })}>Claims and assessments</a>.
      </p>
      <ListFilterForm
        id="statements-filter"
        legend="Filter the statements"
        selects={statementSelects(statements)}
        listId="statements-list"
        total={statements.length}
        noun="statements"
        disclosure="Filter the statements"
      />
      <div id="statements-list">
        {years.map((year) => (
          <section key={year} data-filter-group="" aria-labelledby={`year-${year}`}>
            <h2 id={`year-${year}`}>{year}</h2>
            <ul className="record-list">
              {statements
                .filter((s) => s.date.startsWith(year))
                .map((s) => (
                  <StatementItem key={s.id} statement={s} />
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
