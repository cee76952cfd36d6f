import { render } from "ink-testing-library";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "../test/fixture.js";
import { KEYS, plain, waitForFrame } from "../test/ink.js";
import { App } from "./app.js";
import type { Loaded } from "./lib/load.js";

let loaded: Loaded;
beforeAll(async () => {
  loaded = await loadFixture();
});

let instance: ReturnType<typeof render> | undefined;
afterEach(() => instance?.unmount());

async function start(size = { columns: 100, rows: 30 }) {
  instance = render(<App loaded={loaded} size={size} />);
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

  it("opens a record, follows a link, and comes back where it was", async () => {
    const { press } = await start();
    await press("f", (f) => f.includes("Type to filter"));
    await press("type:election", (f) => f.includes("Filter: type:election"));
    await press(KEYS.enter, (f) => f.includes("1 event") && !f.includes("Type to filter"));
    let frame = await press(KEYS.enter, (f) => f.includes("/events/hrc-election-2012/"));
    expect(frame).toContain("Kazakhstan was not a Council member on this date");
    // Walk down to the participant link "head of delegation: Alma Example" and follow it.
    for (let i = 0; i < 30 && !selected(frame).includes("Alma Example"); i++) {
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

  it("searches as you type", async () => {
    const { press } = await start();
    await press("/", (f) => f.includes("[Search]"));
    for (const c of "abolish") await press(c, () => true);
    const frame = await press("", (f) => f.includes("We will abolish the death penalty"));
    expect(frame).toMatch(/\d+ results?/);
  });

  it("shows grammar errors from the filter line instead of failing", async () => {
    const { press } = await start();
    await press("f", (f) => f.includes("Type to filter"));
    const frame = await press("perspective:nope", (f) => f.includes("unknown perspective"));
    expect(frame).toContain("Filter: perspective:nope");
    await press(KEYS.backspace.repeat(16) + "type:law", (f) => f.includes("1 event") && f.includes("Law abolishing"));
  });

  it("switches sections with Tab and Shift-Tab and keeps each one's place", async () => {
    const { press } = await start();
    await press("j", (f) => selected(f).includes("Council session 1"));
    await press(KEYS.tab, (f) => f.includes("[Search]"));
    await press(KEYS.tab, (f) => f.includes("[Statements]") && f.includes("We will abolish"));
    const frame = await press(KEYS.shiftTab + KEYS.shiftTab, (f) => f.includes("[Timeline]"));
    expect(selected(frame)).toContain("Council session 1");
  });

  it("shows the help from the same key map and closes it", async () => {
    const { press } = await start();
    const frame = await press("?", (f) => f.includes("Keys"));
    expect(frame).toContain("Shift-Tab");
    expect(frame).toContain("go back to where you were");
    await press(KEYS.escape, (f) => f.includes("44 events"));
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
    const expected = ["Statements", "People", "Organisations", "Sources", "Topics", "UPR", "Terms", "Reforms", "Discrepancies", "Unknowns"];
    await press(KEYS.tab, (f) => f.includes("[Search]"));
    for (const label of expected) {
      const frame = await press(KEYS.tab, (f) => f.includes(`[${label}]`));
      expect(frame).toMatch(new RegExp(`${label} · \\d+ records?`));
    }
  });
});
