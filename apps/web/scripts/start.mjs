#!/usr/bin/env node
/**
 * Serves the exported site (out/) on PORT (default 3000) with server.mjs: precompressed
 * files, validators and ranges, and the headers of out/_headers, the rules static hosts
 * apply too. SIGINT and SIGTERM stop it once open requests are done (2 s at most).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSiteServer, throttled } from "./server.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "out");
if (!existsSync(join(out, "index.html")) || !existsSync(join(out, "_headers"))) {
  console.error("No built site in apps/web/out: run `pnpm --filter @kz-hrc/web build` first.");
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number between 1 and 65535, not "${process.env.PORT}".`);
  process.exit(1);
}

const server = createSiteServer(out);
const onListenError = (error) => {
  console.error(error.code === "EADDRINUSE" ? `Port ${port} is already in use: set PORT to another.` : error.message);
  process.exit(1);
};
server.once("error", onListenError);
server.listen(port, () => {
  // Once listening, an error (such as running out of file descriptors while accepting) is
  // reported and the server goes on.
  server.off("error", onListenError);
  const report = throttled((line) => console.error(line));
  server.on("error", (error) => report(`server: ${error.message}`));
  console.log(`Serving apps/web/out at http://localhost:${port}`);
});

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    setTimeout(() => server.closeAllConnections(), 2000).unref();
  });
}
