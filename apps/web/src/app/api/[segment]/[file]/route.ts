import { KIND_SEGMENTS } from "@kz-hrc/core";
import { api } from "../../../../lib/data";
import { kindOfSegment, urls } from "../../../../lib/urls";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One JSON file per record: /api/<segment>/<id>.json. */
export function generateStaticParams(): { segment: string; file: string }[] {
  return api.listSummaries().map((s) => ({ segment: KIND_SEGMENTS[s.kind], file: `${s.id}.json` }));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ segment: string; file: string }> },
): Promise<Response> {
  const { segment, file } = await params;
  const kind = kindOfSegment(segment);
  const entry = api.getRecord(file.replace(/\.json$/, ""));
  if (!kind || entry?.kind !== kind) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json({ kind, url: urls.record(kind, entry.record.id), record: entry.record });
}
