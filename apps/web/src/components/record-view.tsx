import type { AnyRecord } from "@kz-hrc/core";
import { DiscrepancyView } from "./discrepancy-view";
import { EventView } from "./event-view";
import { MembershipTermView } from "./membership-term-view";
import { OrganizationView } from "./organization-view";
import { PersonView } from "./person-view";
import { RecommendationView } from "./recommendation-view";
import { ReformView } from "./reform-view";
import { SourceView } from "./source-view";
import { StatementView } from "./statement-view";
import { TopicView } from "./topic-view";
import { UnknownView } from "./unknown-view";
import { UprReviewView } from "./upr-review-view";
import { VoteView } from "./vote-view";

/** The page body of any record, by its kind. */
export function RecordView({ entry }: { entry: AnyRecord }) {
  switch (entry.kind) {
    case "event":
      return <EventView event={entry.record} />;
    case "statement":
      return <StatementView statement={entry.record} />;
    case "person":
      return <PersonView person={entry.record} />;
    case "organization":
      return <OrganizationView organization={entry.record} />;
    case "source":
      return <SourceView source={entry.record} />;
    case "topic":
      return <TopicView topic={entry.record} />;
    case "upr-review":
      return <UprReviewView review={entry.record} />;
    case "membership-term":
      return <MembershipTermView term={entry.record} />;
    case "recommendation":
      return <RecommendationView recommendation={entry.record} />;
    case "vote":
      return <VoteView vote={entry.record} />;
    case "reform":
      return <ReformView reform={entry.record} />;
    case "discrepancy":
      return <DiscrepancyView discrepancy={entry.record} />;
    case "unknown":
      return <UnknownView unknown={entry.record} />;
  }
}
