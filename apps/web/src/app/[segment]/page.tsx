import { KIND_SEGMENTS, RECORD_KINDS } from "@kz-hrc/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaveatsIndex } from "../../components/caveats-index";
import { RecommendationsIndex } from "../../components/recommendations-index";
import { StatementsIndex } from "../../components/statements-index";
import { SummaryList } from "../../components/summary-list";
import { VotesIndex } from "../../components/votes-index";
import { api } from "../../lib/data";
import { countOf, KIND_DESCRIPTIONS, KIND_LABELS } from "../../lib/format";
import { pageMetadata } from "../../lib/metadata";
import { kindOfSegment, urls } from "../../lib/urls";

export const dynamicParams = false;

/** One index page per record kind. */
export function generateStaticParams(): { segment: string }[] {
  return RECORD_KINDS.map((kind) => ({ segment: KIND_SEGMENTS[kind] }));
}

export async function generateMetadata({ params }: { params: Promise<{ segment: string }> }): Promise<Metadata> {
  const kind = kindOfSegment((await params).segment);
  return kind ? pageMetadata(KIND_LABELS[kind].many, KIND_DESCRIPTIONS[kind], urls.kindIndex(kind)) : {};
}

export default async function KindIndexPage({ params }: { params: Promise<{ segment: string }> }) {
  const kind = kindOfSegment((await params).segment);
  if (!kind) notFound();
  const items = api.listSummaries(kind);
  if (kind === "recommendation") return <RecommendationsIndex />;
  if (kind === "vote") return <VotesIndex />;
  if (kind === "statement") return <StatementsIndex />;
  if (kind === "discrepancy" || kind === "unknown") return <CaveatsIndex kind={kind} />;
  return (
    <>
      <h1>{KIND_LABELS[kind].many}</h1>
      <p className="lede">{KIND_DESCRIPTIONS[kind]}</p>
      <p>
        {countOf(items.length, KIND_LABELS[kind].one.toLowerCase(), KIND_LABELS[kind].many.toLowerCase())} in the
        record.
      </p>
      <SummaryList items={items} empty={`No ${KIND_LABELS[kind].many.toLowerCase()} are in the record yet.`} />
    </>
  );
}
