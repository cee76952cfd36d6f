import { z } from "zod";
import { Id, Name, SafeText } from "./primitives.js";

/** A subject that events, statements and reforms are filed under. */
export const Topic = z.strictObject({
  id: Id,
  name: Name,
  description: SafeText.optional(),
});
export type Topic = z.infer<typeof Topic>;
