import { RecordLink } from "./record-link";

/** Topics as a comma-separated run of links. */
export function TopicLinks({ ids }: { ids: readonly string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ", " : null}
          <RecordLink id={id} kind="topic" />
        </span>
      ))}
    </>
  );
}
