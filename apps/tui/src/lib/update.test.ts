import { beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "../../test/fixture.js";
import { HELP_LINES } from "./help-lines.js";
import { parseKeys } from "./keys.js";
import { createModel, type Model } from "./model.js";
import { currentView, initialNav, type NavState, type RecordView, type SectionView } from "./nav.js";
import { type Effect, type Env, rowIndex, update } from "./update.js";

let model: Model;
let env: Env;
beforeAll(async () => {
  model = createModel(await loadFixture());
  env = model.env(80, 20, HELP_LINES.length);
});

/** Types raw terminal input, as one burst, from a state (split as Ink splits it: escape sequences, runs of text). */
function type(raw: string, state: NavState = initialNav(), e: Env = env): { state: NavState; effects: Effect[] } {
  const effects: Effect[] = [];
  // eslint-disable-next-line no-control-regex
  const pieces = raw.match(/\u001b\[[0-?]*[ -/]*[@-~]|\u001bO.|\u001b[^[O]?|[^\u001b]+/g) ?? [];
  for (const key of pieces.flatMap(parseKeys)) {
    const step = update(state, key, e);
    state = step.state;
    if (step.effect) effects.push(step.effect);
  }
  return { state, effects };
}
const view = (state: NavState) => currentView(state);
const section = (state: NavState) => view(state) as SectionView;
const record = (state: NavState) => view(state) as RecordView;
const ESC = "\u001b";

describe("update: bursts", () => {
  it("opens the filter with / and types the rest of the burst into it", () => {
    const { state } = type("/torture");
    expect(section(state)).toMatchObject({ section: "timeline", query: "torture", editing: true, caret: 7 });
  });
  it("does the same with f, and the filter applies to the list", () => {
    const { state } = type("fyear:2012");
    expect(section(state)).toMatchObject({ query: "year:2012", editing: true });
    expect(model.items(section(state)).items.map((s) => s.id)).toContain("hrc-election-2012");
  });
  it("searches every record with s and what follows", () => {
    const { state } = type("sabolish");
    expect(state.section).toBe("search");
    expect(section(state)).toMatchObject({ query: "abolish", editing: true });
  });
  it("moves, opens and comes back within one burst", () => {
    const { state } = type("jj\r");
    expect(view(state)).toMatchObject({ type: "record", ref: { kind: "event", id: "council-session-2" } });
    const back = type(ESC, state).state;
    expect(section(back)).toMatchObject({ section: "timeline", cursor: 2 });
  });
});

describe("update: query line", () => {
  it("clears the filter and leaves it with Esc, keeps it with Enter", () => {
    const kept = type("ftype:law\r").state;
    expect(section(kept)).toMatchObject({ query: "type:law", editing: false });
    const cleared = type(`ftype:law${ESC}`).state;
    expect(section(cleared)).toMatchObject({ query: "", editing: false });
  });
  it("clears a kept filter with Esc on the list", () => {
    const kept = type("ftype:law\r").state;
    expect(section(type(ESC, kept).state)).toMatchObject({ query: "" });
  });
  it("edits with readline keys", () => {
    const { state } = type(`/year:2012 law\u0017${ESC}[D${ESC}[D\u0001x`);
    expect(section(state)).toMatchObject({ query: "xyear:2012 ", caret: 1 });
  });
  it("moves through the results with Ctrl-N and Ctrl-P while typing", () => {
    const { state } = type("/council\u000e\u000e\u0010");
    expect(section(state)).toMatchObject({ query: "council", cursor: 1, editing: true });
  });
  it("filters a kind's list as you type, accents aside, and by its own filters", () => {
    let { state } = type(":upr rec\r/cote");
    expect(state.section).toBe("recommendation");
    expect(model.items(section(state)).items.map((s) => s.id)).toEqual(["upr-2-120-2", "upr-2-122-1"]);
    state = type("\u0015response:noted\r", state).state;
    expect(model.items(section(state)).items.map((s) => s.id)).toEqual(["upr-2-122-1"]);
    state = type("f\u0015respnse:noted", state).state;
    expect(model.items(section(state)).errors[0]).toMatch(/unknown filter "respnse:" \(did you mean response:\?\)/);
  });
});

describe("update: reading a record", () => {
  const open = (id: string): NavState => ({
    ...initialNav(),
    stacks: {
      ...initialNav().stacks,
      timeline: [
        ...initialNav().stacks.timeline,
        { type: "record", ref: { kind: "event", id }, line: 0, sub: 0, find: "", findCaret: 0, finding: false },
      ],
    },
  });
  const row = (state: NavState) => {
    const r = record(state);
    return rowIndex(model.rows(r.ref.id, 80), r.line, r.sub);
  };
  it("scrolls line by line, by half pages and pages, and to the ends", () => {
    const start = open("hrc-election-2012");
    const rows = model.rows("hrc-election-2012", 80);
    expect(row(type("j", start).state)).toBe(1);
    const half = row(type("\u0004", start).state);
    expect(half).toBeGreaterThanOrEqual(8);
    expect(row(type("\u0004\u0015", start).state)).toBeLessThanOrEqual(1);
    expect(row(type(`${ESC}[6~`, start).state)).toBeGreaterThan(half);
    expect(row(type("G", start).state)).toBe(rows.length - 1);
    expect(row(type("Gg", start).state)).toBe(0);
  });
  it("reaches every row of a long record, wrapped at the width", () => {
    const narrow = model.env(40, 8, HELP_LINES.length);
    const start = open("hrc-election-2012");
    const rows = model.rows("hrc-election-2012", 40);
    let state = start;
    const seen = new Set<number>();
    for (let i = 0; i < rows.length * 2; i++) {
      state = type("j", state, narrow).state;
      const r = record(state);
      seen.add(rowIndex(rows, r.line, r.sub));
    }
    const nonBlank = rows.flatMap((r, i) => (r.text.trim() ? [i] : []));
    expect(nonBlank.every((i) => i === 0 || seen.has(i))).toBe(true);
  });
  it("finds in the record with /, then n and N, wrapping around", () => {
    const start = open("hrc-election-2012");
    const rows = model.rows("hrc-election-2012", 80);
    const matches = rows.flatMap((r, i) => (r.text.toLowerCase().includes("kazakhstan") ? [i] : []));
    expect(matches.length).toBeGreaterThan(2);
    let state = type("/kazakhstan\r", start).state;
    expect(record(state)).toMatchObject({ find: "kazakhstan", finding: false });
    expect(row(state)).toBe(matches[0]);
    state = type("n", state).state;
    expect(row(state)).toBe(matches[1]);
    state = type("NN", state).state;
    expect(row(state)).toBe(matches.at(-1));
  });
  it("says when nothing matches, and leaves the cursor", () => {
    const state = type("/zzzz\rn", open("hrc-election-2012")).state;
    expect(state.note).toMatch(/No match for “zzzz”/);
    expect(row(state)).toBe(0);
  });
  it("follows a link with Enter on its row", () => {
    const rows = model.rows("hrc-election-2012", 80);
    const at = rows.findIndex((r) => r.text.includes("Alma Example"));
    let state = open("hrc-election-2012");
    while (row(state) < at) state = type("j", state).state;
    expect(row(state)).toBe(at);
    state = type("\r", state).state;
    expect(record(state).ref).toEqual({ kind: "person", id: "alma-example" });
  });
});

describe("update: help, sections, quitting", () => {
  it("scrolls the help, and closes it with ? or Esc", () => {
    const small = model.env(40, 7, HELP_LINES.length);
    let state = type("?", initialNav(), small).state;
    expect(state.help).toBe(true);
    state = type("jjj", state, small).state;
    expect(state.helpScroll).toBe(3);
    state = type("G", state, small).state;
    expect(state.helpScroll).toBe(HELP_LINES.length - small.helpPage);
    expect(type(ESC, state, small).state.help).toBe(false);
  });
  it("goes to a section by number or by name", () => {
    expect(type("3").state.section).toBe("source");
    expect(type(":votes\r").state.section).toBe("vote");
    expect(type(":people\r").state.section).toBe("person");
    const unknown = type(":nowhere\r").state;
    expect(unknown.section).toBe("timeline");
    expect(unknown.note).toMatch(/No section “nowhere”/);
  });
  it("never looks typed words up in a plain object", () => {
    for (const word of ["__proto__", "constructor", "toString"]) {
      expect(type(`:${word}\r`).state.note, word).toMatch(/No section/);
      const line = model.items(section(type(`9/${word}:x ${word}`).state));
      // `__proto__:x` is not a filter's form (letters only): it is searched as words.
      if (word === "__proto__") expect(line).toMatchObject({ items: [], errors: [] });
      else expect(line.errors[0], word).toMatch(/unknown filter/);
      expect(model.items({ section: "vote", query: `vote:${word}` }).errors[0], word).toMatch(
        /vote: takes Kazakhstan's vote/,
      );
    }
  });
  it("quits with 0 on q and 130 on Ctrl-C, even while typing", () => {
    expect(type("q").effects).toEqual([{ type: "quit", code: 0 }]);
    expect(type("/abc\u0003").effects).toEqual([{ type: "quit", code: 130 }]);
    expect(type("/q").effects).toEqual([]);
    expect(type("\u001a").effects).toEqual([{ type: "suspend" }]);
  });
  it("ignores unknown sequences and random input without throwing", () => {
    const start = initialNav();
    expect(type(`${ESC}[1;5P${ESC}[0n${ESC}[31m`, start).state).toEqual(start);
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let state = start;
    for (let n = 0; n < 300; n++) {
      const raw = Array.from({ length: 6 }, () => String.fromCharCode(Math.floor(random() * 128))).join("");
      expect(() => (state = type(raw, state).state)).not.toThrow();
    }
  });
});

describe("update: acting on a record", () => {
  it("o opens the selected item's address; in a record, the link on the cursor's line, else the record", () => {
    const first = model.items({ section: "timeline", query: "" }).items[0];
    expect(type("o").effects).toEqual([{ type: "openAddress", ref: { kind: first?.kind, id: first?.id } }]);
    const opened = type("\r").state;
    expect(type("o", opened).effects).toEqual([{ type: "openAddress", ref: record(opened).ref }]);
  });

  it("y asks what to copy; i, a or c copies it, any other key copies nothing", () => {
    const asked = type("y").state;
    expect(asked.note).toContain("i the id");
    const first = model.items({ section: "timeline", query: "" }).items[0];
    expect(type("c", asked).effects).toEqual([
      { type: "copy", ref: { kind: first?.kind, id: first?.id }, what: "citation" },
    ]);
    expect(type("a", asked).effects[0]).toMatchObject({ what: "address" });
    const cancelled = type("x", asked);
    expect(cancelled.effects).toEqual([]);
    expect(cancelled.state.note).toBe("Nothing copied");
    expect(cancelled.state.copying).toBeUndefined();
  });

  it("o and y type into the filter line while it is open", () => {
    const { state, effects } = type("/oy");
    expect(effects).toEqual([]);
    expect(section(state).query).toBe("oy");
  });
});
