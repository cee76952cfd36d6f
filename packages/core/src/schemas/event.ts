import { z } from "zod";
import { Citations } from "./citation.js";
import { Id, Label, PartialDate, SafeText, Title } from "./primitives.js";
import { EVENT_KINDS } from "./vocabulary.js";

export const EventKind = z.enum(EVENT_KINDS, { error: "must be a known event kind" });
export type EventKind = z.infer<typeof EventKind>;

/** Someone (or some body) taking part in an event, with the part they played. */
export const Participant = z
  .strictObject({
    personId: Id.optional(),
    organizationId: Id.optional(),
    role: Label,
  })
  .refine((p) => p.personId !== undefined || p.organizationId !== undefined, {
    error: "must name a personId or an organizationId",
  });
export type Participant = z.infer<typeof Participant>;

/** Something that happened on a date, told in our own neutral words. */
export const Event = z.strictObject({
  id: Id,
  title: Title,
  kind: EventKind,
  date: PartialDate,
  endDate: PartialDate.optional(),
  place: Label.optional(),
  session: Label.optional().meta({ description: "Council or General Assembly session, e.g. HRC 55." }),
  participants: z.array(Participant).default([]),
  topicIds: z.array(Id).default([]),
  summary: SafeText.meta({ description: "A neutral summary in the curators' own words." }),
  citations: Citations,
});
export type Event = z.infer<typeof Event>;
