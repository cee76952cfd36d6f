/** One entry of a page's table of contents: the id of the part it jumps to and its name. */
export interface ContentsEntry {
  id: string;
  label: string;
}

/** Long pages only: with fewer parts than this, a table of contents is noise. */
export const CONTENTS_MIN = 4;

/**
 * A table of contents for a long record page: plain in-page links, no script. On small
 * screens it is one line that opens on request, so the content stays on the first
 * screen; wide screens show it open (globals.css).
 */
export function PageContents({ entries }: { entries: readonly ContentsEntry[] }) {
  if (entries.length < CONTENTS_MIN) return null;
  return (
    <nav className="page-contents" aria-label="On this page">
      <details className="page-contents__disclosure">
        <summary>On this page ({entries.length} parts)</summary>
        <ol>
          {entries.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.label}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
