/**
 * Flat tables for the collections whose records nest what a spreadsheet user wants as
 * columns: one row per UPR recommendation (states joined) and per Council vote (totals
 * and Kazakhstan's vote as columns). Other collections export their fields as they are.
 */
import type { Dataset } from "../schemas/dataset.js";
import type { CollectionName } from "../schemas/kinds.js";

/** A column of a flat table, with its Table Schema type. */
export interface FlatColumn {
  name: string;
  type: "string" | "integer" | "boolean";
  description?: string;
}

/** A flat table: its columns, its rows (values by column), and the keys it refers by. */
export interface FlatTable {
  columns: readonly FlatColumn[];
  rows: readonly Readonly<Record<string, unknown>>[];
  foreignKeys: readonly { fields: string; reference: { resource: string; fields: string } }[];
}

const ids = (citations: readonly { sourceId: string }[]) => [...new Set(citations.map((c) => c.sourceId))];

function recommendationsTable(data: Omit<Dataset, "version">): FlatTable {
  const cycleOf = new Map(data.uprReviews.map((u) => [u.id, u.cycle]));
  const nameOf = new Map(data.organizations.map((o) => [o.id, o.name]));
  return {
    columns: [
      { name: "reviewId", type: "string" },
      { name: "cycle", type: "integer" },
      { name: "number", type: "string", description: "Paragraph and item as printed in the report, e.g. 124.1" },
      { name: "text", type: "string", description: "The recommendation, verbatim" },
      { name: "recommendingStateIds", type: "string", description: "Organization ids, joined with '; '" },
      { name: "recommendingStates", type: "string", description: "State names, joined with '; '" },
      { name: "response", type: "string", description: "Kazakhstan's response as the report states it" },
      { name: "topicIds", type: "string" },
      { name: "sourceIds", type: "string" },
    ],
    rows: data.recommendations.map((r) => ({
      id: r.id,
      reviewId: r.reviewId,
      cycle: cycleOf.get(r.reviewId),
      number: r.number,
      text: r.text,
      recommendingStateIds: r.recommendingStateIds,
      recommendingStates: r.recommendingStateIds.map((id) => nameOf.get(id) ?? id),
      response: r.response,
      topicIds: r.topicIds,
      sourceIds: ids(r.citations),
    })),
    foreignKeys: [{ fields: "reviewId", reference: { resource: "uprreviews", fields: "id" } }],
  };
}

function votesTable(data: Omit<Dataset, "version">): FlatTable {
  return {
    columns: [
      { name: "symbol", type: "string" },
      { name: "title", type: "string" },
      { name: "body", type: "string" },
      { name: "subject", type: "string" },
      { name: "session", type: "string" },
      { name: "date", type: "string", description: "ISO date; its length gives the precision" },
      { name: "adopted", type: "boolean" },
      { name: "inFavour", type: "integer" },
      { name: "against", type: "integer" },
      { name: "abstaining", type: "integer" },
      { name: "kazakhstanVote", type: "string", description: "Only where a source names it; empty when not established" },
      { name: "kazakhstanVoteSourceIds", type: "string" },
      { name: "topicIds", type: "string" },
      { name: "sourceIds", type: "string" },
    ],
    rows: data.votes.map((v) => {
      const kz = v.positions.find((p) => p.stateId === "kazakhstan");
      return {
        id: v.id,
        symbol: v.symbol,
        title: v.title,
        body: v.body,
        subject: v.subject,
        session: v.session,
        date: v.date,
        adopted: v.adopted,
        inFavour: v.totals?.inFavour,
        against: v.totals?.against,
        abstaining: v.totals?.abstaining,
        kazakhstanVote: kz?.vote,
        kazakhstanVoteSourceIds: kz ? ids(kz.citations) : [],
        topicIds: v.topicIds,
        sourceIds: ids(v.citations),
      };
    }),
    foreignKeys: [],
  };
}

const FLAT: Partial<Record<CollectionName, (data: Omit<Dataset, "version">) => FlatTable>> = {
  recommendations: recommendationsTable,
  votes: votesTable,
};

/** The flat table of a collection, if it has one. */
export function flatTable(data: Omit<Dataset, "version">, collection: CollectionName): FlatTable | undefined {
  return Object.hasOwn(FLAT, collection) ? FLAT[collection]?.(data) : undefined;
}
