import { describe, expect, it } from "vitest";
import stringWidth from "./string-width.js";

describe("stringWidth", () => {
  it("counts ASCII, Latin, Cyrillic and typographic marks as one column each", () => {
    expect(stringWidth("abc")).toBe(3);
    expect(stringWidth("Қазақстан — “12” › …")).toBe(20);
  });
  it("counts wide East Asian characters and emoji as two", () => {
    expect(stringWidth("人权")).toBe(4);
    expect(stringWidth("ok👍")).toBe(4);
  });
  it("gives combining marks, zero-width characters and ANSI codes no width", () => {
    expect(stringWidth("e\u0301")).toBe(1);
    expect(stringWidth("a\u200bb")).toBe(2);
    expect(stringWidth("\u001b[31mred\u001b[39m")).toBe(3);
    expect(stringWidth("\u001b[31mred\u001b[39m", { countAnsiEscapeCodes: true })).toBe(11);
    expect(stringWidth("")).toBe(0);
  });
});
