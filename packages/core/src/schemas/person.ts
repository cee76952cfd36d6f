import { z } from "zod";
import { Citations } from "./citation.js";
import { Id, Label, Name, PartialDate } from "./primitives.js";

/** A role a person held, dated as precisely as the sources allow. */
export const PersonRole = z.strictObject({
  title: Label,
  organizationId: Id.optional(),
  start: PartialDate.optional(),
  end: PartialDate.optional(),
  asOf: PartialDate.optional().meta({ description: "A date on which a source shows the role held." }),
  citations: Citations,
});
export type PersonRole = z.infer<typeof PersonRole>;

/** Someone who speaks, leads a delegation or is named in the record. */
export const Person = z.strictObject({
  id: Id,
  name: Name,
  otherNames: z.array(Name).optional(),
  roles: z.array(PersonRole).min(1, { error: "must have at least one sourced role" }),
});
export type Person = z.infer<typeof Person>;
