#!/usr/bin/env node
import { runBuilt } from "./run-built.js";

await runBuilt("kz-hrc-coverage", "coverage-cli.js");
