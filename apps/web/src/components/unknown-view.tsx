import type { Unknown } from "@kz-hrc/core";
import { aboutDate } from "../lib/caveats";
import { DateText } from "./date-text";
import { CaveatPlace } from "./discrepancy-view";
import { Facts } from "./facts";
import { NotEstablished } from "./not-established";
import { RecordLink } from "./record-link";
import { RecordShell } from "./record-shell";

/** A fact looked for and not found, with where it was looked for. */
export function UnknownView({ unknown }: { unknown: Unknown }) {
  return (
    <RecordShell kind="unknown" id={unknown.id} title={unknown.question}>
      <p className="lede">
        Answer: <NotEstablished />
      </p>
      <CaveatPlace
        kind="unknown"
        area={unknown.area}
        significance={unknown.significance}
        date={aboutDate(unknown.about)}
      />
      <Facts
        facts={[
          {
            label: "About",
            value: unknown.about.length
              ? unknown.about.map((ref, i) => (
                  <span key={`${ref.kind}/${ref.id}`}>
                    {i > 0 ? ", " : null}
                    <RecordLink id={ref.id} kind={ref.kind} />
                  </span>
                ))
              : undefined,
          },
          { label: "Last checked", value: <DateText date={unknown.checkedOn} /> },
          { label: "Notes", value: unknown.notes },
        ]}
      />
      <section>
        <h2>Where it was looked for</h2>
        <ul>
          {unknown.searched.map((place) => (
            <li key={place}>{place}</li>
          ))}
        </ul>
      </section>
    </RecordShell>
  );
}
