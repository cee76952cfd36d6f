import { RECORD_KINDS } from "@kz-hrc/core";
import { api } from "../lib/data";
import { KIND_LABELS } from "../lib/format";
import { urls } from "../lib/urls";

/** The footer: every index page, the downloads, the feed and the dataset version. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <nav aria-label="All records">
          <h2 className="footer-heading">Browse the record</h2>
          <ul className="inline-list">
            {RECORD_KINDS.map((kind) => (
              <li key={kind}>
                <a href={urls.kindIndex(kind)}>{KIND_LABELS[kind].many}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          Dataset version {api.dataset.version}. Data under CC BY 4.0: <a href={urls.data()}>download it</a>, follow the{" "}
          <a href={urls.feed()}>Atom feed of events</a>, or read <a href={urls.about()}>how the record is made</a>.
        </p>
      </div>
    </footer>
  );
}
