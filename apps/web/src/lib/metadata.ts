/** Titles, descriptions and Open Graph data of pages. */
import type { AnyRecord } from "@kz-hrc/core";
import type { Metadata } from "next";
import { api } from "./data";
import { formatDate, KIND_LABELS } from "./format";
import { absoluteUrl } from "./site";
import { urls } from "./urls";

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Metadata of a page: title, description, canonical URL and Open Graph. */
export function pageMetadata(
  title: string,
  description: string,
  path: string,
  type: "website" | "article" = "website",
): Metadata {
  return {
    title,
    description: clip(description),
    alternates: { canonical: path },
    openGraph: { title, description: clip(description), url: absoluteUrl(path), type },
  };
}

/** One sentence that describes a record for search engines and link previews. */
export function describeRecord(entry: AnyRecord): string {
  const summary = api.getSummary(entry.record.id);
  const when = summary?.date ? ` (${formatDate(summary.date)})` : "";
  switch (entry.kind) {
    case "event":
      return entry.record.summary;
    case "statement":
      return `${entry.record.quote}${when}`;
    case "reform":
      return entry.record.summary;
    case "topic":
      return entry.record.description ?? `Records filed under ${entry.record.name}.`;
    case "discrepancy":
      return `Sources disagree on ${entry.record.field}. ${entry.record.reason}`;
    case "unknown":
      return `Not yet established: ${entry.record.question}`;
    case "recommendation":
      return `UPR recommendation${entry.record.number ? ` ${entry.record.number}` : ""}: ${entry.record.text}`;
    case "vote":
      return (
        entry.record.summary ?? `${entry.record.title}${entry.record.symbol ? ` (${entry.record.symbol})` : ""}${when}.`
      );
    case "organization":
      return (
        entry.record.description ?? `${entry.record.name} in the record of Kazakhstan at the UN Human Rights Council.`
      );
    default:
      return `${KIND_LABELS[entry.kind].one}: ${summary?.title ?? entry.record.id}${summary?.subtitle ? `, ${summary.subtitle}` : ""}${when}.`;
  }
}

/** Metadata of a record's page. */
export function recordMetadata(entry: AnyRecord): Metadata {
  const summary = api.getSummary(entry.record.id);
  const title = `${summary?.title ?? entry.record.id} (${KIND_LABELS[entry.kind].one})`;
  return pageMetadata(title, describeRecord(entry), urls.record(entry.kind, entry.record.id), "article");
}
