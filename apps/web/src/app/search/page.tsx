import { KindCounts } from "../../components/kind-counts";
import { SearchBox } from "../../components/search-box";
import { pageMetadata } from "../../lib/metadata";
import { urls } from "../../lib/urls";

export const metadata = pageMetadata(
  "Search",
  "Search every record with one query grammar: free text, exact phrases, and filters by kind, year, topic, person, organization, source and perspective.",
  urls.search(),
);

const EXAMPLES = ["election", '"death penalty"', "kind:statement year:2019..2024", "perspective:civil-society", "member:yes sort:oldest"];

export default function SearchPage() {
  return (
    <>
      <h1>Search</h1>
      <p className="lede">
        Results appear as you type. Live results need JavaScript; without it, use the lists below or{" "}
        <a href={urls.timeline()}>the timeline</a>.
      </p>
      <SearchBox action={urls.search()} indexUrl={urls.searchIndex()} fallbackId="search-fallback" />
      <details id="search-help">
        <summary>How to write a query</summary>
        <p>
          Free words match the start of words (longer words also with a typo), titles count most;{" "}
          <code>&quot;quoted phrases&quot;</code> match exactly. Filters narrow the results:{" "}
          <code>kind:</code> (event, statement, source…), <code>type:</code> (election, criticism…), <code>year:2021..2024</code>,{" "}
          <code>date:2012-11..2013</code>, <code>topic:</code>, <code>person:</code>, <code>org:</code>, <code>source:</code> (ids),{" "}
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
