import type { RecordKind } from "@kz-hrc/core";
import type { ReactNode } from "react";
import { KIND_LABELS } from "../lib/format";
import { urls } from "../lib/urls";
import { RecordBadges } from "./record-badges";

/** The frame of every record page: kind, title, open-question badges, then the body. */
export function RecordShell({ kind, id, title, subtitle, children }: { kind: RecordKind; id: string; title: ReactNode; subtitle?: string; children: ReactNode }) {
  return (
    <article className="record">
      <p className="kicker">
        <a href={urls.kindIndex(kind)}>{KIND_LABELS[kind].many}</a>
        {subtitle ? ` · ${subtitle}` : null}
      </p>
      <h1>{title}</h1>
      <RecordBadges record={{ kind, id }} />
      {children}
      <p className="muted">
        This record as JSON: <a href={urls.recordJson(kind, id)}>{urls.recordJson(kind, id)}</a>
      </p>
    </article>
  );
}
