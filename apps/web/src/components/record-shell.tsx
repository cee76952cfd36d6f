import type { RecordKind } from "@kz-hrc/core";
import { Children, isValidElement, type ReactNode } from "react";
import { setCurrentRecord } from "../lib/current-record";
import { KIND_LABELS } from "../lib/format";
import { urls } from "../lib/urls";
import { CiteBlock } from "./cite-block";
import { type ContentsEntry, PageContents } from "./page-contents";
import { RecordBadges } from "./record-badges";

/** Whether a node is the record's summary paragraph (`<p className="lede">`). */
const isLede = (node: ReactNode) =>
  isValidElement<{ className?: string }>(node) && node.type === "p" && node.props.className === "lede";

/**
 * The frame of every record page: kind, title, the summary (when the body opens with its
 * lede), the caveats in one line, a table of contents on long pages, then the body.
 */
export function RecordShell({
  kind,
  id,
  title,
  subtitle,
  contents,
  children,
}: {
  kind: RecordKind;
  id: string;
  title: ReactNode;
  subtitle?: string;
  /** The page's parts, for a table of contents when there are enough of them. */
  contents?: readonly ContentsEntry[];
  children: ReactNode;
}) {
  // Quotes in the body cite themselves with this record's page address.
  setCurrentRecord(id);
  // Content before caveats: the summary comes first, the caveats right after it.
  const [first, ...rest] = Children.toArray(children);
  const lede = isLede(first) ? first : null;
  return (
    <article className="record">
      <p className="kicker">
        <a href={urls.kindIndex(kind)}>{KIND_LABELS[kind].many}</a>
        {subtitle ? ` · ${subtitle}` : null}
      </p>
      <h1>{title}</h1>
      {lede}
      <RecordBadges record={{ kind, id }} />
      {contents ? <PageContents entries={contents} /> : null}
      {lede ? rest : children}
      <CiteBlock id={id} />
      <p className="muted">
        This record as JSON: <a href={urls.recordJson(kind, id)}>{urls.recordJson(kind, id)}</a>
      </p>
    </article>
  );
}
