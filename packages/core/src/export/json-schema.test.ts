import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load.js";
import { DataFile } from "../schemas/data-file.js";
import { Dataset } from "../schemas/dataset.js";
import { fixtureFile } from "../test/fixture.js";
import { exportDatasetOf } from "./dataset.js";
import { dataFileJsonSchema, datasetJsonSchema } from "./json-schema.js";

// A kept JSON Schema validator, as a reader of the published schema would use it.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const datasetSchema = ajv.compile(datasetJsonSchema());
const dataFileSchema = ajv.compile(dataFileJsonSchema());

type Exported = ReturnType<typeof exportDatasetOf>;
const exported = (): Exported => exportDatasetOf(loadDataset({ "data/test.json": fixtureFile() }, "test"));

/** Malformed records, each a fault the validator names: the schema must reject every one too. */
const CASES: [string, (d: Exported) => void][] = [
  ["an impossible date", (d) => void (d.events[0]!.date = "2012-02-30")],
  ["29 February of a common year", (d) => void (d.events[0]!.date = "2011-02-29")],
  ["a month 13", (d) => void (d.sources[0]!.published = "2012-13")],
  ["a date that is no date", (d) => void (d.statements[0]!.date = "yesterday")],
  ["a date with a time", (d) => void (d.events[0]!.date = "2012-11-12T10:00")],
  ["a bidi override", (d) => void (d.people[0]!.name = "A \u202eMinister")],
  ["an escape sequence", (d) => void (d.events[0]!.summary = "Elected \u001b[31mred")],
  ["a zero-width space", (d) => void (d.topics[0]!.name = "Council\u200bmembership")],
  ["an Arabic letter mark", (d) => void (d.events[0]!.title = "\u061cElected")],
  [
    "a line separator",
    (d) => void (d.reforms.length ? (d.reforms[0]!.summary = "a\u2028b") : (d.events[0]!.summary = "a\u2028b")),
  ],
  ["a soft hyphen", (d) => void (d.sources[0]!.title = "elec\u00adtion")],
  ["a javascript: URL", (d) => void (d.sources[0]!.url = "javascript:alert(1)")],
  ["an ftp URL", (d) => void (d.organizations[0]!.url = "ftp://example.org/")],
  ["a blank title", (d) => void (d.events[0]!.title = "   ")],
  ["an empty name", (d) => void (d.topics[0]!.name = "")],
  ["a title too long", (d) => void (d.events[0]!.title = "t".repeat(301))],
  ["a summary too long", (d) => void (d.events[0]!.summary = "s".repeat(2001))],
  ["a quote too long", (d) => void (d.events[0]!.citations[0]!.quote = "q".repeat(601))],
  ["a locator too long", (d) => void (d.events[0]!.citations[0]!.locator = "l".repeat(121))],
  ["an id that is no slug", (d) => void (d.topics[0]!.id = "Not A Slug")],
  ["a digest in upper case", (d) => void (d.sources[0]!.archiveSha256 = "A".repeat(64))],
  ["a language of three letters", (d) => void (d.sources[0]!.language = "eng")],
  ["a word outside a vocabulary", (d) => void ((d.events[0] as { kind: string }).kind = "party")],
  ["an unknown field", (d) => void Object.assign(d.events[0]!, { colour: "red" })],
  ["a missing required field", (d) => void delete (d.events[0] as { summary?: string }).summary],
  ["no citation", (d) => void (d.events[0]!.citations = [])],
  ["a participant who is nobody", (d) => void (d.events[0]!.participants[0] = { role: "candidate" } as never)],
  ["a statement by no one", (d) => void delete (d.statements[1] as { organizationId?: string }).organizationId],
  ["a negative vote count", (d) => void (d.membershipTerms[0]!.votes!.received = -1)],
  ["a cycle that is not a whole number", (d) => void (d.uprReviews[0]!.cycle = 2.5)],
  ["a UPR cycle 10", (d) => void (d.uprReviews[0]!.cycle = 10)],
  ["a vote symbol not in the UN's form", (d) => void (d.votes[0]!.symbol = "HRC res 25/1")],
  ["a country code in lower case", (d) => void (d.organizations[2]!.country = "kz")],
];

describe("the published JSON Schema rejects what the validator rejects", () => {
  it("accepts the valid dataset, as the validator does", () => {
    const data = exported();
    expect(Dataset.safeParse(data).success).toBe(true);
    expect(datasetSchema(data), JSON.stringify(datasetSchema.errors)).toBe(true);
  });

  it.each(CASES)("rejects %s in both", (_, mutate) => {
    const data = exported();
    mutate(data);
    expect(Dataset.safeParse(data).success, "validator").toBe(false);
    expect(datasetSchema(data), "JSON Schema").toBe(false);
  });

  it.each(CASES)("rejects %s in a data file too", (_, mutate) => {
    const data = exported();
    mutate(data);
    const { version: _version, ...file } = data;
    expect(DataFile.safeParse(file).success, "validator").toBe(false);
    expect(dataFileSchema(file), "JSON Schema").toBe(false);
  });

  it("accepts a joiner between letters in both, as Persian spells it", () => {
    const data = exported();
    data.topics[0]!.name = "می\u200cخواهم";
    expect(Dataset.safeParse(data).success).toBe(true);
    expect(datasetSchema(data)).toBe(true);
  });

  it("accepts every data file of the record", () => {
    const dataDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");
    for (const name of readdirSync(dataDir).filter((n) => n.endsWith(".json") && !n.endsWith(".schema.json"))) {
      const file = JSON.parse(readFileSync(join(dataDir, name), "utf8"));
      expect(dataFileSchema(file), `${name}: ${JSON.stringify(dataFileSchema.errors?.slice(0, 3))}`).toBe(true);
    }
  });
});
