/**
 * Every authored data file, bundled into the package at build time. An integrity test
 * fails if a file in data/ is missing here, so nothing authored is silently left out.
 */
import assessments from "../../data/assessments.json" with { type: "json" };
import base from "../../data/base.json" with { type: "json" };
import councilStatements from "../../data/council-statements.json" with { type: "json" };
import councilVotes from "../../data/council-votes.json" with { type: "json" };
import elections from "../../data/elections.json" with { type: "json" };
import reforms from "../../data/reforms.json" with { type: "json" };
import seeds from "../../data/seeds.json" with { type: "json" };
import specialProcedures from "../../data/special-procedures.json" with { type: "json" };
import treatyBodies from "../../data/treaty-bodies.json" with { type: "json" };
import upr from "../../data/upr.json" with { type: "json" };

export const DATA_FILES: Readonly<Record<string, unknown>> = {
  "data/base.json": base,
  "data/seeds.json": seeds,
  "data/elections.json": elections,
  "data/upr.json": upr,
  "data/council-statements.json": councilStatements,
  "data/council-votes.json": councilVotes,
  "data/reforms.json": reforms,
  "data/assessments.json": assessments,
  "data/special-procedures.json": specialProcedures,
  "data/treaty-bodies.json": treatyBodies,
};
