import { PERSPECTIVES } from "@kz-hrc/core";
import { CoverageSection } from "../../components/coverage-section";
import { PERSPECTIVE_LABELS } from "../../lib/format";
import { pageMetadata } from "../../lib/metadata";
import { urls } from "../../lib/urls";

export const metadata = pageMetadata(
  "About",
  "How the record is made: method, curation rules, perspectives, and the accessibility statement.",
  urls.about(),
);

const PERSPECTIVE_NOTES: Record<(typeof PERSPECTIVES)[number], string> = {
  "kazakh-government":
    "Ministries, the presidency, missions and other state bodies of Kazakhstan speaking for themselves.",
  "kazakh-state-affiliated-media":
    "Kazakh outlets owned or directed by the state, often relaying official press services.",
  "independent-media": "Outlets not controlled by the Kazakh state.",
  intergovernmental: "The UN and its bodies, the OSCE and similar organizations, including UN documents.",
  "foreign-government": "Other states' governments and parliaments, such as the European Parliament.",
  "civil-society": "Non-governmental organizations, domestic and international.",
  academic: "Researchers and academic publications.",
};

export default function AboutPage() {
  return (
    <>
      <h1>About the record</h1>
      <p className="lede">
        kz-hrc is an open, sourced record of Kazakhstan&apos;s engagement with the UN Human Rights Council, from the
        Council&apos;s creation in 2006 to today.
      </p>
      <section aria-labelledby="method-heading">
        <h2 id="method-heading">Method</h2>
        <ul>
          <li>Every fact carries at least one citation: the source and a short verbatim quote from it.</li>
          <li>
            A source records the SHA-256 of the archived text its quotes were taken from, and a verifier checks by
            machine that each quote occurs in that text. Pages say of each quote whether it was machine-checked.
          </li>
          <li>
            An official&apos;s statement is shown beside independent assessments of the same topic and period, each link
            typed (supports, contradicts, gives context). The record gives no verdict of its own.
          </li>
          <li>
            Where sources disagree, every variant is kept with its sources, one is marked preferred and the reason is
            written down: see the <a href={urls.kindIndex("discrepancy")}>discrepancies</a>.
          </li>
          <li>
            Facts looked for and not found are records too, shown as &ldquo;not yet established&rdquo;: see the{" "}
            <a href={urls.kindIndex("unknown")}>unknowns</a>.
          </li>
          <li>Reforms are staged processes: signed, ratified, in force, entrenched, each stage with its own date.</li>
          <li>One press release carried by many outlets counts as one origin when corroboration is counted.</li>
          <li>
            Dates are shown at the precision the sources give (a year, a month or a day), never with an invented day.
          </li>
        </ul>
      </section>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">Curation rules</h2>
        <ul>
          <li>No fact, quote, date, count, URL or name without a source the curators actually read.</li>
          <li>
            Quotes are verbatim and short. Summaries are in our own neutral words, with no praise or blame outside a
            quote.
          </li>
          <li>Claims are attributed to who made them; facts established by primary documents are stated as facts.</li>
          <li>Primary sources (UN documents, official records) are preferred over press reports of them.</li>
          <li>Record identifiers are stable: they are the addresses of these pages and are never renamed.</li>
        </ul>
      </section>
      <section aria-labelledby="perspectives-heading">
        <h2 id="perspectives-heading">Perspectives</h2>
        <p>
          Every source is marked with who is speaking through it, so that a claim can be weighed against independent
          accounts.
        </p>
        <dl className="facts">
          {PERSPECTIVES.map((p) => (
            <div key={p} className="facts__row">
              <dt>{PERSPECTIVE_LABELS[p]}</dt>
              <dd>{PERSPECTIVE_NOTES[p]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <CoverageSection />
      <section aria-labelledby="a11y-heading">
        <h2 id="a11y-heading">Accessibility statement</h2>
        <p>
          This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Pages use semantic
          HTML (headings, lists, landmarks), a skip link, visible keyboard focus, labelled form controls and colours
          that meet AA contrast in light and dark schemes. The membership chart on the home page has its facts listed as
          text beside it. Every page works without JavaScript; the timeline filters and live search need it, and say so.
          Each release is checked with axe-core in Chromium and by keyboard.
        </p>
        <p>
          The site loads nothing from other origins: no fonts, scripts, images or trackers. If something is hard to use,
          please report it where the project is developed.
        </p>
      </section>
    </>
  );
}
