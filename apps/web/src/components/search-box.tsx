"use client";

import { createSearchEngine, recordPath, type SearchDocument, type SearchEngine, type SearchResponse } from "@kz-hrc/core/search";
import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from "react";

const LIMIT = 100;

/**
 * Live search: loads the static search index once and runs core's own search engine
 * over it as you type, so results and their order are those of the query API and the
 * TUI. The query stays in the URL (?q=…). The form is a plain GET form to the search
 * page, so it also works without JavaScript.
 */
export function SearchBox({ action, indexUrl, fallbackId }: { action: string; indexUrl: string; fallbackId: string }) {
  const [query, setQuery] = useState("");
  const [docs, setDocs] = useState<SearchDocument[] | null>(null);
  const [failed, setFailed] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    setQuery(new URLSearchParams(window.location.search).get("q") ?? "");
    if (started.current) return;
    started.current = true;
    fetch(indexUrl)
      .then((response) => (response.ok ? (response.json() as Promise<SearchDocument[]>) : Promise.reject(new Error(String(response.status)))))
      .then(setDocs)
      .catch(() => setFailed(true));
  }, [indexUrl]);

  const engine: SearchEngine | null = useMemo(() => (docs ? createSearchEngine(docs) : null), [docs]);
  const asked = query.trim() !== "";
  const response: SearchResponse | null = engine && asked ? engine.search(query, { limit: LIMIT }) : null;

  useEffect(() => {
    const fallback = document.getElementById(fallbackId);
    if (fallback) fallback.hidden = response !== null;
  }, [fallbackId, response]);

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setQuery(value);
    const params = value.trim() ? `?${new URLSearchParams({ q: value }).toString()}` : "";
    window.history.replaceState(null, "", `${window.location.pathname}${params}`);
  };

  const submit = (event: FormEvent) => {
    if (engine) event.preventDefault();
  };

  let status = "Type to search: results appear as you type.";
  if (failed) status = "The search index could not be loaded; the form still submits.";
  else if (!engine) status = "Loading the search index…";
  else if (response) status = `${response.total} ${response.total === 1 ? "result" : "results"}${response.total > LIMIT ? `, the first ${LIMIT} shown` : ""}.`;

  return (
    <>
      <form className="search-form" data-client-widget="search" role="search" method="get" action={action} onSubmit={submit}>
        <div className="field">
          <label htmlFor="search-q">Search the record</label>
          <input
            id="search-q"
            name="q"
            type="search"
            value={query}
            onChange={change}
            autoComplete="off"
            spellCheck={false}
            maxLength={300}
            aria-describedby="search-status search-help"
          />
        </div>
        <button type="submit">Search</button>
      </form>
      <p id="search-status" className="status-line" role="status">
        {status}
      </p>
      {response?.errors.length ? (
        <ul className="errors" aria-label="Problems with the query">
          {response.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {response?.results.length ? (
        <ol className="record-list" aria-label="Search results">
          {response.results.map((hit) => (
            <li key={hit.id}>
              <a href={recordPath(hit.kind, hit.id)}>{hit.title}</a>
              <span className="meta">{[hit.kind.replaceAll("-", " "), hit.subtitle, hit.date].filter(Boolean).join(" · ")}</span>
              {hit.snippet ? <span className="snippet">{hit.snippet}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
