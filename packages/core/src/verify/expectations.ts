/**
 * Which sources a verification run must match, and what it says about those it could not.
 * A run states its expectations in one of two ways:
 *  - reference folders named in provenance/reference-texts.json (the seed articles, the UN
 *    documents' text copies): each listed file must be in its folder and be the archived
 *    text of its source, byte for byte (its SHA-256 is the source's archiveSha256); the
 *    texts of other sources are expected elsewhere;
 *  - any other folder: every source with an archiveSha256 is expected to be matched,
 *    except the sources the run names as absent (`--expect-absent <file>`).
 * An expected source that no file matches fails the run, with every quote it leaves
 * unchecked named: a mistyped digest can no longer turn checked quotes into unchecked ones
 * in silence.
 */
import { z } from "zod";
import type { PlacedCitation } from "../data/citations.js";
import { Id } from "../schemas/primitives.js";
import type { Source } from "../schemas/source.js";
import type { ArchivedText, VerificationReport } from "./verify.js";

/** The record of which file of which reference folder is the archived text of which source. */
export const ReferenceTexts = z.strictObject({
  $comment: z.string().optional(),
  folders: z.record(z.string().regex(/^[^/\\]+$/), z.record(z.string().regex(/^[^/\\]+$/), Id)),
});
export type ReferenceTexts = z.infer<typeof ReferenceTexts>;

/** A folder the run was given, read. */
export interface GivenFolder {
  /** As given, for messages. */
  path: string;
  /** Its last path segment, by which the reference-texts record knows it. */
  name: string;
  files: readonly ArchivedText[];
}

/** An expected source the run could not check. */
export interface MissedSource {
  sourceId: string;
  /** Why, in words: the file is missing, or its digest is not the source's. */
  reason: string;
  /** The quotes it leaves unchecked. */
  unchecked: PlacedCitation[];
}

export interface ExpectationReport {
  /** Expected sources matched to no archived text: each fails the run. */
  missed: MissedSource[];
  /** Problems with the reference-texts record itself (a source that does not exist…): each fails the run. */
  problems: string[];
  /** Sources with an archived-text digest that this run did not expect (their texts are kept elsewhere). */
  notExpected: string[];
  /** Sources without an archived-text digest: nothing can check their quotes by machine. */
  withoutDigest: string[];
}

const short = (sha: string) => `${sha.slice(0, 12)}…`;

/** Compares what a run matched with what it was expected to match. */
export function checkExpectations(input: {
  sources: readonly Source[];
  report: VerificationReport;
  folders: readonly GivenFolder[];
  references: ReferenceTexts;
  /** Sources the run states are absent from its folders, if it names them. */
  expectAbsent?: ReadonlySet<string>;
}): ExpectationReport {
  const { sources, report, folders, references, expectAbsent } = input;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const unchecked = new Map<string, PlacedCitation[]>();
  for (const placed of report.unchecked)
    unchecked.set(placed.citation.sourceId, [...(unchecked.get(placed.citation.sourceId) ?? []), placed]);
  const missed = new Map<string, MissedSource>();
  const problems: string[] = [];
  // Sources a reference folder is known to hold, and sources expected because a folder is not a known one.
  const listed = new Set<string>();
  const others = new Set<string>();
  const digested = sources.filter((s) => s.archiveSha256 !== undefined).map((s) => s.id);
  const miss = (sourceId: string, reason: string) => {
    if (!missed.has(sourceId)) missed.set(sourceId, { sourceId, reason, unchecked: unchecked.get(sourceId) ?? [] });
  };

  for (const folder of folders) {
    const holds = Object.hasOwn(references.folders, folder.name) ? references.folders[folder.name] : undefined;
    if (!holds) {
      // A folder the record does not know: every source with a digest is expected in it, unless named absent.
      for (const id of digested) others.add(id);
      continue;
    }
    const files = new Map(folder.files.map((f) => [f.name, f]));
    for (const [fileName, sourceId] of Object.entries(holds)) {
      const source = byId.get(sourceId);
      if (!source) {
        problems.push(`${folder.path}/${fileName} is listed as the text of source "${sourceId}", which does not exist`);
        continue;
      }
      listed.add(sourceId);
      const file = files.get(fileName);
      if (!source.archiveSha256)
        miss(sourceId, `it has no archiveSha256, yet ${folder.path}/${fileName} is its archived text`);
      else if (!file) miss(sourceId, `${folder.path}/${fileName}, its archived text, is not in the folder`);
      else if (file.sha256 !== source.archiveSha256) {
        miss(
          sourceId,
          `its archiveSha256 ${short(source.archiveSha256)} is not the SHA-256 of ${folder.path}/${fileName} (${short(file.sha256)})`,
        );
      }
    }
  }
  if (expectAbsent) {
    for (const id of digested) others.add(id);
    for (const id of expectAbsent) {
      others.delete(id);
      if (!byId.has(id)) problems.push(`--expect-absent names source "${id}", which does not exist`);
    }
  }
  const expected = new Set([...listed, ...others]);
  for (const id of expected) {
    const source = byId.get(id);
    if (source?.archiveSha256 && !report.matchedSources.has(id)) {
      miss(
        id,
        `no file in ${folders.map((f) => f.path).join(", ") || "the given folders"} has its archiveSha256 ${short(source.archiveSha256)}`,
      );
    }
  }
  // A source the run matched after all (say, a second copy of the file elsewhere) was checked.
  for (const id of [...missed.keys()]) if (report.matchedSources.has(id)) missed.delete(id);
  return {
    missed: [...missed.values()].sort((a, b) => a.sourceId.localeCompare(b.sourceId)),
    problems,
    notExpected: digested.filter((id) => !expected.has(id) && !report.matchedSources.has(id)),
    withoutDigest: sources.filter((s) => s.archiveSha256 === undefined).map((s) => s.id),
  };
}

/** Reads an `--expect-absent` list: one source id a line; blank lines and `#` comments ignored. */
export function parseSourceList(text: string): Set<string> {
  return new Set(
    text
      .split(/\r?\n/)
      .map((line) => line.replace(/#.*$/, "").trim())
      .filter((line) => line !== ""),
  );
}
