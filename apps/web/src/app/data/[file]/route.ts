import { DOWNLOADS } from "../../../lib/downloads";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return DOWNLOADS.map((d) => ({ file: d.file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const download = DOWNLOADS.find((d) => d.file === file);
  if (!download) return new Response("Not found", { status: 404 });
  return new Response(download.body(), { headers: { "Content-Type": download.contentType } });
}
