import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { fixtureFile } from "../test/fixture.js";
import { coverageReport, formatCoverageReport } from "./coverage.js";

describe("coverageReport", () => {
  const report = coverageReport(loadDataset({ "data/test.json": fixtureFile() }, "test"));

  it("counts what each part holds", () => {
    const elections = report.parts.find((p) => p.id === "elections");
    expect(elections?.holds).toContain("1 election");
    expect(elections?.holds.some((l) => l.includes("2013–2015 (183 of 193 votes)"))).toBe(true);
    expect(report.parts.find((p) => p.id === "assessments")?.holds[0]).toContain("1 contradicts");
  });

  it("counts treaty-body reviews (report events a UN body takes part in) and country visits", () => {
    const file = fixtureFile();
    const event = file.events?.[0];
    if (!event) throw new Error("the fixture has an event");
    file.events = [
      ...(file.events ?? []),
      {
        ...event,
        id: "committee-review",
        kind: "report",
        participants: [{ organizationId: "un", role: "treaty body" }],
      },
      {
        ...event,
        id: "national-report",
        kind: "report",
        participants: [{ organizationId: "kazakhstan", role: "author" }],
      },
      { ...event, id: "rapporteur-visit", kind: "visit", participants: [{ personId: "a-minister", role: "host" }] },
    ];
    const holds = coverageReport(loadDataset({ "data/test.json": file }, "test")).parts.find(
      (p) => p.id === "assessments",
    )?.holds;
    expect(holds).toContain("1 review by UN treaty bodies");
    expect(holds).toContain("1 country visit by UN mechanisms and officials");
  });

  it("counts the recorded Council votes and Kazakhstan's sourced votes by how it voted", () => {
    const file = fixtureFile();
    const [base] = file.votes ?? [];
    if (!base) throw new Error("the fixture has a vote");
    const vote = (id: string, v?: "in-favour" | "against" | "abstained") => ({
      ...base,
      id,
      positions: v ? [{ stateId: "kazakhstan", vote: v, citations: base.positions?.[0]?.citations ?? [] }] : [],
    });
    file.votes = [vote("vote-1", "against"), vote("vote-2", "abstained"), vote("vote-3", "against"), vote("vote-4")];
    const holds = coverageReport(loadDataset({ "data/test.json": file }, "test")).parts.find(
      (p) => p.id === "elections",
    )?.holds;
    expect(holds).toContain(
      "4 recorded Council votes, 3 with Kazakhstan's vote sourced (0 in favour, 2 against, 1 abstained)",
    );
  });

  it("gives each review's recommendations counted from the items beside its stated counts", () => {
    const holds = report.parts.find((p) => p.id === "upr")?.holds ?? [];
    expect(holds.find((h) => h.startsWith("cycle 2"))).toContain(
      "2 recommendations, 1 supported, 1 noted; 2 recommendations recorded as items: 1 supported, 1 noted",
    );
  });

  it("counts sources by perspective and origins, not outlets", () => {
    expect(report.sources).toBe(2);
    expect(report.origins).toBe(1);
    expect(report.sourcesByPerspective.intergovernmental).toBe(1);
    expect(report.sourcesByPerspective.academic).toBe(0);
  });

  it("lists every unknown under some part", () => {
    expect(report.parts.flatMap((p) => p.unknowns.map((u) => u.id))).toContain("votes-2021");
    expect(formatCoverageReport(report)).toContain("not yet established: How many votes");
  });
});
