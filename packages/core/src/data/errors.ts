/** One problem found in the data, located by file (and line and column), record and field. */
export interface DataIssue {
  file?: string;
  /** 1-based line and column in the file, for problems found before records are read. */
  line?: number;
  column?: number;
  collection?: string;
  recordId?: string;
  field?: string;
  message: string;
}

/**
 * Formats an issue as one readable line: `data/seeds.json › events › "x" › date: message`,
 * or `data/seeds.json:12:5: message` for a problem at a place in the file (the form
 * editors and terminals turn into a link).
 */
export function formatIssue(issue: DataIssue): string {
  const file =
    issue.file && issue.line !== undefined
      ? `${issue.file}:${issue.line}${issue.column !== undefined ? `:${issue.column}` : ""}`
      : issue.file;
  const where = [file, issue.collection, issue.recordId && `"${issue.recordId}"`, issue.field]
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

/**
 * Stands for a data file that could not be read as JSON (not UTF-8, or a syntax error):
 * what the file reader hands on instead of its content, so that validation reports it with
 * every other problem. `$invalidJson` holds the readable reason, for callers that only look
 * for that key.
 */
export class UnreadableFile {
  readonly $invalidJson: string;
  constructor(readonly issue: DataIssue) {
    const at =
      issue.line === undefined
        ? ""
        : `line ${issue.line}${issue.column === undefined ? "" : `, column ${issue.column}`}: `;
    this.$invalidJson = `${at}${issue.message}`;
  }
}
