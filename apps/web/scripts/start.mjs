#!/usr/bin/env node
/**
 * Serves the exported site (out/) on PORT (default 3000) with the headers of the
 * generated serve.json: a Content-Security-Policy per page with its script hashes.
 *
 * It runs the `serve` package's own request handler (serve-handler) and compression,
 * because the `serve` command line validates serve.json against a schema that allows
 * at most 50 header rules, and the site has one rule per page.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const configPath = join(root, "serve.json");
if (!existsSync(join(root, "out", "index.html")) || !existsSync(configPath)) {
  console.error("No built site in apps/web/out: run `pnpm --filter @kz-hrc/web build` first.");
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number between 1 and 65535, not "${process.env.PORT}".`);
  process.exit(1);
}

// serve-handler and compression exactly as the `serve` package depends on them.
const fromServe = createRequire(createRequire(import.meta.url).resolve("serve/package.json"));
const handler = fromServe("serve-handler");
const compression = fromServe("compression")();

const config = { ...JSON.parse(readFileSync(configPath, "utf8")), public: join(root, "out") };
const server = createServer((request, response) => {
  compression(request, response, () => {
    handler(request, response, config).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
});
server.on("error", (error) => {
  console.error(error.code === "EADDRINUSE" ? `Port ${port} is already in use: set PORT to another.` : error.message);
  process.exit(1);
});
server.listen(port, () => console.log(`Serving apps/web/out at http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
