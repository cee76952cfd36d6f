/** Browser entry (built to public/enhance/timeline.js): enhances the timeline's filter form. */
import { enhanceTimeline } from "../lib/timeline-dom";

const form = document.querySelector<HTMLFormElement>("form[data-timeline-filters]");
const list = form?.dataset.list ? document.getElementById(form.dataset.list) : null;
if (form && list) enhanceTimeline(form, list, document.getElementById("timeline-status"));
