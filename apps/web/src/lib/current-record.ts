/**
 * The record whose page is being rendered, so that a quote deep in the page can cite
 * itself with that page's address. Scoped to one render (React's cache), set by the
 * record frame before its body renders.
 */
import { cache } from "react";

const holder = cache((): { id?: string; anchors: Set<string> } => ({ anchors: new Set() }));

/** Marks the record this render's page is about. */
export function setCurrentRecord(id: string): void {
  holder().id = id;
}

/** The record this render's page is about, if a record frame set it. */
export function currentRecord(): string | undefined {
  return holder().id;
}

/**
 * The anchor for a quote the first time it appears on the page; undefined when the same
 * quote already carries it higher up (an id is unique on a page).
 */
export function claimAnchor(anchor: string): string | undefined {
  const { anchors } = holder();
  if (anchors.has(anchor)) return undefined;
  anchors.add(anchor);
  return anchor;
}
