import { KindCounts } from "../../components/kind-counts";
import { SearchBox } from "../../components/search-box";
import { pageMetadata } from "../../lib/metadata";
import { urls } from "../../lib/urls";

export const metadata = pageMetadata(
  "Search",
  "Search every record with one query grammar: free text, exact phrases, and filters by kind, year, topic, person, organization, source and perspective.",
  urls.search(),
);

const EXAMPLES = [
  "2012 election",
  '"death penalty" -moratorium',
  "A/HRC/14/10",
  "kind:statement year:2019..2024",
  "perspective:civil-society",
  "member:yes sort:oldest",
];

export default function SearchPage() {
  return (
    <>
      <h1>Search</h1>
      <p className="lede">Results appear as you type, the records that answer a question first.</p>
      <SearchBox action={urls.search()} indexUrl={urls.searchIndex()} fallbackId="search-fallback" />
      {/* A static page cannot read the address without a script: say so where the results would be. */}
      <noscript>
        <p className="status-line">
          Search results need JavaScript, which is off in this browser: a query sent here stays in the address bar
          (after <code>?q=</code>) but cannot be run. Every record is in the lists below and on{" "}
          <a href={urls.timeline()}>the timeline</a>.
        </p>
      </noscript>
      <details id="search-help">
        <summary>How to write a query</summary>
        <p>
          Titles and names count most, then what a record is (an election, a vote, an achievement claim…) and when it is
          dated, then its text. A word matches whole first, then in its other forms (elected, elections), then as the
          start of longer words (from three letters) and with a typo (from five letters); accents and capitals do not
          matter. <code>&quot;quoted phrases&quot;</code> match exactly, and <code>-word</code> leaves out the records
          that hold the word. Filters narrow the results: <code>kind:</code> (event, statement, source…),{" "}
          <code>type:</code> (election, criticism…), <code>year:2021..2024</code>, <code>date:2012-11..2013</code>,{" "}
          <code>topic:</code>, <code>person:</code>, <code>org:</code>, <code>source:</code> (ids),{" "}
          <code>perspective:</code>, <code>member:yes</code> and <code>sort:newest</code> or <code>sort:oldest</code>.
        </p>
        <ul>
          {EXAMPLES.map((q) => (
            <li key={q}>
              <a href={urls.search(q)}>
                <code>{q}</code>
              </a>
            </li>
          ))}
        </ul>
      </details>
      <section id="search-fallback" aria-labelledby="browse-heading">
        <h2 id="browse-heading">Browse every record</h2>
        <KindCounts />
      </section>
    </>
  );
}
