import { KIND_SEGMENTS } from "@kz-hrc/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecordView } from "../../../components/record-view";
import { api } from "../../../lib/data";
import { recordMetadata } from "../../../lib/metadata";
import { kindOfSegment } from "../../../lib/urls";

export const dynamicParams = false;

interface Params {
  segment: string;
  id: string;
}

/** One page per record of every kind, from core. */
export function generateStaticParams(): Params[] {
  return api.listSummaries().map((s) => ({ segment: KIND_SEGMENTS[s.kind], id: s.id }));
}

function entryOf({ segment, id }: Params) {
  const kind = kindOfSegment(segment);
  const entry = api.getRecord(decodeURIComponent(id));
  return kind && entry?.kind === kind ? entry : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const entry = entryOf(await params);
  return entry ? recordMetadata(entry) : {};
}

export default async function RecordPage({ params }: { params: Promise<Params> }) {
  const entry = entryOf(await params);
  if (!entry) notFound();
  return <RecordView entry={entry} />;
}
