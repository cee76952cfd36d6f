/** One problem found in the data, located by file, record and field. */
export interface DataIssue {
  file?: string;
  collection?: string;
  recordId?: string;
  field?: string;
  message: string;
}

/** Formats an issue as one readable line: `data/seeds.json › events › "x" › date: message`. */
export function formatIssue(issue: DataIssue): string {
  const where = [issue.file, issue.collection, issue.recordId && `"${issue.recordId}"`, issue.field]
    .filter(Boolean)
    .join(" › ");
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** Thrown when the dataset fails validation; its message lists every issue, one a line. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    const head = `The dataset is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}):`;
    super([head, ...issues.map((i) => `  - ${formatIssue(i)}`)].join("\n"));
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
