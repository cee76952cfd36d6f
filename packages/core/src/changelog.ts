/**
 * @kz-hrc/core/changelog: what changed in the data from one released version to the
 * next, and since the latest release. Kept out of the main entry: it carries the latest
 * release's snapshot, which only the site's changelog page needs.
 */
import stored from "../provenance/changelog.json" with { type: "json" };
import { type ChangelogEntry, changelogOf, type StoredChangelog, snapshotOf } from "./export/snapshot.js";
import type { Dataset } from "./schemas/dataset.js";

export {
  type ChangelogEntry,
  changelogOf,
  compareSnapshots,
  type DatasetSnapshot,
  recordRelease,
  type SnapshotChanges,
  type StoredChangelog,
  snapshotOf,
} from "./export/snapshot.js";

/** The kept record of releases, as shipped with this package. */
export const STORED_CHANGELOG = stored as unknown as StoredChangelog;

/**
 * The releases, newest first, and the changes of `data` since the latest release (when
 * there are any): the changelog a reader of a cited version needs.
 */
export function dataChangelog(
  data: Dataset,
  date: string = new Date().toISOString().slice(0, 10),
): { releases: ChangelogEntry[]; unreleased?: ChangelogEntry } {
  return changelogOf(STORED_CHANGELOG, snapshotOf(data, date));
}
