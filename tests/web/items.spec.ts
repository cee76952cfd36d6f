import {
  listRecommendations,
  listRecommendationsOfReview,
  listUprReviews,
  listVotes,
  RESPONSE_LABELS,
  recordPath,
} from "@kz-hrc/core";
import { expect, open, test } from "./fixtures";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const itemized = listUprReviews().filter((u) => listRecommendationsOfReview(u.id).length > 0);

test.describe("UPR recommendations as items", () => {
  test("a review page lists every recommendation of the review, grouped by response", async ({ page }) => {
    test.skip(itemized.length === 0, "no recommendation in the record yet");
    for (const review of itemized) {
      const items = listRecommendationsOfReview(review.id);
      await open(page, recordPath("upr-review", review.id));
      await expect(page.locator("#review-recommendations li[data-filter-item]")).toHaveCount(items.length);
      for (const response of new Set(items.map((r) => r.response))) {
        // The label opens the heading; "Supported" alone must not match "Supported, considered…".
        await expect(
          page
            .locator("#review-recommendations h3")
            .filter({ hasText: new RegExp(`^${escapeRegExp(RESPONSE_LABELS[response])} \\(`) }),
        ).toBeVisible();
      }
    }
  });

  test("a filter in the URL narrows a review's recommendations, and the form shows it", async ({ page }) => {
    const review = itemized.find((u) => listRecommendationsOfReview(u.id).some((r) => r.response === "noted"));
    test.skip(!review, "no noted recommendation yet");
    const noted = listRecommendationsOfReview(review?.id ?? "").filter((r) => r.response === "noted");
    await open(page, `${recordPath("upr-review", review?.id ?? "")}?response=noted`);
    await expect(page.getByLabel("Response")).toHaveValue("noted");
    await expect(page.locator("#review-recommendations li[data-filter-item]:visible")).toHaveCount(noted.length);
    await expect(page.getByRole("status").first()).toHaveText(new RegExp(`Showing ${noted.length} of `));
  });

  test("changing a filter writes it into the URL", async ({ page }) => {
    test.skip(listRecommendations().length === 0, "no recommendation yet");
    await open(page, "/recommendations/");
    const state = await page.locator("#all-recommendations-filter-state option").nth(1).getAttribute("value");
    await page.getByLabel("Recommending state").selectOption(state ?? "");
    await expect(page).toHaveURL(new RegExp(`/recommendations/\\?state=${state}$`));
    const expected = listRecommendations().filter((r) => r.recommendingStateIds.includes(state ?? "")).length;
    await expect(page.locator("#all-recommendations li[data-filter-item]:visible")).toHaveCount(expected);
  });

  test("a recommendation's page quotes it verbatim with its number, states and response", async ({ page }) => {
    const r = listRecommendations().find((x) => x.number);
    test.skip(!r, "no numbered recommendation yet");
    if (!r) return;
    await open(page, recordPath("recommendation", r.id));
    await expect(page.locator("h1")).toContainText(`Recommendation ${r.number}`);
    await expect(page.locator("blockquote.recommendation-text")).toContainText(r.text.slice(0, 40));
    await expect(page.locator("dl.facts")).toContainText(
      r.response === "unknown" ? "Not yet established" : RESPONSE_LABELS[r.response],
    );
  });

  test("the death-penalty topic traces recommendations across cycles", async ({ page }) => {
    const onTopic = listRecommendations().filter((r) => r.topicIds.includes("death-penalty"));
    test.skip(onTopic.length === 0, "no recommendation on the death penalty yet");
    await open(page, "/topics/death-penalty/");
    const thread = page.getByRole("region", { name: "From recommendation to outcome" });
    await expect(thread.locator("li a[href^='/recommendations/']")).toHaveCount(onTopic.length);
  });

  test("recommendations.csv has one row per recommendation", async ({ request }) => {
    const csv = await (await request.get("/data/recommendations.csv")).text();
    const rows = csv.trimEnd().split("\r\n");
    expect(rows[0]).toContain("recommendingStates");
    // Texts contain no line breaks, so each record is one line.
    expect(rows.length - 1).toBe(listRecommendations().length);
  });
});

test.describe("Council votes as items", () => {
  test("the Votes page is in the menu and lists every vote with Kazakhstan's vote or 'not yet established'", async ({
    page,
  }) => {
    await open(page, "/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Votes" }).click();
    await expect(page).toHaveURL(/\/votes\/$/);
    await expect(page.locator("main tbody > tr")).toHaveCount(listVotes().length);
  });

  test("a filter by Kazakhstan's vote in the URL narrows the table", async ({ page }) => {
    const against = listVotes().filter((v) =>
      v.positions.some((p) => p.stateId === "kazakhstan" && p.vote === "against"),
    );
    test.skip(against.length === 0, "no vote against in the record yet");
    await open(page, "/votes/?vote=against");
    await expect(page.locator("main tbody > tr:visible")).toHaveCount(against.length);
  });

  test("votes.csv has one row per vote with the totals as columns", async ({ request }) => {
    const csv = await (await request.get("/data/votes.csv")).text();
    const [header, ...rows] = csv.trimEnd().split("\r\n");
    expect(header).toContain("totalsInFavour,totalsAgainst,totalsAbstaining");
    expect(header).toContain("kazakhstanVote");
    expect(rows.length).toBe(listVotes().length);
  });
});
