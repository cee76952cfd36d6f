import { SIGNIFICANCES } from "@kz-hrc/core";
import {
  AREA_LABELS,
  type Caveat,
  caveatFacets,
  caveatSelects,
  discrepancyCaveat,
  groupCaveats,
  SIGNIFICANCE_LABELS,
  unknownCaveat,
} from "../lib/caveats";
import { api } from "../lib/data";
import { countOf, formatDate, KIND_DESCRIPTIONS, KIND_LABELS } from "../lib/format";
import { listItemAttributes } from "../lib/list-filter";
import { shortenAtWord } from "../lib/text";
import { urls } from "../lib/urls";
import { DateText } from "./date-text";
import { ListFilterForm } from "./list-filter-form";

/** How long a question or title may be in the list before it is cut (at a word); the whole is on its page. */
export const CAVEAT_TITLE_LENGTH = 180;

function CaveatItem({ caveat }: { caveat: Caveat }) {
  const about = caveat.about ? api.getSummary(caveat.about.id) : undefined;
  return (
    <li data-filter-item="" {...listItemAttributes(caveatFacets(caveat))}>
      <a href={urls.record(caveat.kind, caveat.id)}>{shortenAtWord(caveat.title, CAVEAT_TITLE_LENGTH)}</a>
      <span className="meta">
        {caveat.significance ? (
          <strong className={`significance significance--${caveat.significance}`}>
            {SIGNIFICANCE_LABELS[caveat.significance].label}
          </strong>
        ) : null}
        {about ? (
          <>
            {caveat.significance ? " · " : null}
            About: {shortenAtWord(about.title, 90)}
            {caveat.date ? (
              <>
                , <DateText date={caveat.date} />
              </>
            ) : null}
          </>
        ) : null}
        {caveat.sourcesDate ? (
          <>
            {" "}
            · Latest source <DateText date={caveat.sourcesDate} />
          </>
        ) : null}
        {caveat.checkedOn ? (
          <>
            {" "}
            · Last checked <time dateTime={caveat.checkedOn}>{formatDate(caveat.checkedOn)}</time>
          </>
        ) : null}
      </span>
    </li>
  );
}

/**
 * The discrepancies or the unknowns, grouped by area and, within an area, most
 * significant first, each dated; filterable by area and significance.
 */
export function CaveatsIndex({ kind }: { kind: "discrepancy" | "unknown" }) {
  const items =
    kind === "discrepancy" ? api.listDiscrepancies().map(discrepancyCaveat) : api.listUnknowns().map(unknownCaveat);
  const groups = groupCaveats(items);
  const noun = KIND_LABELS[kind].many.toLowerCase();
  const listId = `${kind}-list`;
  return (
    <>
      <h1>{KIND_LABELS[kind].many}</h1>
      <p className="lede">{KIND_DESCRIPTIONS[kind]}</p>
      <p>
        {countOf(items.length, KIND_LABELS[kind].one.toLowerCase(), noun)} by area, the most significant first (
        <a href="#significance">how it is judged</a>), each dated by the record it is about
        {kind === "unknown" ? " and by when it was last looked for" : ""}.
      </p>
      <ListFilterForm
        id={`${kind}-filter`}
        legend={`Filter the ${noun}`}
        selects={caveatSelects(items)}
        listId={listId}
        total={items.length}
        noun={noun}
        disclosure="Filter by area or significance"
      />
      <nav aria-label="Areas" className="jump-list">
        <ul className="inline-list">
          {groups.map((g) => (
            <li key={g.area}>
              <a href={`#area-${g.area}`}>
                {g.label} ({g.items.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div id={listId}>
        {groups.map((g) => (
          <section key={g.area} data-filter-group="" aria-labelledby={`area-${g.area}`}>
            <h2 id={`area-${g.area}`}>{g.label}</h2>
            <p className="muted">{g.area === "unclassified" ? g.description : AREA_LABELS[g.area].description}</p>
            <ul className="record-list">
              {g.items.map((c) => (
                <CaveatItem key={c.id} caveat={c} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <section aria-labelledby="significance">
        <h2 id="significance">How significance is judged</h2>
        <dl className="facts">
          {SIGNIFICANCES.map((s) => (
            <div key={s} className="facts__row">
              <dt>{SIGNIFICANCE_LABELS[s].label}</dt>
              <dd>{SIGNIFICANCE_LABELS[s].description}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
