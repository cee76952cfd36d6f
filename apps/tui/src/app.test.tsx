import { render } from "ink-testing-library";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "../test/fixture.js";
import { KEYS, plain, waitForFrame } from "../test/ink.js";
import { App } from "./app.js";
import type { Act } from "./lib/act.js";
import type { Loaded } from "./lib/load.js";

let loaded: Loaded;
beforeAll(async () => {
  loaded = await loadFixture();
});

let instance: ReturnType<typeof render> | undefined;
afterEach(() => instance?.unmount());

async function start(size = { columns: 100, rows: 30 }, onQuit?: (code: number) => void) {
  instance = render(<App loaded={loaded} size={size} {...(onQuit ? { onQuit } : {})} />);
  const { lastFrame, stdin } = instance;
  await waitForFrame(lastFrame, (f) => f.includes("Timeline"));
  const press = async (key: string, until: (frame: string) => boolean) => {
    stdin.write(key);
    return waitForFrame(lastFrame, until);
  };
  return { lastFrame, stdin, press };
}

const selected = (frame: string) => frame.split("\n").find((line) => line.startsWith("›")) ?? "";

describe("App", () => {
  it("starts on the timeline with the first event selected", async () => {
    const { lastFrame } = await start();
    const frame = plain(lastFrame());
    expect(frame).toContain("44 events");
    expect(selected(frame)).toContain("Council session 3");
    expect(frame).toContain("? help");
  });

  it("draws only the rows that fit", async () => {
    const { lastFrame } = await start({ columns: 80, rows: 12 });
    const frame = plain(lastFrame());
    expect(frame.split("\n").length).toBeLessThanOrEqual(11);
    expect(frame).not.toContain("Council session 40");
  });

  it("moves with j, k, arrows, G and g", async () => {
    const { press } = await start();
    await press("j", (f) => selected(f).includes("Council session 1"));
    await press(KEYS.down, (f) => selected(f).includes("Council session 2"));
    await press("k", (f) => selected(f).includes("Council session 1"));
    await press("G", (f) => selected(f).includes("Council session 40"));
    await press("g", (f) => selected(f).includes("Council session 3"));
  });

  it("takes a burst of keys whole: / opens the filter and the rest lands in it", async () => {
    const { press } = await start();
    const frame = await press("/type:law", (f) => f.includes("Filter: type:law"));
    expect(frame).toContain("1 of 44 events");
    expect(frame).toContain("Law abolishing");
  });

  it("opens a record, follows a link, and comes back where it was", async () => {
    const { press } = await start();
    await press("ftype:election\r", (f) => f.includes("1 of 44 events") && !f.includes("Type to filter"));
    let frame = await press(KEYS.enter, (f) => f.includes("/events/hrc-election-2012/"));
    expect(frame).toContain("Kazakhstan was not a Council member on this date");
    // Walk down, line by line, to the participant link and follow it.
    for (let i = 0; i < 40 && !selected(frame).includes("Alma Example"); i++) {
      const before = selected(frame);
      frame = await press("j", (f) => selected(f) !== before);
    }
    frame = await press(KEYS.enter, (f) => f.includes("/people/alma-example/"));
    expect(frame).toContain("Minister of Foreign Affairs");
    frame = await press(KEYS.escape, (f) => f.includes("Participants"));
    expect(selected(frame)).toContain("head of delegation: Alma Example");
    frame = await press(KEYS.backspace, (f) => f.includes("Filter: type:election"));
    expect(selected(frame)).toContain("Kazakhstan elected");
  });

  it("searches as you type, from s", async () => {
    const { press } = await start();
    await press("s", (f) => f.includes("[Search]"));
    for (const c of "abolish") await press(c, () => true);
    const frame = await press("", (f) => f.includes("We will abolish the death penalty"));
    expect(frame).toMatch(/\d+ results?/);
  });

  it("shows grammar errors from the filter line instead of failing", async () => {
    const { press } = await start();
    const frame = await press("fperspective:nope", (f) => f.includes("unknown perspective"));
    expect(frame).toContain("Filter: perspective:nope");
    await press("\u0015type:law", (f) => f.includes("1 of 44 events") && f.includes("Law abolishing"));
  });

  it("switches sections with Tab and Shift-Tab and keeps each one's place", async () => {
    const { press } = await start();
    await press("j", (f) => selected(f).includes("Council session 1"));
    await press(KEYS.tab, (f) => f.includes("[Search]"));
    await press(KEYS.tab, (f) => f.includes("[Sources]") && f.includes("6 sources"));
    const frame = await press(KEYS.shiftTab + KEYS.shiftTab, (f) => f.includes("[Timeline]"));
    expect(selected(frame)).toContain("Council session 1");
  });

  it("lists recommendations and votes, filtered by the same words as their commands", async () => {
    const { press } = await start();
    let frame = await press(":upr recommendations\r", (f) => f.includes("[UPR recommendations]"));
    expect(frame).toContain("4 UPR recommendations");
    frame = await press("/cycle:2 response:noted", (f) => f.includes("1 of 4 UPR recommendations"));
    expect(selected(frame)).toContain("122.1 Decriminalize defamation");
    frame = await press("\r\r", (f) => f.includes("/recommendations/upr-2-122-1/"));
    expect(frame).toContain("Response: Noted");
    frame = await press(":votes\r/vote:against", (f) => f.includes("1 of 4 council votes"));
    expect(selected(frame)).toContain("Example resolution on the freedom of expression");
  });

  it("shows the help from the same key map, scrolls it, and closes it", async () => {
    const { press } = await start({ columns: 60, rows: 12 });
    let frame = await press("?", (f) => f.includes("Keys ("));
    expect(frame).toContain("move up a line");
    frame = await press("G", (f) => f.includes("Press ? or Esc to close."));
    expect(frame).not.toContain("move up a line");
    await press(KEYS.escape, (f) => f.includes("44 events"));
  });

  it("reads a record line by line and finds in it", async () => {
    const { press } = await start({ columns: 60, rows: 14 });
    await press("ftype:election\r\r", (f) => f.includes("/events/hrc-election-2012/"));
    let frame = await press("/origin", (f) => f.includes("Find:") && /match 1 of \d/.test(f));
    expect(selected(frame)).toContain("independent origin");
    frame = await press("\r", (f) => f.includes("Find “origin”"));
    frame = await press("G", (f) => !selected(f).includes("independent origin"));
    expect(frame).not.toContain("Kazakhstan elected to the Human Rights Council\n");
  });

  it("stays up on unknown sequences and random bytes, and quits with 130 on Ctrl-C", async () => {
    let code: number | undefined;
    const { lastFrame, stdin } = await start(undefined, (c) => (code = c));
    for (const raw of ["\u001b[1;5P", "\u001b[0n", "\u001b[31m", "\u001b[200~", "\u001b[?1;2c"]) stdin.write(raw);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(plain(lastFrame())).toContain("44 events");
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 50; n++) {
      const raw = Array.from({ length: 5 }, () => String.fromCharCode(Math.floor(random() * 256)))
        .filter((c) => !"\u0003\u001aq".includes(c))
        .join("");
      stdin.write(raw);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(plain(lastFrame()).split("\n").length).toBeGreaterThan(5);
    stdin.write(KEYS.ctrlC);
    await waitForFrame(
      () => String(code),
      (c) => c === "130",
    );
  });

  it("says the terminal is too small instead of drawing a broken frame", async () => {
    instance = render(<App loaded={loaded} size={{ columns: 60, rows: 8 }} />);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.length > 0);
    expect(frame).toBe("Terminal too small (60×8): need at least 40×10");
    instance.rerender(<App loaded={loaded} size={{ columns: 30, rows: 20 }} />);
    expect(await waitForFrame(instance.lastFrame, (f) => f.includes("30×20"))).toBe("Too small (30×20): need 40×10");
  });

  it("lists every kind of record in its section", async () => {
    const { press } = await start();
    const expected = [
      "Sources",
      "People",
      "Organizations",
      "Statements",
      "Membership terms",
      "UPR reviews",
      "UPR recommendations",
      "Council votes",
      "Reforms",
      "Topics",
      "Discrepancies",
      "Unknowns",
    ];
    await press(KEYS.tab, (f) => f.includes("[Search]"));
    for (const label of expected) {
      const frame = await press(KEYS.tab, (f) => f.includes(`[${label}]`));
      expect(frame).toMatch(/\d+ [a-zA-Z ]+\s*$/m);
    }
  });

  it("carries out o and y on the selected record and shows what came of it", async () => {
    const acts: Act[] = [];
    instance = render(
      <App
        loaded={loaded}
        size={{ columns: 100, rows: 30 }}
        act={async (act) => {
          acts.push(act);
          return `did ${act.type} ${act.ref.id}${act.type === "copy" ? ` (${act.what})` : ""}`;
        }}
      />,
    );
    const { lastFrame, stdin } = instance;
    await waitForFrame(lastFrame, (f) => f.includes("44 events"));
    stdin.write("o");
    await waitForFrame(lastFrame, (f) => f.includes("did openAddress council-session-3"));
    stdin.write("y");
    await waitForFrame(lastFrame, (f) => f.includes("Copy: i the id"));
    stdin.write("c");
    await waitForFrame(lastFrame, (f) => f.includes("did copy council-session-3 (citation)"));
    expect(acts).toEqual([
      { type: "openAddress", ref: { kind: "event", id: "council-session-3" } },
      { type: "copy", ref: { kind: "event", id: "council-session-3" }, what: "citation" },
    ]);
  });
});
