/** The command as a scheduled job runs it, against a local server (nothing leaves the machine). */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../../dist/verify-online-cli.js", import.meta.url));
let server: Server;
let base = "";
let dataDir = "";

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error("build the package first: dist/verify-online-cli.js is missing");
  server = createServer((req, res) => {
    if (req.url === "/page.html") {
      res.setHeader("Content-Type", "text/html");
      res.end("<p>Kazakhstan was elected with 183 votes.</p>");
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dataDir = mkdtempSync(join(tmpdir(), "kz-hrc-online-"));
  const source = (id: string, path: string) => ({
    id,
    title: id,
    publisherId: "p",
    url: `${base}${path}`,
    language: "en",
    kind: "news",
    perspective: "independent-media",
  });
  const citing = (id: string, sourceId: string) => ({
    id,
    title: id,
    kind: "election",
    date: "2012",
    participants: [],
    topicIds: [],
    summary: "A test event.",
    citations: [{ sourceId, quote: "Kazakhstan was elected with 183 votes." }],
  });
  writeFileSync(
    join(dataDir, "test.json"),
    JSON.stringify({
      organizations: [{ id: "p", name: "Publisher", kind: "media" }],
      sources: [source("present", "/page.html"), source("removed", "/removed.html")],
      events: [citing("e1", "present"), citing("e2", "removed")],
    }),
  );
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("kz-hrc-verify-online", () => {
  it("prints a JSON report and exits 3 when a source is gone", async () => {
    const { code, stdout } = await run(["--data", dataDir, "--host-interval", "0", "--json"]);
    const report = JSON.parse(stdout);
    expect(report.counts).toEqual({ verified: 1, changed: 0, "quote-missing": 0, gone: 1, "not-checkable": 0 });
    expect(report.userAgent).toMatch(/^kz-hrc-verify-online\/\S+ \(\+https?:\/\/\S+\/about\/;/);
    expect(code).toBe(3);
  });

  it("checks only the sources named, keeps page digests in a state file, and exits 0", async () => {
    const state = join(dataDir, "..", `state-${process.pid}.json`);
    const { code, stdout } = await run([
      "--data",
      dataDir,
      "--host-interval",
      "0",
      "--only",
      "present",
      "--state",
      state,
    ]);
    expect(stdout).toContain("online: 1 sources: 1 verified, 0 changed");
    expect(code).toBe(0);
    const saved = JSON.parse(readFileSync(state, "utf8"));
    expect(Object.keys(saved.sources)).toEqual(["present"]);
    expect(saved.sources.present.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("exits 2 on a usage error", async () => {
    expect((await run(["--concurrency", "9"])).code).toBe(2);
    expect((await run(["--data", dataDir, "--only", "no-such-source"])).code).toBe(2);
  });
});
