/**
 * Pages that read well: no words about how the record is built, caveats after the
 * summary, a map of long pages, quotes in other languages marked and translated, the
 * menu's current page, the timeline's filters on a phone, titles cut at words, a focus
 * ring that is not the error red, readable chart labels, lists of caveats in order.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import {
  collectCitations,
  dataset,
  getSource,
  listDiscrepanciesAbout,
  listSummaries,
  listUnknownsAbout,
  recordPath,
} from "@kz-hrc/core";
import { expect, open, test } from "./fixtures";

const OUT = fileURLToPath(new URL("../../apps/web/out", import.meta.url));

/** Every HTML page of the built site (not Next's own files). */
function builtPages(dir = OUT, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === "_next") return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtPages(path, `${prefix}${name}/`);
    return name.endsWith(".html") ? [`${prefix}${name}`] : [];
  });
}

/** The prose a reader sees: markup, scripts, addresses and code (citation formats such as BibTeX, whose keys are ids) removed. */
function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, " ")
    .replace(/<style\b[\s\S]*?<\/style>/gi, " ")
    .replace(/<head\b[\s\S]*?<\/head>/gi, " ")
    .replace(/<pre\b[\s\S]*?<\/pre>/gi, " ")
    .replace(/<code\b[\s\S]*?<\/code>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\S*\/\S*/g, " ");
}

/** Words of how the record is built, which readers should never meet (the About page, which explains the method, may speak of curators). */
const JARGON: readonly { pattern: RegExp; except?: string }[] = [
  { pattern: /\bseed (?:article|record)s?\b/i },
  { pattern: /\(seed \d+\)/i },
  { pattern: /\bseed \d{3}\b/i },
  { pattern: /\bcurators?\b/i, except: "about/index.html" },
  {
    pattern: /\b(?:seeds|assessments|elections|reforms|upr|council-votes|council-statements|votes-\d{4}-\d{4})\.json\b/,
  },
];

test.describe("reader words", () => {
  test("no built page speaks of seed articles, curators, data files or record ids", () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(500);
    // Ids of three or more words are slugs no reader would write; shorter ones are often words.
    const ids = new Set(
      listSummaries()
        .map((s) => s.id)
        .filter((id) => id.split("-").length >= 3),
    );
    const found: string[] = [];
    for (const page of pages) {
      const text = visibleText(readFileSync(join(OUT, page), "utf8"));
      for (const { pattern, except } of JARGON)
        if (page !== except && pattern.test(text)) found.push(`${page}: ${pattern}`);
      for (const word of text.match(/\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g) ?? [])
        if (ids.has(word)) found.push(`${page}: ${word}`);
    }
    expect(found).toEqual([]);
  });
});

test.describe("caveats", () => {
  const withLede = listSummaries().filter(
    (s) =>
      ["event", "upr-review", "reform"].includes(s.kind) &&
      listDiscrepanciesAbout(s).length + listUnknownsAbout(s).length > 0,
  );

  test("come in one line after the summary and open onto underlined links", async ({ page }) => {
    test.skip(withLede.length === 0, "no record with a summary has caveats yet");
    for (const summary of withLede.slice(0, 4)) {
      await open(page, recordPath(summary.kind, summary.id));
      const caveats = page.locator("main details.caveats");
      await expect(caveats).toHaveCount(1);
      // The summary comes first in reading order, the caveats right after it.
      const order = await page.evaluate(() => {
        const lede = document.querySelector("main .lede");
        const details = document.querySelector("main details.caveats");
        return lede && details ? lede.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order, summary.id).toBeTruthy();
      await expect(caveats).not.toHaveAttribute("open");
      const box = await caveats.locator("summary").boundingBox();
      expect(box?.height ?? 0, "one compact line").toBeLessThan(80);
      await caveats.locator("summary").click();
      const links = caveats.locator("a.badge");
      await expect(links).toHaveCount(listDiscrepanciesAbout(summary).length + listUnknownsAbout(summary).length);
      await expect(links.first()).toBeVisible();
      expect(await links.first().evaluate((a) => getComputedStyle(a).textDecorationLine)).toContain("underline");
    }
  });
});

test.describe("long pages", () => {
  const reform = [...dataset.reforms].sort((a, b) => b.stages.length - a.stages.length)[0];

  test("the longest reform page has a table of contents whose links reach every stage", async ({ page }) => {
    test.skip(!reform, "no reform yet");
    if (!reform) return;
    await open(page, recordPath("reform", reform.id));
    const contents = page.getByRole("navigation", { name: "On this page" });
    await expect(contents).toBeVisible();
    const links = contents.getByRole("link");
    expect(await links.count()).toBeGreaterThanOrEqual(reform.stages.length);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
      expect(href.startsWith("#"), href).toBe(true);
      await expect(page.locator(href), href).toHaveCount(1);
    }
    // The table comes before the first stage.
    const before = await page.evaluate(() => {
      const nav = document.querySelector("main nav.page-contents");
      const stage = document.getElementById("stage-1");
      return nav && stage ? nav.compareDocumentPosition(stage) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(before).toBeTruthy();
  });

  test("a short page has none", async ({ page }) => {
    // A statement no assessment bears on has two parts: what was said, and its sources.
    const short = dataset.statements.find(
      (s) => s.assesses.length === 0 && !dataset.statements.some((o) => o.assesses.some((a) => a.statementId === s.id)),
    );
    test.skip(!short, "no short statement");
    await open(page, recordPath("statement", short?.id ?? ""));
    await expect(page.locator("main h2").first()).toBeVisible();
    await expect(page.getByRole("navigation", { name: "On this page" })).toHaveCount(0);
  });
});

test.describe("quotes in other languages", () => {
  // Every citation not in English, from the data itself, with the page that shows it.
  const foreign = collectCitations(dataset).filter(
    (p) =>
      p.field !== "text" &&
      (p.citation.language ?? getSource(p.citation.sourceId)?.language) !== "en" &&
      p.record.kind !== "source",
  );

  test("carry their language and our translation, marked as ours", async ({ page }) => {
    test.skip(foreign.length === 0, "no quote in another language yet");
    test.setTimeout(180_000);
    const byPage = new Map<string, typeof foreign>();
    for (const p of foreign)
      byPage.set(recordPath(p.record.kind, p.record.id), [
        ...(byPage.get(recordPath(p.record.kind, p.record.id)) ?? []),
        p,
      ]);
    for (const [path, placed] of byPage) {
      await page.goto(path, { waitUntil: "domcontentloaded" });
      for (const { citation } of placed) {
        const lang = citation.language ?? getSource(citation.sourceId)?.language ?? "";
        const quote = page
          .locator(`figure.citation blockquote[lang="${lang}"]`)
          .filter({ hasText: citation.quote.slice(0, 40) });
        await expect(quote.first(), `${path}: ${citation.quote.slice(0, 40)}`).toBeAttached();
        expect(citation.translation, `${path}: a translation in the data`).toBeTruthy();
        const translation = quote.first().locator("xpath=following-sibling::p[1]");
        await expect(translation).toHaveClass(/translation/);
        await expect(translation).toContainText(/Our translation from [A-Z]/);
        await expect(translation).toContainText(citation.translation?.slice(0, 40) ?? "");
      }
    }
  });

  test("an English quote carries no lang of its own", async ({ page }) => {
    const english = collectCitations(dataset).find(
      (p) => p.field !== "text" && p.record.kind === "event" && getSource(p.citation.sourceId)?.language === "en",
    );
    test.skip(!english, "no English quote");
    if (!english) return;
    await open(page, recordPath(english.record.kind, english.record.id));
    const quote = page
      .locator("figure.citation blockquote")
      .filter({ hasText: english.citation.quote.slice(0, 40) })
      .first();
    await expect(quote).not.toHaveAttribute("lang");
  });
});

test.describe("menu", () => {
  test("marks the current page, and the section of a record page", async ({ page }) => {
    const menu = page.getByRole("navigation", { name: "Main" });
    await open(page, "/statements/");
    await expect(menu.getByRole("link", { name: "Statements" })).toHaveAttribute("aria-current", "page");
    await expect(menu.locator("[aria-current]")).toHaveCount(1);
    const statement = listSummaries("statement")[0];
    if (statement) {
      await open(page, recordPath("statement", statement.id));
      await expect(menu.getByRole("link", { name: "Statements" })).toHaveAttribute("aria-current", "true");
    }
    await open(page, "/");
    await expect(menu.locator("[aria-current]")).toHaveCount(0);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the timeline's filters are one control that opens without a script", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/timeline/");
    const control = page.locator("details.filters-disclosure > summary");
    await expect(control).toBeVisible();
    await expect(page.getByLabel("Topic")).toBeHidden();
    const box = await control.boundingBox();
    expect(box?.height ?? 999, "one line, not a screen of selects").toBeLessThan(80);
    await control.click();
    await expect(page.getByLabel("Topic")).toBeVisible();
    await context.close();
  });

  test("the home chart's year labels are readable", async ({ page }) => {
    await open(page, "/");
    const heights = await page
      .locator(".timeline-svg text")
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(2);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(12);
  });
});

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("the timeline's filters show without opening", async ({ page }) => {
    await open(page, "/timeline/");
    await expect(page.getByLabel("Topic")).toBeVisible();
  });
});

test.describe("lists", () => {
  test("quotes in the statements list are cut at a word, never inside one", async ({ page }) => {
    await open(page, "/statements/");
    const shown = await page
      .locator("#statements-list li > a")
      .evaluateAll((as) => as.map((a) => ({ text: a.textContent ?? "", href: a.getAttribute("href") ?? "" })));
    const quotes = new Map(dataset.statements.map((s) => [recordPath("statement", s.id), s.quote]));
    const cut = shown.filter((s) => s.text.endsWith("…”"));
    expect(cut.length).toBeGreaterThan(0);
    for (const { text, href } of cut) {
      const full = quotes.get(href) ?? "";
      const part = text.slice(1, -2);
      expect(full.startsWith(part), part).toBe(true);
      // The next character of the whole quote is a space or punctuation: the cut falls between words.
      expect(full.charAt(part.length), part).toMatch(/[\s,;:.\u2013\u2014-]/);
    }
  });

  test("record lists cut long titles at a word and keep the whole title on the link", async ({ page }) => {
    // A topic page lists the statements filed under it.
    const topic = dataset.topics.find((t) =>
      dataset.statements.some((s) => s.topicIds.includes(t.id) && s.quote.length > 200),
    );
    test.skip(!topic, "no topic with a long quote");
    await open(page, recordPath("topic", topic?.id ?? ""));
    const cut = await page
      .locator("main .record-list li > a[title]")
      .evaluateAll((as) => as.map((a) => ({ text: a.textContent ?? "", full: a.getAttribute("title") ?? "" })));
    expect(cut.length).toBeGreaterThan(0);
    const quotes = new Set(dataset.statements.map((s) => s.quote));
    for (const { text, full } of cut) {
      expect(quotes.has(full), `the title is a whole quote: ${full.slice(0, 40)}`).toBe(true);
      const part = text.replace(/^“/, "").replace(/…”$/, "");
      expect(full.startsWith(part), part).toBe(true);
      expect(full.charAt(part.length), part).toMatch(/[\s,;:.\u2013\u2014-]/);
    }
  });

  for (const kind of ["discrepancy", "unknown"] as const) {
    test(`${kind === "discrepancy" ? "discrepancies" : "unknowns"} are grouped by area and ordered by significance, each dated`, async ({
      page,
    }) => {
      const collection = kind === "discrepancy" ? dataset.discrepancies : dataset.unknowns;
      test.skip(collection.length === 0, `no ${kind} yet`);
      await open(page, kind === "discrepancy" ? "/discrepancies/" : "/unknowns/");
      const groups = page.locator(`#${kind}-list > section`);
      const areas = new Set(collection.map((r) => r.area));
      await expect(groups).toHaveCount(areas.size);
      const rank = { "High significance": 0, "Medium significance": 1, "Low significance": 2 } as Record<
        string,
        number
      >;
      for (const group of await groups.all()) {
        const levels = (await group.locator(".significance").allTextContents()).map((t) => rank[t] ?? 9);
        expect(levels).toEqual([...levels].sort((a, b) => a - b));
        for (const item of await group.locator("li").all()) await expect(item.locator("time").first()).toBeAttached();
      }
      // A high-significance record opens the list, never a name or a date of a source.
      const firstHref = (await page.locator(`#${kind}-list li a`).first().getAttribute("href")) ?? "";
      const first = collection.find((r) => recordPath(kind, r.id) === firstHref);
      expect(first?.significance).toBe("high");
    });
  }
});

test.describe("focus", () => {
  test("the focus ring is not the error red", async ({ page }) => {
    await open(page, "/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { color: s.outlineColor, width: s.outlineWidth, style: s.outlineStyle };
    });
    expect(style.style).toBe("solid");
    expect(style.width).toBe("3px");
    const [r = 0, g = 0, b = 0] = (style.color.match(/\d+/g) ?? []).map(Number);
    // Not a red: red must not outweigh both blue and green.
    expect(r > b && r > g, style.color).toBe(false);
  });
});

test.describe("accessibility of the reading pages (axe-core, WCAG 2.2 AA)", () => {
  const longest = [...dataset.reforms].sort((a, b) => b.stages.length - a.stages.length)[0];
  const claim = dataset.statements.find((s) =>
    dataset.statements.some((o) => o.assesses.some((a) => a.statementId === s.id && a.relation === "contradicts")),
  );
  const paths = [
    "/claims/",
    "/statements/",
    "/discrepancies/",
    "/unknowns/",
    ...(longest ? [recordPath("reform", longest.id)] : []),
    ...(claim ? [recordPath("statement", claim.id)] : []),
  ];
  for (const path of paths) {
    test(`${path} has no violations, light and dark`, async ({ page }) => {
      await open(page, path);
      await page.locator("details").evaluateAll((ds) => ds.forEach((d) => d.setAttribute("open", "")));
      const light = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(light.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await page.emulateMedia({ colorScheme: "dark" });
      const dark = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
      expect(dark.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
