/** kz-hrc-coverage [--json]: what the record holds, part by part, and what is unknown. */

import { dataset } from "../index.js";
import { coverageReport, formatCoverageReport } from "../query/coverage.js";

const report = coverageReport(dataset);
console.log(process.argv.includes("--json") ? JSON.stringify(report, null, 2) : formatCoverageReport(report));
