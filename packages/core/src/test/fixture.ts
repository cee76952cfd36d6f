import type { DataFile } from "../schemas/data-file.js";

/** A small, valid data file that tests change one field at a time. */
export function fixtureFile(): DataFile {
  return {
    sources: [
      {
        id: "un-press-election",
        title: "General Assembly elects 18 members of the Human Rights Council",
        publisherId: "un",
        url: "https://press.un.org/en/2012/ga11313.doc.htm",
        published: "2012-11-12",
        language: "en",
        kind: "press-release",
        perspective: "intergovernmental",
        archiveSha256: "a".repeat(64),
      },
      {
        id: "outlet-copy",
        title: "Kazakhstan elected",
        publisherId: "outlet",
        published: "2012-11-13",
        language: "en",
        kind: "news",
        perspective: "independent-media",
        republishes: "un-press-election",
      },
    ],
    organizations: [
      { id: "un", name: "United Nations", kind: "un-body" },
      { id: "outlet", name: "An Outlet", kind: "media" },
      { id: "kazakhstan", name: "Republic of Kazakhstan", kind: "state", country: "KZ" },
      { id: "watchdog", name: "A Watchdog", kind: "ngo" },
      { id: "france", name: "French Republic", kind: "state", country: "FR" },
      { id: "brazil", name: "Federative Republic of Brazil", kind: "state", country: "BR" },
    ],
    people: [
      {
        id: "a-minister",
        name: "A Minister",
        roles: [
          {
            title: "Minister",
            organizationId: "kazakhstan",
            asOf: "2021-02",
            citations: [{ sourceId: "outlet-copy", quote: "the Minister said" }],
          },
        ],
      },
    ],
    topics: [
      { id: "council-membership", name: "Council membership" },
      { id: "death-penalty", name: "Death penalty" },
    ],
    events: [
      {
        id: "election-2012",
        title: "Kazakhstan elected to the Council",
        kind: "election",
        date: "2012-11-12",
        participants: [{ organizationId: "kazakhstan", role: "candidate" }],
        topicIds: ["council-membership"],
        summary: "The General Assembly elected Kazakhstan.",
        citations: [{ sourceId: "un-press-election", quote: "Kazakhstan was elected with 183 votes." }],
      },
      {
        id: "speech-2021",
        title: "Minister speaks at the Council",
        kind: "high-level-segment",
        date: "2021-02",
        participants: [{ personId: "a-minister", role: "speaker" }],
        topicIds: ["death-penalty"],
        summary: "The minister addressed the Council on abolition.",
        citations: [{ sourceId: "outlet-copy", quote: "the Minister said the death penalty was abolished" }],
      },
    ],
    statements: [
      {
        id: "claim",
        speakerId: "a-minister",
        eventId: "speech-2021",
        date: "2021-02",
        quote: "the death penalty was abolished",
        kind: "achievement-claim",
        topicIds: ["death-penalty"],
        assesses: [],
        citations: [{ sourceId: "outlet-copy", quote: "the Minister said the death penalty was abolished" }],
      },
      {
        id: "assessment",
        organizationId: "watchdog",
        date: "2021-03",
        quote: "abolition is not complete",
        kind: "assessment",
        topicIds: ["death-penalty"],
        assesses: [{ statementId: "claim", relation: "contradicts", note: "Disputes the extent of abolition." }],
        citations: [{ sourceId: "un-press-election", quote: "abolition is not complete" }],
      },
    ],
    uprReviews: [
      {
        id: "upr-cycle-2",
        cycle: 2,
        reviewDate: "2014-10-30",
        recommendations: { received: 2, supported: 1, noted: 1 },
        troikaIds: [],
        documents: [],
        eventIds: [],
        citations: [{ sourceId: "un-press-election", quote: "Kazakhstan was elected" }],
      },
    ],
    recommendations: [
      {
        id: "upr-2-126-2",
        reviewId: "upr-cycle-2",
        number: "126.2",
        text: "Abolish the death penalty",
        recommendingStateIds: ["france", "brazil"],
        response: "noted",
        topicIds: ["death-penalty"],
        related: [],
        citations: [{ sourceId: "un-press-election", quote: "did not enjoy the support", locator: "para. 126.2" }],
      },
      {
        id: "upr-2-124-10",
        reviewId: "upr-cycle-2",
        number: "124.10",
        text: "Continue reforms",
        recommendingStateIds: ["brazil"],
        response: "supported-implemented",
        topicIds: [],
        related: [],
        citations: [{ sourceId: "un-press-election", quote: "enjoy the support", locator: "para. 124.10" }],
      },
    ],
    votes: [
      {
        id: "a-hrc-res-25-1",
        symbol: "A/HRC/RES/25/1",
        body: "human-rights-council",
        subject: "resolution",
        title: "Promoting reconciliation",
        session: "HRC 25",
        date: "2014-03-27",
        adopted: true,
        totals: { inFavour: 23, against: 12, abstaining: 12 },
        positions: [
          {
            stateId: "kazakhstan",
            vote: "abstained",
            citations: [{ sourceId: "outlet-copy", quote: "Kazakhstan abstained" }],
          },
        ],
        topicIds: [],
        citations: [{ sourceId: "un-press-election", quote: "adopted by a vote of 23 to 12" }],
      },
    ],
    membershipTerms: [
      {
        id: "term-2013-2015",
        start: "2013-01-01",
        end: "2015-12-31",
        electionEventId: "election-2012",
        regionalGroup: "asia-pacific",
        votes: { received: 183, of: 193 },
        citations: [{ sourceId: "un-press-election", quote: "Kazakhstan was elected with 183 votes." }],
      },
    ],
    discrepancies: [
      {
        id: "election-date",
        title: "Date of the 2012 election",
        about: [{ kind: "event", id: "election-2012" }],
        field: "date",
        variants: [
          {
            value: "12 November 2012",
            citations: [{ sourceId: "un-press-election", quote: "Kazakhstan was elected" }],
          },
          { value: "13 November 2012", citations: [{ sourceId: "outlet-copy", quote: "Kazakhstan elected" }] },
        ],
        preferred: 0,
        reason: "The UN's own record of the meeting.",
      },
    ],
    unknowns: [
      {
        id: "votes-2021",
        question: "How many votes did Kazakhstan receive in 2021?",
        about: [{ kind: "event", id: "election-2012" }],
        searched: ["UN press releases"],
        checkedOn: "2026-11-23",
      },
    ],
  };
}
