import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { pagerCommand, rowsFilled } from "../src/lib/pager.js";
import { FIXTURE_DIR } from "./fixture.js";

const CLI = fileURLToPath(new URL("../bin/kz-hrc.js", import.meta.url));
const temp = mkdtempSync(join(tmpdir(), "kz-hrc-pager-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs kz-hrc on a terminal (script(1)) of the given size, with PAGER recording what it was given. */
function onTerminal(rows: number, args: string, pager = `cat > "${join(temp, "paged")}"; echo PAGER-RAN`) {
  rmSync(join(temp, "paged"), { force: true });
  const result = spawnSync(
    "script",
    ["-qfec", `stty rows ${rows} cols 80; env -u CI node "${CLI}" ${args}; echo "EXIT=$?"`, "/dev/null"],
    { encoding: "utf8", timeout: 20_000, env: { ...process.env, PAGER: pager } },
  );
  const paged = existsSync(join(temp, "paged")) ? readFileSync(join(temp, "paged"), "utf8") : undefined;
  return { screen: result.stdout, paged };
}

describe("paging plain output on a terminal", () => {
  it("pages output longer than the screen, whole, and keeps the command's exit code", () => {
    const { screen, paged } = onTerminal(5, `--data "${FIXTURE_DIR}" list sources`);
    expect(screen).toContain("PAGER-RAN");
    expect(screen).toContain("EXIT=0");
    expect(paged?.trimEnd().split("\n")).toHaveLength(6);
    expect(paged).toContain("example-un-press-2012");
  });

  it("writes output that fits the screen directly", () => {
    const { screen, paged } = onTerminal(40, `--data "${FIXTURE_DIR}" list sources`);
    expect(paged).toBeUndefined();
    expect(screen).toContain("example-un-press-2012");
  });

  it("never pages with --no-pager, nor errors, nor into a pipe", () => {
    expect(onTerminal(5, `--data "${FIXTURE_DIR}" --no-pager list sources`).paged).toBeUndefined();
    const missing = onTerminal(5, `--data "${FIXTURE_DIR}" show no-such-record`);
    expect(missing.paged).toBeUndefined();
    expect(missing.screen).toContain("EXIT=1");
    expect(onTerminal(5, `--data "${FIXTURE_DIR}" list sources | cat`).paged).toBeUndefined();
  });

  it("says so and writes the text itself when the pager cannot start", () => {
    const { screen } = onTerminal(5, `--data "${FIXTURE_DIR}" list sources`, "no-such-pager-here");
    expect(screen).toContain('the pager "no-such-pager-here" could not be started');
    expect(screen).toContain("example-un-press-2012");
    expect(screen).toContain("EXIT=0");
  });
});

describe("pagerCommand", () => {
  const never = () => false;
  it("takes KZ_HRC_PAGER, then PAGER, then less when installed; empty or cat means none", () => {
    expect(pagerCommand({ KZ_HRC_PAGER: "most", PAGER: "more" }, never)).toBe("most");
    expect(pagerCommand({ PAGER: "more -s" }, never)).toBe("more -s");
    expect(pagerCommand({ PAGER: "" }, () => true)).toBeUndefined();
    expect(pagerCommand({ PAGER: "cat" }, () => true)).toBeUndefined();
    expect(pagerCommand({}, (name) => name === "less")).toBe("less");
    expect(pagerCommand({}, never)).toBeUndefined();
  });
});

describe("rowsFilled", () => {
  it("counts wrapped lines", () => {
    expect(rowsFilled("a\nb\n", 80)).toBe(2);
    expect(rowsFilled(`${"x".repeat(81)}\n`, 80)).toBe(2);
    expect(rowsFilled("\n\n", 80)).toBe(2);
  });
});
