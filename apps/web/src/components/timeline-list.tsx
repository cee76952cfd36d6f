import { timelineEntries } from "../lib/timeline-entries";
import { timelineHtml } from "../lib/timeline-html";

/** Every event and vote, newest first, grouped under year headings; facets in data-* attributes for the filter. */
export function TimelineList({ id }: { id: string }) {
  const events = timelineEntries("newest");
  if (events.length === 0) return <p className="muted">No event is in the record yet.</p>;
  return (
    <ol id={id} className="years" data-order="newest" dangerouslySetInnerHTML={{ __html: timelineHtml(events) }} />
  );
}
