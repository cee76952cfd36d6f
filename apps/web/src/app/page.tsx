import type { Metadata } from "next";
import { KindCounts } from "../components/kind-counts";
import { MembershipTimeline } from "../components/membership-timeline";
import { SearchForm } from "../components/search-form";
import { SummaryList } from "../components/summary-list";
import { WaysIn } from "../components/ways-in";
import { api } from "../lib/data";
import { pageMetadata } from "../lib/metadata";
import { SITE_DESCRIPTION, SITE_NAME, SITE_TITLE } from "../lib/site";
import { urls } from "../lib/urls";

export const metadata: Metadata = {
  ...pageMetadata(SITE_TITLE, SITE_DESCRIPTION, urls.home()),
  title: { absolute: `${SITE_TITLE} · ${SITE_NAME}` },
};

export default function HomePage() {
  const latest = api
    .listTimeline({ order: "newest" })
    .slice(0, 8)
    .flatMap((e) => api.getSummary(e.id) ?? []);
  return (
    <>
      <h1>{SITE_TITLE}</h1>
      <p className="lede">
        An open, sourced record of Kazakhstan&apos;s engagement with the UN Human Rights Council since the Council was
        created in 2006: elections and membership terms, Universal Periodic Reviews, what officials said at Council
        sessions, the reforms they cited, and what independent observers said about the same things. Every fact is
        anchored to a verbatim quote from a source; where sources disagree, every version is kept; what is not known is
        said to be not yet established.
      </p>
      <SearchForm id="home-search" />
      <section aria-labelledby="ways-heading">
        <h2 id="ways-heading">Start here</h2>
        <WaysIn />
      </section>
      <section aria-labelledby="glance-heading">
        <h2 id="glance-heading">At a glance</h2>
        <MembershipTimeline />
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest events</h2>
        <SummaryList items={latest} empty="No event is in the record yet." />
        <p>
          <a href={urls.timeline()}>The whole timeline, with filters</a>
        </p>
      </section>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">What the record holds</h2>
        <KindCounts />
      </section>
      <section aria-labelledby="more-heading">
        <h2 id="more-heading">Use the record</h2>
        <ul>
          <li>
            <a href={urls.data()}>Download the dataset</a>: JSON, CSV per collection, a Frictionless data package and a
            JSON Schema.
          </li>
          <li>
            <a href={urls.about()}>How the record is made</a>: method, curation rules, perspectives, accessibility.
          </li>
          <li>
            <a href={urls.feed()}>Atom feed of events</a>
          </li>
        </ul>
      </section>
    </>
  );
}
