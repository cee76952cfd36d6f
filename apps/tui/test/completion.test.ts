import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RECORD_KINDS } from "@kz-hrc/core";
import { afterAll, describe, expect, it } from "vitest";
import { completions } from "../src/lib/complete.js";
import { loadData } from "../src/lib/load.js";
import { FIXTURE_DIR } from "./fixture.js";

const CLI = fileURLToPath(new URL("../bin/kz-hrc.js", import.meta.url));
// The scripts call `kz-hrc` by name: put the built command on PATH.
const bin = mkdtempSync(join(tmpdir(), "kz-hrc-completion-"));
writeFileSync(join(bin, "kz-hrc"), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
chmodSync(join(bin, "kz-hrc"), 0o755);
afterAll(() => rmSync(bin, { recursive: true, force: true }));
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };

// The bundled dataset, as `kz-hrc __complete` reads it.
const { api } = await loadData();

const has = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;

describe("completions", () => {
  it("offers commands, then each command's flags, then the values a flag takes", () => {
    expect(completions(api, [""])).toContain("recommendations");
    expect(completions(api, ["rec"])).toEqual(["recommendations"]);
    expect(completions(api, ["votes", "--t"])).toEqual(["--term", "--topic", "--to"]);
    expect(completions(api, ["votes", "--term", ""])).toEqual(["2013-2015", "2022-2024"]);
    expect(completions(api, ["cite", "x", "--format", ""])).toEqual(["text", "bibtex", "csl"]);
    expect(completions(api, ["list", "peo"])).toEqual(["people"]);
  });

  it("offers every record id after show and cite, and topic ids after --topic", () => {
    expect(completions(api, ["show", "death-penalty-abo"])).toContain("death-penalty-abolition");
    const every = RECORD_KINDS.flatMap((kind) => api.list(kind).map((r) => r.id));
    expect(completions(api, ["show", ""])).toEqual(every);
    expect(completions(api, ["timeline", "--topic", "tortu"])).toEqual(["torture-prevention"]);
  });

  it("leaves --data to the shell (a folder) and offers nothing it cannot know", () => {
    expect(completions(api, ["--data", ""])).toEqual([]);
    expect(completions(api, ["search", "tort"])).toEqual([]);
  });
});

describe("kz-hrc completion", () => {
  it("completes record ids and flags in bash", () => {
    const script = `source <(kz-hrc completion bash)
COMP_WORDS=(kz-hrc show death-penalty-abo); COMP_CWORD=2; _kz_hrc; printf '%s\\n' "\${COMPREPLY[@]}"
COMP_WORDS=(kz-hrc votes --vo); COMP_CWORD=2; _kz_hrc; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const result = spawnSync("bash", ["-c", script], { encoding: "utf8", env, timeout: 20_000 });
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toEqual(expect.arrayContaining(["death-penalty-abolition", "--vote"]));
  });

  it("writes zsh and fish scripts that those shells read", () => {
    for (const shell of ["zsh", "fish"] as const) {
      const script = spawnSync(process.execPath, [CLI, "completion", shell], { encoding: "utf8" }).stdout;
      expect(script).toContain("kz-hrc __complete");
      if (!has(shell)) {
        console.warn(`${shell} is not installed: its completion script was not run`);
        continue;
      }
      const check = shell === "zsh" ? ["-n", "-c", script] : ["--no-execute", "-c", script];
      expect(spawnSync(shell, check, { encoding: "utf8" }).status, shell).toBe(0);
    }
  });

  it("completes in fish when fish is installed", () => {
    if (!has("fish")) return console.warn("fish is not installed: completion in fish was not run");
    const script = `kz-hrc completion fish | source; complete -C 'kz-hrc votes --vote a'`;
    const result = spawnSync("fish", ["-c", script], { encoding: "utf8", env, timeout: 20_000 });
    expect(result.stdout.split("\n").map((l) => l.split("\t")[0])).toEqual(
      expect.arrayContaining(["against", "abstained"]),
    );
  });

  it("completes ids from the folder a --data typed before the cursor names", () => {
    const result = spawnSync(process.execPath, [CLI, "__complete", "--data", FIXTURE_DIR, "show", "example-un"], {
      encoding: "utf8",
    });
    expect(result.stdout.trim().split("\n")).toEqual(["example-un-press-2012"]);
  });

  it("rejects an unknown shell with exit 2", () => {
    const result = spawnSync(process.execPath, [CLI, "completion", "tcsh"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("completion takes one shell: bash, zsh, fish");
  });
});
