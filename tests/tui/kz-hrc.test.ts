import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, FIXTURE_DATA, selectedLine, Terminal } from "./tmux.js";

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
    await t.waitFor((s) => s.includes("Filter: type:election") && s.includes("1 of 44 events"));
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

  it("restores the terminal when killed, whatever the signal", async () => {
    for (const [signal, status] of [
      ["SIGTERM", 143],
      ["SIGHUP", 129],
      ["SIGQUIT", 131],
    ] as const) {
      const t = (terminal = Terminal.kzHrc({ reportExit: true }));
      await t.waitFor("44 events");
      process.kill(t.childPid(), signal);
      const screen = await t.waitFor("[exited with ");
      expect(screen, signal).toContain(`[exited with ${status}]`);
      expect(t.info("#{alternate_on}"), signal).toBe("0");
      t.kill();
    }
  });

  it("searches with results updating as you type", async () => {
    const t = (terminal = Terminal.kzHrc());
    await t.waitFor("44 events");
    t.keys("s");
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

  it("shows help from the key map, and scrolls it in a small terminal", async () => {
    const t = (terminal = Terminal.kzHrc({ size: { columns: 40, rows: 12 } }));
    await t.waitFor("44 events");
    t.keys("?");
    let screen = await t.waitFor("move up a line");
    expect(screen).not.toContain("Press ? or Esc to close.");
    t.keys("G");
    screen = await t.waitFor("Press ? or Esc to close.");
    expect(screen).not.toContain("move up a line");
  });

  it("stays up on Ctrl-F1, a status reply, a pasted colour code and random bytes", async () => {
    const t = (terminal = Terminal.kzHrc({ reportExit: true }));
    await t.waitFor("44 events");
    for (const sequence of [`${ESC}[1;5P`, `${ESC}[0n`, `${ESC}[31m`, `${ESC}[1;5Q`, `${ESC}[200~`]) t.bytes(sequence);
    // Random bytes, less those that quit or stop on purpose (q, Ctrl-C, Ctrl-Z, Ctrl-\).
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 5; round++) {
      t.bytes(
        Uint8Array.from({ length: 200 }, () => Math.floor(random() * 256)).filter(
          (b) => ![0x03, 0x1a, 0x1c, 0x71].includes(b),
        ),
      );
    }
    // Still running: back to a known place, then quit normally.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.screen()).not.toContain("[exited with");
    t.bytes("");
    const screen = await t.waitFor("[exited with ");
    expect(screen).toContain("[exited with 130]");
    expect(screen).not.toMatch(/TypeError|at .*cli\.js/);
    expect(t.info("#{alternate_on}")).toBe("0");
  });

  it("keeps every key typed from launch on: a burst lands in the filter line", async () => {
    const t = (terminal = Terminal.kzHrc());
    // Typed before the first frame, in one burst each.
    t.type("/torture");
    let screen = await t.waitFor("Filter: torture");
    expect(screen).toContain("0 of 44 events");
    t.keys("Escape");
    await t.waitFor((s) => s.includes("44 events") && !s.includes("torture"));
    t.type("fyear:2012");
    screen = await t.waitFor("Filter: year:2012");
    expect(screen).toContain("3 of 44 events");
  });

  it("keeps a burst typed right after launch into search", async () => {
    const t = (terminal = Terminal.kzHrc());
    t.type("sabolish");
    const screen = await t.waitFor(
      (s) => s.includes("Search: abolish") && s.includes("We will abolish the death penalty"),
    );
    expect(screen).toContain("[Search]");
  });

  it("quits with 130 on Ctrl-C and restores the terminal", async () => {
    const t = (terminal = Terminal.kzHrc({ reportExit: true }));
    await t.waitFor("44 events");
    t.keys("C-c");
    const screen = await t.waitFor("[exited with ");
    expect(screen).toContain("[exited with 130]");
    expect(t.info("#{alternate_on}")).toBe("0");
  });

  it("suspends on Ctrl-Z, giving the shell back its screen, and comes back whole on fg", async () => {
    const t = (terminal = new Terminal("env -u CI PS1='$ ' bash --norc --noprofile -i"));
    await t.waitFor("$");
    t.type(`node ${CLI} --data ${FIXTURE_DATA}`);
    t.keys("Enter");
    await t.waitFor("44 events");
    t.keys("j");
    await t.waitFor((s) => selectedLine(s).includes("Council session 1"));
    t.keys("C-z");
    let screen = await t.waitFor("Stopped");
    expect(t.info("#{alternate_on}")).toBe("0");
    t.type("fg");
    t.keys("Enter");
    screen = await t.waitFor((s) => s.includes("44 events") && selectedLine(s).includes("Council session 1"));
    expect(screen).toContain("? help");
    t.keys("q");
    await t.waitFor((s) => !s.includes("44 events"));
  });

  it("prints plain text, not the full-screen browser, under TERM=dumb", async () => {
    const t = (terminal = Terminal.kzHrc({ env: "TERM=dumb", reportExit: true }));
    const screen = await t.waitFor("[exited with ");
    expect(screen).toContain("[exited with 0]");
    expect(screen).toMatch(/Sep 2023 +Council session 40 +Council session +council-session-40/);
    expect(screen).not.toContain("? help");
  });

  it("reads a long record line by line and finds in it", async () => {
    const t = (terminal = Terminal.kzHrc({ size: { columns: 60, rows: 12 } }));
    await t.waitFor("44 events");
    t.type("ftype:election");
    t.keys("Enter", "Enter");
    let screen = await t.waitFor("/events/hrc-election-2012/");
    t.type("/independent");
    screen = await t.waitFor((s) => s.includes("Find:") && s.includes("match 1 of"));
    expect(selectedLine(screen)).toContain("independent origin");
    t.keys("Enter", "G");
    screen = await t.waitFor((s) => !selectedLine(s).includes("independent origin"));
    t.keys("g");
    screen = await t.waitFor((s) => selectedLine(s).includes("Kazakhstan elected"));
  });

  it("opens the address in the browser with o, and copies a citation or an id with y", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kz-hrc-act-"));
    const browser = join(dir, "browser");
    writeFileSync(browser, `#!/bin/sh\necho "$1" >> "${join(dir, "opened")}"\n`);
    chmodSync(browser, 0o755);
    try {
      const t = (terminal = Terminal.kzHrc({ env: `BROWSER=${browser}` }));
      await t.waitFor("44 events");
      t.type("ftype:election");
      t.keys("Enter");
      await t.waitFor((s) => selectedLine(s).includes("Kazakhstan elected"));
      t.type("o");
      await t.waitFor("Opened https://kz-hrc.org/events/hrc-election-2012/");
      expect(readFileSync(join(dir, "opened"), "utf8")).toBe("https://kz-hrc.org/events/hrc-election-2012/\n");

      // Inside tmux the copy goes through tmux: its paste buffer holds the text.
      t.type("y");
      await t.waitFor("Copy: i the id");
      t.type("c");
      await t.waitFor("Copied the citation");
      expect(t.tmux("show-buffer")).toContain("https://kz-hrc.org/events/hrc-election-2012/");
      t.type("yi");
      await t.waitFor("Copied the id hrc-election-2012");
      expect(t.tmux("show-buffer")).toBe("hrc-election-2012");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("copies with OSC 52 outside tmux, which a terminal that allows it puts on its clipboard", async () => {
    const t = (terminal = Terminal.kzHrc({ env: "-u TMUX" }));
    // This tmux plays the outer terminal: it accepts OSC 52 from the program as a paste buffer.
    t.tmux("set-option", "-s", "set-clipboard", "on");
    await t.waitFor("44 events");
    t.type("yi");
    await t.waitFor("where the terminal allows OSC 52");
    await t.waitFor(() => t.tmux("list-buffers").trim() !== "");
    expect(t.tmux("show-buffer")).toMatch(/^[a-z0-9-]+$/);
  });

  it("pages plain output longer than the screen through less, and q gives the shell back", async () => {
    const t = (terminal = new Terminal(
      `sh -c 'env -u CI -u PAGER -u LESS node ${CLI} --data ${FIXTURE_DATA} timeline; echo "[exited with $?]"; sleep 60'`,
      { columns: 80, rows: 12 },
    ));
    // less shows the first screen and waits (its prompt, a colon, on the last line).
    let screen = await t.waitFor((s) => s.includes("Council session") && /^:\s*$/m.test(s));
    expect(screen).not.toContain("[exited with");
    t.keys("G");
    screen = await t.waitFor("(END)");
    expect(screen).toContain("council-session-40");
    t.keys("q");
    screen = await t.waitFor("[exited with ");
    expect(screen).toContain("[exited with 0]");
  });
});
