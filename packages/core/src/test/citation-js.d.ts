/** The parts of Citation.js the citation tests use (the package ships no types). */
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
    format(format: "bibliography" | "bibtex" | "data", options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
