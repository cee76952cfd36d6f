import { RECORD_KINDS, type Topic } from "@kz-hrc/core";
import { api } from "../lib/data";
import { KIND_LABELS } from "../lib/format";
import { urls } from "../lib/urls";
import { RecommendationThread } from "./recommendation-thread";
import { RecordShell } from "./record-shell";
import { SummaryList } from "./summary-list";

/** A topic: every record filed under it, by kind. */
export function TopicView({ topic }: { topic: Topic }) {
  const records = api.listRecords({ topicIds: [topic.id] }).filter((r) => r.id !== topic.id);
  const kinds = RECORD_KINDS.filter((kind) => kind !== "recommendation" && records.some((r) => r.kind === kind));
  return (
    <RecordShell kind="topic" id={topic.id} title={topic.name}>
      {topic.description ? <p className="lede">{topic.description}</p> : null}
      <p>
        <a href={urls.timeline({ topic: topic.id })}>Events on this topic on the timeline</a>
      </p>
      <RecommendationThread topicIds={[topic.id]} />
      {kinds.length === 0 ? <p className="muted">No record is filed under this topic yet.</p> : null}
      {kinds.map((kind) => (
        <section key={kind}>
          <h2>{KIND_LABELS[kind].many}</h2>
          <SummaryList items={records.filter((r) => r.kind === kind)} />
        </section>
      ))}
    </RecordShell>
  );
}
