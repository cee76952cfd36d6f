/** Browser entry (built to public/enhance/search.js): live results on the search page. */
import { enhanceSearch } from "../lib/search-dom";

const form = document.querySelector<HTMLFormElement>("form[data-live-search]");
const input = form?.querySelector<HTMLInputElement>("input[name=q]");
const status = document.getElementById("search-status");
const output = document.getElementById("search-output");
if (form && input && status && output && form.dataset.index) {
  const fallback = form.dataset.fallback ? document.getElementById(form.dataset.fallback) : null;
  enhanceSearch({ form, input, status, output, fallback, indexUrl: form.dataset.index });
}
