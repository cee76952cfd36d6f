import { describe, expect, it } from "vitest";
import { DataValidationError } from "../data/errors.js";
import { loadDataset } from "../data/load.js";
import { fixtureFile } from "../test/fixture.js";
import { isTestHost, sourceAddresses, unSymbolUrl } from "./addresses.js";

describe("sourceAddresses", () => {
  it("shows the url as the original when the source names no copy", () => {
    expect(sourceAddresses({ url: "https://press.un.org/a" })).toEqual({
      original: "https://press.un.org/a",
      textAt: "https://press.un.org/a",
      originalUnknown: false,
    });
  });

  it("keeps the original and the copy read apart", () => {
    const a = sourceAddresses({
      url: "https://docslib.org/doc/1",
      copy: "document-sharing",
      canonicalUrl: "https://undocs.org/A/HRC/7/78",
    });
    expect(a.original).toBe("https://undocs.org/A/HRC/7/78");
    expect(a.readAt).toEqual({
      url: "https://docslib.org/doc/1",
      copy: "document-sharing",
      label: "a copy uploaded to a document-sharing site",
    });
    expect(a.originalUnknown).toBe(false);
  });

  it("says the original is unknown rather than show a test host as the original", () => {
    const a = sourceAddresses({ url: "https://web.test.ohchr.un-icc.cloud/en/x", copy: "test-host" });
    expect(a.original).toBeUndefined();
    expect(a.originalUnknown).toBe(true);
    expect(a.readAt?.url).toBe("https://web.test.ohchr.un-icc.cloud/en/x");
  });
});

describe("test hosts and symbols", () => {
  it("recognises test and staging hosts", () => {
    expect(isTestHost("https://web.test.ohchr.un-icc.cloud/en/a")).toBe(true);
    expect(isTestHost("https://web.dev.ohchr.un-icc.cloud/en/a")).toBe(true);
    expect(isTestHost("https://staging.example.org/")).toBe(true);
    expect(isTestHost("https://www.ohchr.org/en/a")).toBe(false);
    expect(isTestHost("https://data-static.usercontent.dev/a")).toBe(false);
  });

  it("links a UN symbol as the UN documents it", () => {
    expect(unSymbolUrl("A/HRC/28/10")).toBe("https://undocs.org/A/HRC/28/10");
    expect(unSymbolUrl("E/C.12/KAZ/FCO/2")).toBe("https://undocs.org/E/C.12/KAZ/FCO/2");
  });

  it("rejects data that shows a test host as a source's own address", () => {
    const file = fixtureFile();
    file.sources![0]!.url = "https://web.test.ohchr.un-icc.cloud/en/press-releases/x";
    expect(() => loadDataset({ "data/test.json": file }, "t")).toThrow(DataValidationError);
    file.sources![0]!.copy = "test-host";
    expect(() => loadDataset({ "data/test.json": file }, "t")).not.toThrow();
    file.sources![0]!.canonicalUrl = "https://web.dev.example.org/x";
    expect(() => loadDataset({ "data/test.json": file }, "t")).toThrow(/test or staging host/);
  });

  it("rejects an original's address without a copy, or equal to the copy's", () => {
    const file = fixtureFile();
    file.sources![0]!.canonicalUrl = "https://undocs.org/A/1";
    expect(() => loadDataset({ "data/test.json": file }, "t")).toThrow(/needs `copy`/);
    file.sources![0]!.copy = "mirror";
    file.sources![0]!.canonicalUrl = file.sources![0]!.url;
    expect(() => loadDataset({ "data/test.json": file }, "t")).toThrow(/same as `url`/);
  });
});
