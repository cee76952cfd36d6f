import { ALL_DOWNLOADS } from "../../../lib/downloads";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return ALL_DOWNLOADS.map((d) => ({ file: d.file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const download = ALL_DOWNLOADS.find((d) => d.file === file);
  if (!download) return new Response("Not found", { status: 404 });
  const body = await download.body();
  return new Response(typeof body === "string" ? body : new Blob([body as BlobPart]), {
    headers: { "Content-Type": download.contentType },
  });
}
