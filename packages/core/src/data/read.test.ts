import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataFiles } from "../node.js";
import { fixtureFile } from "../test/fixture.js";
import { firstInvalidUtf8 } from "./decode.js";
import { DataValidationError, UnreadableFile } from "./errors.js";
import { findJsonSyntaxError } from "./json-syntax.js";
import { loadDataset } from "./load.js";

/** A data folder holding the valid fixture beside one file of the given bytes. */
function folderWith(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), "kz-hrc-data-"));
  writeFileSync(join(dir, "base.json"), `${JSON.stringify(fixtureFile(), null, 2)}\n`);
  writeFileSync(join(dir, name), bytes);
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadDataset(readDataFiles(dir), "test");
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return (error as DataValidationError).message
      .split("\n")
      .slice(1)
      .map((line) => line.replace(/^ {2}- /, ""));
  }
  throw new Error("expected the folder to be rejected");
}

const topics = (text: string) => `{\n  "topics": [\n    ${text}\n  ]\n}\n`;

describe("reading data files from a folder", () => {
  it("reports a JSON syntax error with its file, line and column, not as an unknown collection", () => {
    const dir = folderWith(
      "broken.json",
      topics('{ "id": "torture", "name": "Torture" }\n    { "id": "x", "name": "X" }'),
    );
    expect(problemsOf(dir)).toEqual([
      'data/broken.json:4:5: is not valid JSON: expected "," or "]" after an array item, found "{"',
    ]);
  });

  it("reports a truncated file at its end", () => {
    const dir = folderWith("cut.json", '{\n  "topics": [\n    { "id": "torture", "name": "Tor');
    expect(problemsOf(dir)).toEqual(["data/cut.json:3:36: is not valid JSON: a string that is never closed"]);
  });

  it("names a trailing comma and an empty file", () => {
    expect(problemsOf(folderWith("comma.json", topics('{ "id": "torture", "name": "Torture" },')))).toEqual([
      'data/comma.json:4:3: is not valid JSON: a comma before "]": remove it',
    ]);
    expect(problemsOf(folderWith("empty.json", ""))).toEqual([
      "data/empty.json:1:1: is empty: a data file is a JSON object of collections",
    ]);
  });

  it("tolerates a UTF-8 byte-order mark", () => {
    const dir = folderWith("bom.json", `\ufeff${topics('{ "id": "torture", "name": "Torture" }')}`);
    const data = loadDataset(readDataFiles(dir), "test");
    expect(data.topics.map((t) => t.id)).toContain("torture");
  });

  it("names a file that is not UTF-8 instead of replacing its bytes", () => {
    const bytes = Buffer.concat([
      Buffer.from('{\n  "topics": [\n    { "id": "torture", "name": "Torture '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('" }\n  ]\n}\n'),
    ]);
    expect(problemsOf(folderWith("latin.json", bytes))).toEqual([
      expect.stringMatching(
        /^data\/latin\.json:3: is not valid UTF-8: byte 0xC3 at byte offset \d+; save the file as UTF-8$/,
      ),
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(topics(""), "utf16le")]);
    expect(problemsOf(folderWith("wide.json", utf16))).toEqual([
      "data/wide.json: is saved as UTF-16: save it as UTF-8",
    ]);
  });

  it("hands an unreadable file on with the reason under $invalidJson, for callers that look for it", () => {
    const files = readDataFiles(folderWith("broken.json", "{ nope }"));
    const broken = files["data/broken.json"];
    expect(broken).toBeInstanceOf(UnreadableFile);
    expect(Object.hasOwn(broken as object, "$invalidJson")).toBe(true);
    expect((broken as UnreadableFile).$invalidJson).toBe(
      'line 1, column 3: is not valid JSON: expected a property name in double quotes, found "n"',
    );
  });

  it("loads every *.json of the folder, none left out, and skips the editors' schema", () => {
    const dir = folderWith("extra.json", topics('{ "id": "torture", "name": "Torture" }'));
    writeFileSync(join(dir, "data-file.schema.json"), "not read");
    expect(Object.keys(readDataFiles(dir))).toEqual(["data/base.json", "data/extra.json"]);
  });
});

describe("findJsonSyntaxError", () => {
  it("agrees with JSON.parse on what is valid", () => {
    const samples = [
      '{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]}',
      "[]",
      ' "x" ',
      '{"a":1,}',
      "[1 2]",
      "{'a':1}",
      "01",
      "[1,]",
      '"\\x"',
      "nul",
      "{}{}",
    ];
    for (const text of samples) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxError(text) === undefined, text).toBe(valid);
    }
  });

  it("counts columns in characters, not bytes", () => {
    expect(findJsonSyntaxError('{"ключ": 1 2}')).toMatchObject({ line: 1, column: 12 });
  });
});

describe("firstInvalidUtf8", () => {
  it("finds stray continuation bytes, overlong forms, surrogates and cut sequences", () => {
    expect(firstInvalidUtf8(Buffer.from("ok ё 😀"))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});
