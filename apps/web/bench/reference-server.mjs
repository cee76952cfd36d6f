#!/usr/bin/env node
/** The benchmark's reference: node:http and sirv with its default options, serving out/ on PORT. */
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import sirv from "sirv";

const out = fileURLToPath(new URL("../out", import.meta.url));
createServer(sirv(out)).listen(Number(process.env.PORT ?? 3000), "127.0.0.1");
