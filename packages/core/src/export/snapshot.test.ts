import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { fixtureFile } from "../test/fixture.js";
import { changelogOf, compareSnapshots, compareVersions, recordRelease, snapshotOf, stableJson } from "./snapshot.js";

const load = (edit?: (file: ReturnType<typeof fixtureFile>) => void, version = "1.0.0") => {
  const file = fixtureFile();
  edit?.(file);
  return loadDataset({ "data/test.json": file }, version);
};

describe("snapshots", () => {
  it("serializes records whatever their key order", () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it("finds records added, changed and removed, and nothing between equal data", () => {
    const before = snapshotOf(load(), "2026-01-01");
    expect(compareSnapshots(before, snapshotOf(load(), "2026-02-02"))).toEqual({ added: [], changed: [], removed: [] });
    const after = snapshotOf(
      load((file) => {
        file.events![0]!.summary = "A corrected summary.";
        file.topics!.push({ id: "new-topic", name: "New topic" });
        file.statements = file.statements!.filter((s) => s.id !== "assessment");
      }),
      "2026-02-02",
    );
    expect(compareSnapshots(before, after)).toEqual({
      added: [{ id: "new-topic", kind: "topic" }],
      changed: [{ id: "election-2012", kind: "event" }],
      removed: [{ id: "assessment", kind: "statement" }],
    });
  });

  it("orders versions numerically", () => {
    expect(compareVersions("1.10.0", "1.9.2")).toBeGreaterThan(0);
    expect(compareVersions("0.1.0", "0.1.0")).toBe(0);
  });
});

describe("releases and the changelog", () => {
  const first = snapshotOf(load(undefined, "1.0.0"), "2026-01-01");
  const second = snapshotOf(
    load((f) => (f.events![0]!.summary = "Changed."), "1.1.0"),
    "2026-03-01",
  );

  it("records a first release, then each later one with its changes since the one before", () => {
    const one = recordRelease({ releases: [] }, first);
    expect(one.releases).toEqual([{ version: "1.0.0", date: "2026-01-01", total: Object.keys(first.records).length }]);
    const two = recordRelease(one, second);
    expect(two.releases[1]).toMatchObject({
      version: "1.1.0",
      since: "1.0.0",
      changes: { changed: [{ id: "election-2012", kind: "event" }], added: [], removed: [] },
    });
    expect(two.latest?.version).toBe("1.1.0");
    expect(() => recordRelease(two, { ...second, version: "1.0.5" })).toThrow(/not after the latest release/);
  });

  it("shows the releases newest first and the changes not yet released", () => {
    const stored = recordRelease({ releases: [] }, first);
    const unreleased = snapshotOf(
      load((f) => (f.events![1]!.summary = "Edited."), "1.0.0"),
      "2026-02-01",
    );
    const log = changelogOf(stored, unreleased);
    expect(log.unreleased).toMatchObject({
      since: "1.0.0",
      changes: { changed: [{ id: "speech-2021", kind: "event" }] },
    });
    expect(changelogOf(stored, first).unreleased).toBeUndefined();
    expect(changelogOf(recordRelease(stored, second)).releases.map((r) => r.version)).toEqual(["1.1.0", "1.0.0"]);
  });
});
