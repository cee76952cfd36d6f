#!/usr/bin/env node
import { runBuilt } from "./run-built.js";

await runBuilt("kz-hrc-validate", "validate-cli.js");
