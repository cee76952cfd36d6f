import {
  getRecord,
  KIND_SEGMENTS,
  listDiscrepanciesAbout,
  listMembershipTerms,
  listSummaries,
  listUnknownsAbout,
  listVotesOf,
  RECORD_KINDS,
  recordPath,
  VOTE_LABELS,
} from "@kz-hrc/core";
import { expect, open, SAMPLE_RECORD_PATHS, test } from "./fixtures";

const CHUNK = 60;
const chunks = RECORD_KINDS.flatMap((kind) => {
  const paths = listSummaries(kind).map((s) => recordPath(kind, s.id));
  return Array.from({ length: Math.ceil(paths.length / CHUNK) }, (_, i) => ({
    kind,
    part: i + 1,
    paths: paths.slice(i * CHUNK, (i + 1) * CHUNK),
  }));
});

test.describe("every record of core", () => {
  // The h1 is in the static HTML; scripts are checked on one page of each type below.
  test.use({ javaScriptEnabled: false });
  for (const { kind, part, paths } of chunks) {
    test(`${kind} records, part ${part}, are reachable and render their h1`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of paths) {
        const response = await page.goto(path, { waitUntil: "domcontentloaded" });
        expect(response?.status(), path).toBe(200);
        await expect(page.locator("h1"), path).not.toBeEmpty();
      }
    });
  }
});

test.describe("record pages", () => {
  for (const kind of RECORD_KINDS) {
    test(`the ${KIND_SEGMENTS[kind]} index lists every ${kind}`, async ({ page }) => {
      await open(page, `/${KIND_SEGMENTS[kind]}/`);
      const items = listSummaries(kind);
      // Votes are a table (symbol, date, totals, Kazakhstan's vote); every other index is a list.
      await expect(page.locator(kind === "vote" ? "main tbody > tr" : "main .record-list > li")).toHaveCount(
        items.length,
      );
      for (const item of items.slice(0, 5))
        await expect(page.locator(`main a[href="${recordPath(kind, item.id)}"]`)).toBeAttached();
    });
  }

  test("each record page type shows citations with quote, source, perspective and status", async ({ page }) => {
    for (const path of SAMPLE_RECORD_PATHS) {
      await open(page, path);
      const citations = page.locator("figure.citation");
      for (const citation of (await citations.all()).slice(0, 3)) {
        await expect(citation.locator("blockquote")).not.toBeEmpty();
        await expect(citation.locator('figcaption a[href^="/sources/"]')).toBeAttached();
        await expect(citation.locator("figcaption")).toContainText("Perspective:");
        await expect(citation.locator(".status")).toHaveText(/machine-checked|Check failed/);
      }
      await expect(page.locator(`a[href^="/api/"]`)).toBeAttached();
    }
  });

  test("events and statements show the membership context", async ({ page }) => {
    for (const kind of ["event", "statement"] as const) {
      const first = listSummaries(kind)[0];
      test.skip(!first, `no ${kind} in the dataset yet`);
      if (!first) continue;
      await open(page, recordPath(kind, first.id));
      await expect(page.getByRole("complementary", { name: "Membership context" })).toContainText(/member/);
    }
  });

  test("membership term pages list how Kazakhstan voted on each recorded vote of the term", async ({ page }) => {
    const terms = listMembershipTerms().map((term) => ({
      term,
      votes: listVotesOf("kazakhstan", { from: term.start, to: term.end }),
    }));
    test.skip(
      terms.every((t) => t.votes.length === 0),
      "no recorded vote yet",
    );
    for (const { term, votes } of terms.filter((t) => t.votes.length > 0)) {
      await open(page, recordPath("membership-term", term.id));
      const items = page.getByRole("region", { name: "How Kazakhstan voted" }).locator(".record-list > li");
      await expect(items).toHaveCount(votes.length);
      for (const [i, { record, vote }] of votes.entries()) {
        await expect(items.nth(i).getByRole("link")).toHaveAttribute("href", recordPath("vote", record.id));
        await expect(items.nth(i)).toContainText(`Kazakhstan voted: ${VOTE_LABELS[vote]}`);
      }
    }
  });

  test("statements show independent assessments beside the claim, relation in words", async ({ page }) => {
    const statement = listSummaries("statement")[0];
    test.skip(!statement, "no statement in the dataset yet");
    await open(page, recordPath("statement", statement?.id ?? ""));
    await expect(page.getByRole("heading", { name: "What was said" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Independent assessments" })).toBeVisible();
  });

  test("records touched by a discrepancy or an unknown carry a badge linking to it", async ({ page }) => {
    const touched = listSummaries().filter((s) => listDiscrepanciesAbout(s).length + listUnknownsAbout(s).length > 0);
    test.skip(touched.length === 0, "no discrepancy or unknown in the dataset yet");
    for (const summary of touched.slice(0, 10)) {
      await open(page, recordPath(summary.kind, summary.id));
      // The caveats are one line that opens onto the badges.
      await page.locator("details.caveats > summary").click();
      for (const d of listDiscrepanciesAbout(summary))
        await expect(page.locator(`.badges a[href="${recordPath("discrepancy", d.id)}"]`)).toBeVisible();
      for (const u of listUnknownsAbout(summary))
        await expect(page.locator(`.badges a[href="${recordPath("unknown", u.id)}"]`)).toBeVisible();
    }
  });

  test("unknowns read as not yet established", async ({ page }) => {
    const unknown = listSummaries("unknown")[0];
    test.skip(!unknown, "no unknown in the dataset yet");
    await open(page, recordPath("unknown", unknown?.id ?? ""));
    await expect(page.locator(".not-established").first()).toHaveText("Not yet established");
  });

  test("discrepancies show every variant and the preferred one with its reason", async ({ page }) => {
    const summary = listSummaries("discrepancy")[0];
    test.skip(!summary, "no discrepancy in the dataset yet");
    const entry = getRecord(summary?.id ?? "");
    if (entry?.kind !== "discrepancy") return;
    await open(page, recordPath("discrepancy", entry.record.id));
    await expect(page.locator("main h3")).toHaveCount(entry.record.variants.length);
    await expect(page.locator("main")).toContainText("(preferred)");
    await expect(page.locator("main")).toContainText(entry.record.reason);
  });
});
