import { searchIndexJson } from "../../lib/indexed";

export const dynamic = "force-static";

/** The static index the search page's live results run over. */
export function GET(): Response {
  return new Response(searchIndexJson(), { headers: { "Content-Type": "application/json" } });
}
