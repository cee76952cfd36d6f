/** Browser entry (built to public/enhance/list-filter.js): enhances every list filter form of the page. */
import { enhanceListFilter } from "../lib/list-filter-dom";

for (const form of document.querySelectorAll<HTMLFormElement>("form[data-list-filter]")) {
  const list = form.dataset.list ? document.getElementById(form.dataset.list) : null;
  if (list) enhanceListFilter(form, list, form.querySelector("[role=status]"));
}
