import { citationCff } from "../../lib/downloads";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(citationCff(), { headers: { "Content-Type": "text/yaml; charset=utf-8" } });
}
