import type { MetadataRoute } from "next";
import { absoluteUrl } from "../lib/site";
import { urls } from "../lib/urls";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/" }], sitemap: absoluteUrl(urls.sitemap()) };
}
