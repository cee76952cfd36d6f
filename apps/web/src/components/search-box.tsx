import { ENHANCER_ATTRIBUTE } from "../lib/enhancers";

/**
 * The search page's form, rendered on the server as a plain GET form. A small script
 * (src/enhance/search.ts, no React) turns it into live search: core's own engine runs
 * over the static index, so results and their order are those of the query API and the
 * TUI, and the query stays in the URL (?q=…).
 */
export function SearchBox({ action, indexUrl, fallbackId }: { action: string; indexUrl: string; fallbackId: string }) {
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with the search role is a landmark in every browser; the <search> element is not yet */}
      <form
        className="search-form"
        data-live-search=""
        data-index={indexUrl}
        data-fallback={fallbackId}
        role="search"
        method="get"
        action={action}
      >
        <div className="field">
          <label htmlFor="search-q">Search the record</label>
          <input
            id="search-q"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            maxLength={300}
            aria-describedby="search-status search-help"
          />
        </div>
        <button type="submit">Search</button>
      </form>
      <p id="search-status" className="status-line" role="status" />
      <div id="search-output" />
      <script src="/enhance/search.js" defer {...{ [ENHANCER_ATTRIBUTE]: "" }} />
    </>
  );
}
