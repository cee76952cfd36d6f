"use client";

import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { searchDocs, type SearchDoc, type SearchOutcome } from "../lib/search-match";

const LIMIT = 100;

/**
 * Live search: loads the static search index once, runs the shared query grammar over
 * it as you type, and keeps the query in the URL (?q=…). The form is a plain GET form
 * to the search page, so it also works without JavaScript.
 */
export function SearchBox({ action, indexUrl, fallbackId }: { action: string; indexUrl: string; fallbackId: string }) {
  const [query, setQuery] = useState("");
  const [docs, setDocs] = useState<SearchDoc[] | null>(null);
  const [failed, setFailed] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    setQuery(new URLSearchParams(window.location.search).get("q") ?? "");
    if (started.current) return;
    started.current = true;
    fetch(indexUrl)
      .then((response) => (response.ok ? (response.json() as Promise<SearchDoc[]>) : Promise.reject(new Error(String(response.status)))))
      .then(setDocs)
      .catch(() => setFailed(true));
  }, [indexUrl]);

  const outcome: SearchOutcome | null = docs ? searchDocs(docs, query) : null;

  useEffect(() => {
    const fallback = document.getElementById(fallbackId);
    if (fallback) fallback.hidden = Boolean(outcome?.asked);
  }, [fallbackId, outcome?.asked]);

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setQuery(value);
    const params = value.trim() ? `?${new URLSearchParams({ q: value }).toString()}` : "";
    window.history.replaceState(null, "", `${window.location.pathname}${params}`);
  };

  const submit = (event: FormEvent) => {
    if (docs) event.preventDefault();
  };

  let status = "Type to search: results appear as you type.";
  if (failed) status = "The search index could not be loaded; the form still submits.";
  else if (!docs) status = "Loading the search index…";
  else if (outcome?.asked) status = `${outcome.hits.length} ${outcome.hits.length === 1 ? "result" : "results"}${outcome.hits.length > LIMIT ? `, the first ${LIMIT} shown` : ""}.`;

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
      {outcome?.errors.length ? (
        <ul className="errors" aria-label="Problems with the query">
          {outcome.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {outcome?.asked && outcome.hits.length ? (
        <ol className="record-list" aria-label="Search results">
          {outcome.hits.slice(0, LIMIT).map(({ doc }) => (
            <li key={doc.id}>
              <a href={doc.url}>{doc.title}</a>
              <span className="meta">
                {[doc.kind.replaceAll("-", " "), doc.subtitle, doc.date].filter(Boolean).join(" · ")}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
