import type { MetadataRoute } from "next";
import { allPages } from "../lib/pages";
import { absoluteUrl } from "../lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return allPages().map(({ path }) => ({ url: absoluteUrl(path) }));
}
