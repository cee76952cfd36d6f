import type { Reform } from "@kz-hrc/core";
import { api } from "../lib/data";
import { formatDate, humanize } from "../lib/format";
import { CitationList } from "./citation-list";
import { DateText } from "./date-text";
import { RecommendationThread } from "./recommendation-thread";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";
import { TopicLinks } from "./topic-links";

/** A reform as a staged process: every stage with its own date and sources. */
export function ReformView({ reform }: { reform: Reform }) {
  const last = reform.stages[reform.stages.length - 1];
  const threaded = api.listRecommendations().some((r) => r.topicIds.some((t) => reform.topicIds.includes(t)));
  // A map of long pages: each stage, then the thread from recommendation to outcome.
  const contents = [
    ...reform.stages.map((stage, i) => ({
      id: `stage-${i + 1}`,
      label: `${formatDate(stage.date)}: ${humanize(stage.stage)}`,
    })),
    ...(threaded ? [{ id: "thread-heading", label: "From recommendation to outcome" }] : []),
  ];
  return (
    <RecordShell kind="reform" id={reform.id} title={reform.title} contents={contents}>
      <p className="lede">{reform.summary}</p>
      {reform.topicIds.length ? (
        <p>
          Topics: <TopicLinks ids={reform.topicIds} />
        </p>
      ) : null}
      {last ? (
        <p>
          Latest stage in the record: <strong>{humanize(last.stage).toLowerCase()}</strong>,{" "}
          <DateText date={last.date} />.
        </p>
      ) : null}
      <section>
        <h2>Stages</h2>
        <ol className="stages">
          {reform.stages.map((stage, i) => (
            <li key={i} id={`stage-${i + 1}`}>
              <h3>
                <DateText date={stage.date} />: {humanize(stage.stage)}
              </h3>
              <p>{stage.description}</p>
              {stage.eventId ? (
                <p>
                  Event: <RecordLink id={stage.eventId} kind="event" />
                </p>
              ) : null}
              <CitationList citations={stage.citations} heading={null} />
            </li>
          ))}
        </ol>
      </section>
      <RecommendationThread topicIds={reform.topicIds} showReforms={false} />
    </RecordShell>
  );
}
