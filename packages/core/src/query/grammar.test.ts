import { describe, expect, it } from "vitest";
import { formatQuery, MAX_QUERY_LENGTH, parseQuery } from "./grammar.js";

describe("parseQuery", () => {
  it("separates free text, phrases and filters", () => {
    const q = parseQuery(
      'death penalty "second optional protocol" kind:statement year:2021..2024 person:mukhtar-tleuberdi',
    );
    expect(q.text).toBe('death penalty "second optional protocol"');
    expect(q.filter).toEqual({ kinds: ["statement"], from: "2021", to: "2024", personIds: ["mukhtar-tleuberdi"] });
    expect(q.errors).toEqual([]);
  });

  it("reads open ranges, single years, dates and membership", () => {
    expect(parseQuery("year:..2012").filter).toEqual({ to: "2012" });
    expect(parseQuery("year:2020..").filter).toEqual({ from: "2020" });
    expect(parseQuery("year:2021").filter).toEqual({ from: "2021", to: "2021" });
    expect(parseQuery("date:2012-11..2013").filter).toEqual({ from: "2012-11", to: "2013" });
    expect(parseQuery("member:no").filter).toEqual({ member: false });
  });

  it("reports unknown filters and bad values without throwing", () => {
    const q = parseQuery("colour:red kind:spaceship year:20x1 perspective:martian person:Not_An_Id sort:random");
    expect(q.errors).toHaveLength(6);
    expect(q.errors[0]).toContain('unknown filter "colour:"');
    expect(q.filter).toEqual({});
  });

  it("treats words with colons inside as text, and keeps repeated values once", () => {
    expect(parseQuery("http://example.org").text).toBe("http://example.org");
    expect(parseQuery("kind:event kind:event kind:source").filter.kinds).toEqual(["event", "source"]);
  });

  it("neutralises hostile input", () => {
    const hostile = `\u001b[2J\u202e${"a".repeat(5000)}`;
    const q = parseQuery(hostile);
    expect(q.text).not.toMatch(/[\u001b\u202e]/);
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.errors[0]).toContain("cut");
    expect(() => parseQuery('"unclosed ((( [[ \\')).not.toThrow();
  });

  it("round-trips through formatQuery", () => {
    const input =
      'kind:event type:election year:2012..2021 topic:council-membership member:yes sort:newest "human rights"';
    const parsed = parseQuery(input);
    expect(parseQuery(formatQuery(parsed))).toEqual(parsed);
  });
});
