import { afterEach, describe, expect, it } from "vitest";
import { selectedLine, Terminal } from "./tmux.js";

let terminal: Terminal | undefined;
afterEach(() => {
  terminal?.kill();
  terminal = undefined;
});

const ESC = "\u001b";

describe("kz-hrc in a terminal", () => {
  it("starts on the timeline, moves, opens a record, follows a link, goes back, and quits cleanly", async () => {
    const t = (terminal = Terminal.kzHrc({ reportExit: true }));
    let screen = await t.waitFor("44 events");
    expect(selectedLine(screen)).toContain("Council session 3");
    expect(t.info("#{alternate_on}")).toBe("1");

    t.keys("j");
    await t.waitFor((s) => selectedLine(s).includes("Council session 1"));
    t.keys("Down");
    await t.waitFor((s) => selectedLine(s).includes("Council session 2"));
    t.keys("G");
    await t.waitFor((s) => selectedLine(s).includes("Council session 40"));
    t.keys("PageUp");
    await t.waitFor((s) => !selectedLine(s).includes("Council session 40"));
    t.keys("g");
    await t.waitFor((s) => selectedLine(s).includes("Council session 3"));

    // Filter to the election with the shared grammar, then open it.
    t.keys("f");
    await t.waitFor("Type to filter");
    t.type("type:election");
    await t.waitFor((s) => s.includes("Filter: type:election") && s.includes("1 event"));
    t.keys("Enter");
    await t.waitFor((s) => !s.includes("Type to filter"));
    t.keys("Enter");
    screen = await t.waitFor("/events/hrc-election-2012/");
    expect(screen).toContain("Participants");

    // Walk to the participant link and follow it.
    for (let i = 0; i < 20 && !selectedLine(screen).includes("Alma Example"); i++) {
      const before = selectedLine(screen);
      t.keys("j");
      screen = await t.waitFor((s) => selectedLine(s) !== before);
    }
    t.keys("Enter");
    screen = await t.waitFor("/people/alma-example/");
    expect(screen).toContain("Minister of Foreign Affairs");

    // Back to the event, on the same line; back again to the filtered timeline.
    t.keys("Escape");
    screen = await t.waitFor("Participants");
    expect(selectedLine(screen)).toContain("head of delegation: Alma Example");
    t.keys("BSpace");
    screen = await t.waitFor("Filter: type:election");
    expect(selectedLine(screen)).toContain("Kazakhstan elected");

    t.keys("q");
    screen = await t.waitFor("[exited with ");
    expect(screen).toContain("[exited with 0]");
    expect(t.info("#{alternate_on}")).toBe("0");
    expect(screen).not.toContain("44 events");
  });

  it("restores the terminal when killed", async () => {
    const t = (terminal = Terminal.kzHrc({ reportExit: true }));
    await t.waitFor("44 events");
    process.kill(t.childPid(), "SIGTERM");
    const screen = await t.waitFor("[exited with ");
    expect(screen).toContain("[exited with 143]");
    expect(t.info("#{alternate_on}")).toBe("0");
  });

  it("searches with results updating as you type", async () => {
    const t = (terminal = Terminal.kzHrc());
    await t.waitFor("44 events");
    t.keys("/");
    await t.waitFor("[Search]");
    t.type("abol");
    let screen = await t.waitFor("We will abolish the death penalty");
    t.type("ish kind:statement");
    screen = await t.waitFor((s) => s.includes("kind:statement") && /\b1 result\b/.test(s));
    expect(screen).toContain("We will abolish the death penalty");
    t.keys("Enter");
    await t.waitFor((s) => !s.includes("Type to filter"));
    t.keys("Enter");
    screen = await t.waitFor("/statements/minister-pledge-2013/");
    expect(screen).toContain("[contradicts]");
  });

  it("adapts to resizing and says so when the terminal is too small", async () => {
    const t = (terminal = Terminal.kzHrc());
    await t.waitFor("44 events");
    t.resize(30, 8);
    await t.waitFor((s) => s.trim() === "Too small (30×8): need 40×10");
    t.resize(70, 9);
    await t.waitFor((s) => s.trim() === "Terminal too small (70×9): need at least 40×10");
    t.resize(60, 20);
    const screen = await t.waitFor("44 events");
    expect(screen.split("\n").every((line) => [...line].length <= 60)).toBe(true);
    expect(screen).toContain("? help");
    t.keys("C-c");
    await t.waitFor(() => t.info("#{pane_dead}") === "1");
  });

  it("starts in a tiny terminal with one clear line", async () => {
    const t = (terminal = Terminal.kzHrc({ size: { columns: 30, rows: 8 } }));
    await t.waitFor((s) => s.trim() === "Too small (30×8): need 40×10");
  });

  it("uses colour by default and none with NO_COLOR or FORCE_COLOR=0", async () => {
    const coloured = (terminal = Terminal.kzHrc());
    await coloured.waitFor("44 events");
    expect(coloured.screen(true)).toContain(`${ESC}[`);
    coloured.kill();
    for (const env of ["NO_COLOR=1", "FORCE_COLOR=0"]) {
      const plain = (terminal = Terminal.kzHrc({ env }));
      await plain.waitFor("44 events");
      expect(plain.screen(true), env).not.toContain(`${ESC}[`);
      plain.kill();
    }
  });

  it("shows help from the key map", async () => {
    const t = (terminal = Terminal.kzHrc());
    await t.waitFor("44 events");
    t.keys("?");
    const screen = await t.waitFor("go back to where you were");
    expect(screen).toContain("Shift-Tab");
  });
});
