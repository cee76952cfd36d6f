/** kz-hrc-coverage [--json]: what the record holds, part by part, and what is unknown. */
import { coverageReport, formatCoverageReport } from "../query/coverage.js";
import { dataset } from "../index.js";

const report = coverageReport(dataset);
console.log(process.argv.includes("--json") ? JSON.stringify(report, null, 2) : formatCoverageReport(report));
