import type { RecordRef } from "@kz-hrc/core";
import type { DocLine } from "./doc.js";
import { type DocRow, docRows } from "./doc-rows.js";
import { type ListResult, sectionItems } from "./lists.js";
import type { Loaded } from "./load.js";
import type { SectionView } from "./nav.js";
import { recordDoc } from "./record-doc.js";
import type { Env } from "./update.js";

/** A small cache that forgets the oldest entries. */
function cache<T>(size: number) {
  const entries = new Map<string, T>();
  return (key: string, make: () => T): T => {
    if (entries.has(key)) return entries.get(key) as T;
    const value = make();
    entries.set(key, value);
    if (entries.size > size) entries.delete(entries.keys().next().value as string);
    return value;
  };
}

/** What the browser shows, computed once per query, record and width, for the screens and the key update alike. */
export function createModel(loaded: Loaded) {
  const { api, statusOf } = loaded;
  const lists = cache<ListResult>(64);
  const docs = cache<DocLine[] | undefined>(64);
  const wrapped = cache<DocRow[]>(64);
  const model = {
    items: (view: Pick<SectionView, "section" | "query">): ListResult =>
      lists(`${view.section}\u0000${view.query}`, () => sectionItems(api, view.section, view.query)),
    lines: (id: string): DocLine[] | undefined => docs(id, () => recordDoc(api, id, statusOf)),
    rows: (id: string, width: number): DocRow[] =>
      wrapped(`${width}\u0000${id}`, () => docRows(model.lines(id) ?? [], width)),
    /** The update's view of the screen at a size. */
    env(width: number, height: number, helpLength: number): Env {
      return {
        items: (view) => model.items(view),
        record: (id) => {
          const lines = model.lines(id);
          if (!lines) return undefined;
          return { rows: model.rows(id, width), linkAt: (line): RecordRef | undefined => lines[line]?.link };
        },
        listPage: Math.max(1, height - 1),
        recordPage: Math.max(1, height),
        helpPage: Math.max(1, height - 1),
        helpLength,
      };
    },
  };
  return model;
}

export type Model = ReturnType<typeof createModel>;
