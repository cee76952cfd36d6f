import { SITE_NAME } from "../lib/site";
import { urls } from "../lib/urls";
import { NavLinks } from "./nav-links";

const NAV = [
  { href: urls.timeline(), label: "Timeline" },
  { href: urls.kindIndex("event"), label: "Events" },
  { href: urls.kindIndex("statement"), label: "Statements" },
  { href: urls.claims(), label: "Claims" },
  { href: urls.kindIndex("recommendation"), label: "Recommendations" },
  { href: urls.kindIndex("vote"), label: "Votes" },
  { href: urls.search(), label: "Search" },
  { href: urls.data(), label: "Data" },
  { href: urls.about(), label: "About" },
];

/** The banner: site name and main navigation. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="wrap site-header__inner">
        <a className="site-name" href={urls.home()}>
          {SITE_NAME}
          <span className="site-name__long"> · Kazakhstan at the UN Human Rights Council</span>
        </a>
        <nav aria-label="Main">
          <NavLinks items={NAV} />
        </nav>
      </div>
    </header>
  );
}
