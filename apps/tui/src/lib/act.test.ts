import { beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "../../test/fixture.js";
import { addressOf, browserCommand, copyText, copyToClipboard, createActions, osc52 } from "./act.js";
import type { Loaded } from "./load.js";

let loaded: Loaded;
beforeAll(async () => {
  loaded = await loadFixture();
});

describe("addressOf", () => {
  it("gives a source's own address, and any other record's page on the site", () => {
    const source = loaded.api.listSources().find((s) => s.url);
    expect(source).toBeDefined();
    expect(addressOf(loaded.api, { kind: "source", id: source?.id ?? "" }, {})).toBe(
      source?.canonicalUrl ?? source?.url,
    );
    const event = loaded.api.listEvents()[0];
    expect(addressOf(loaded.api, { kind: "event", id: event?.id ?? "" }, {})).toBe(
      `https://kz-hrc.org/events/${event?.id}/`,
    );
    expect(addressOf(loaded.api, { kind: "event", id: event?.id ?? "" }, { SITE_URL: "https://example.org/" })).toBe(
      `https://example.org/events/${event?.id}/`,
    );
  });
});

describe("copyText", () => {
  it("copies the id, the address or a plain-text citation naming the record's page", () => {
    const event = loaded.api.listEvents()[0];
    const ref = { kind: "event" as const, id: event?.id ?? "" };
    expect(copyText(loaded.api, ref, "id", {})).toBe(ref.id);
    expect(copyText(loaded.api, ref, "citation", {})).toContain(`https://kz-hrc.org/events/${ref.id}/`);
  });
});

describe("browserCommand", () => {
  it("uses $BROWSER first, then the platform's opener, never a shell", () => {
    const url = "https://example.org/a?b=1&c=2";
    expect(browserCommand(url, { BROWSER: "firefox:chromium" }, "linux")).toEqual(["firefox", [url]]);
    expect(browserCommand(url, { BROWSER: "firefox --new-window" }, "linux")).toEqual([
      "firefox",
      ["--new-window", url],
    ]);
    expect(browserCommand(url, { BROWSER: "w3m %s -no-mouse" }, "linux")).toEqual(["w3m", [url, "-no-mouse"]]);
    expect(browserCommand(url, {}, "linux")).toEqual(["xdg-open", [url]]);
    expect(browserCommand(url, {}, "darwin")).toEqual(["open", [url]]);
    expect(browserCommand(url, {}, "win32")).toEqual(["explorer.exe", [url]]);
  });
});

describe("copying", () => {
  it("writes OSC 52 with the text in base64 outside tmux", async () => {
    const written: string[] = [];
    expect(await copyToClipboard("Кazakhstan “quote”", (s) => void written.push(s), {})).toBe("terminal");
    expect(written).toEqual([osc52("Кazakhstan “quote”")]);
    expect(written[0]).toBe(`\u001b]52;c;${Buffer.from("Кazakhstan “quote”").toString("base64")}\u0007`);
  });

  it("says when there is nothing to copy or open, and when the browser cannot start", async () => {
    const act = createActions(loaded.api, () => {}, { BROWSER: "/nonexistent/browser" });
    const event = loaded.api.listEvents()[0];
    expect(await act({ type: "openAddress", ref: { kind: "event", id: event?.id ?? "" } })).toMatch(
      /^\/nonexistent\/browser could not be started; set BROWSER, or open it yourself: https:/,
    );
    const refusing = createActions(loaded.api, () => {}, { BROWSER: "false" });
    expect(await refusing({ type: "openAddress", ref: { kind: "event", id: event?.id ?? "" } })).toMatch(
      /^false could not open it \(exit 1\)/,
    );
    expect(await act({ type: "openAddress", ref: { kind: "source", id: "no-such-source" } })).toContain(
      "No address is recorded",
    );
  });
});
