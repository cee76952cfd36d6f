import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const config = {
  // Every page is generated at build time into out/; any static host can serve it.
  output: "export",
  // Writes events/<id>/index.html, which plain static servers resolve.
  trailingSlash: true,
  images: { unoptimized: true },
  // The build-time benchmark builds synthetic sites elsewhere, leaving out/ alone.
  ...(process.env.KZ_HRC_DIST_DIR ? { distDir: process.env.KZ_HRC_DIST_DIR } : {}),
  poweredByHeader: false,
  reactStrictMode: true,
  // The monorepo root, so Turbopack resolves workspace packages without guessing.
  turbopack: { root: fileURLToPath(new URL("../..", import.meta.url)) },
} satisfies NextConfig;

export default config;
