#!/usr/bin/env node
import { runBuilt } from "./run-built.js";

await runBuilt("kz-hrc-verify-online", "verify-online-cli.js");
