import { z } from "zod";
import { Citation } from "./citation.js";
import { Id, Name, SafeText, Url } from "./primitives.js";

export const OrganizationKind = z.enum(
  [
    "state",
    "un-body",
    "intergovernmental",
    "ministry",
    "government-body",
    "court",
    "parliament",
    "ngo",
    "media",
    "think-tank",
    "other",
  ],
  { error: "must be a known organization kind" },
);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/** A state, UN body, ministry, court, NGO, outlet or think tank. */
export const Organization = z.strictObject({
  id: Id,
  name: Name,
  shortName: Name.optional(),
  kind: OrganizationKind,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: "must be an ISO 3166-1 alpha-2 code" })
    .optional(),
  parentId: Id.optional().meta({ description: "The organization this one belongs to." }),
  url: Url.optional(),
  description: SafeText.optional(),
  citations: z.array(Citation).optional(),
});
export type Organization = z.infer<typeof Organization>;
