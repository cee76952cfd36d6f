import { formatDate } from "../lib/format";

/** A partial ISO date shown at its own precision, machine-readable in <time>. */
export function DateText({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}
