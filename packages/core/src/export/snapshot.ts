/**
 * Snapshots of the dataset's records (id, kind and a digest of the record's content),
 * kept one per released version, so that whoever cited a record can see what changed
 * since: records added, changed and removed between two versions.
 */

import { allRecords } from "../query/store.js";
import type { Dataset } from "../schemas/dataset.js";
import type { RecordKind } from "../schemas/kinds.js";

/** A released version's records, each with its kind and a digest of its content. */
export interface DatasetSnapshot {
  version: string;
  /** The day the snapshot was taken, YYYY-MM-DD. */
  date: string;
  records: Record<string, { kind: RecordKind; digest: string }>;
}

/** Records that differ between two snapshots, by id, each list sorted. */
export interface SnapshotChanges {
  added: { id: string; kind: RecordKind }[];
  changed: { id: string; kind: RecordKind }[];
  removed: { id: string; kind: RecordKind }[];
}

/** JSON with object keys sorted at every level, so equal records serialize equally. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * A 64-bit digest (two 32-bit FNV-1a lanes) of a text, as 16 hex digits. Pure JS, so
 * it runs wherever the dataset does; it tells whether a record changed, not a secret.
 */
export function contentDigest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch ^ (i & 0xff), 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** The snapshot of a dataset: every record's id, kind and content digest, sorted by id. */
export function snapshotOf(data: Omit<Dataset, "version"> & { version: string }, date: string): DatasetSnapshot {
  const records = allRecords(data)
    .map((entry) => [entry.record.id, { kind: entry.kind, digest: contentDigest(stableJson(entry.record)) }] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { version: data.version, date, records: Object.fromEntries(records) };
}

/** What changed from one snapshot to the next. */
export function compareSnapshots(
  before: Pick<DatasetSnapshot, "records">,
  after: Pick<DatasetSnapshot, "records">,
): SnapshotChanges {
  const changes: SnapshotChanges = { added: [], changed: [], removed: [] };
  for (const [id, record] of Object.entries(after.records)) {
    const previous = Object.hasOwn(before.records, id) ? before.records[id] : undefined;
    if (!previous) changes.added.push({ id, kind: record.kind });
    else if (previous.digest !== record.digest) changes.changed.push({ id, kind: record.kind });
  }
  for (const [id, record] of Object.entries(before.records)) {
    if (!Object.hasOwn(after.records, id)) changes.removed.push({ id, kind: record.kind });
  }
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  changes.added.sort(byId);
  changes.changed.sort(byId);
  changes.removed.sort(byId);
  return changes;
}

/** Compares two versions written as dotted numbers (1.10.0 after 1.9.2). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split(/[.+-]/).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** One version in the changelog: what it added, changed and removed since the version before. */
export interface ChangelogEntry {
  version: string;
  date: string;
  /** The records of the version (for the first release, every one is new). */
  total: number;
  /** Undefined for the first release, which has no version before it. */
  since?: string;
  changes?: SnapshotChanges;
}

/**
 * The kept record of releases: what each version changed since the one before, and the
 * latest release's full snapshot, against which the current data is compared.
 */
export interface StoredChangelog {
  /** Oldest first. */
  releases: ChangelogEntry[];
  latest?: DatasetSnapshot;
}

/**
 * Records the current data as a release, compared with the latest release. The first
 * release may be recorded again (until a second exists); any later change of data needs
 * a new version, so that a published version's changes never move.
 */
export function recordRelease(stored: StoredChangelog, current: DatasetSnapshot): StoredChangelog {
  const total = Object.keys(current.records).length;
  const latest = stored.latest;
  if (!latest || (latest.version === current.version && stored.releases.length <= 1)) {
    return { releases: [{ version: current.version, date: current.date, total }], latest: current };
  }
  if (compareVersions(current.version, latest.version) <= 0) {
    throw new Error(
      `version ${current.version} is not after the latest release ${latest.version}: raise the version first`,
    );
  }
  const entry = {
    version: current.version,
    date: current.date,
    total,
    since: latest.version,
    changes: compareSnapshots(latest, current),
  };
  return { releases: [...stored.releases, entry], latest: current };
}

/**
 * The data changelog as readers see it: the releases newest first, and the current
 * data compared with the latest release when they differ (changes not yet released).
 */
export function changelogOf(
  stored: StoredChangelog,
  current?: DatasetSnapshot,
): { releases: ChangelogEntry[]; unreleased?: ChangelogEntry } {
  const releases = [...stored.releases].reverse();
  const latest = stored.latest;
  if (!current || !latest) return { releases };
  const changes = compareSnapshots(latest, current);
  if (changes.added.length + changes.changed.length + changes.removed.length === 0) return { releases };
  return {
    releases,
    unreleased: {
      version: current.version,
      date: current.date,
      total: Object.keys(current.records).length,
      since: latest.version,
      changes,
    },
  };
}
