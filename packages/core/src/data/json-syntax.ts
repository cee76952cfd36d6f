/**
 * Where a JSON text first breaks the grammar (RFC 8259), and how, in words a curator can
 * act on. Run only after JSON.parse has failed: V8's own messages give no line or column
 * and sometimes quote the whole file.
 */
export interface JsonSyntaxError {
  /** Offset of the offending character in the text (UTF-16 units). */
  offset: number;
  line: number;
  column: number;
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 512;

function scan(text: string): void {
  let i = 0;
  const found = () => (i >= text.length ? "the end of the file" : JSON.stringify(text[i]));
  const stop = (message: string): never => {
    throw new Stop(i, message);
  };
  const space = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c === 0x5c) {
        const e = text[i + 1] ?? "";
        if ('"\\/bfnrt'.includes(e) && e !== "") i += 2;
        else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else stop("an invalid escape sequence in a string");
        continue;
      }
      if (c < 0x20)
        stop(
          c === 0x0a
            ? "a line break inside a string: is a closing quote missing?"
            : "a control character inside a string",
        );
      i++;
    }
    stop("a string that is never closed");
  };
  const value = (depth: number): void => {
    space();
    if (depth > MAX_DEPTH) stop("nested too deeply");
    const c = text[i];
    if (c === "{") {
      i++;
      space();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] === "}") stop('a comma before "}": remove it');
        if (text[i] !== '"') stop(`expected a property name in double quotes, found ${found()}`);
        string();
        space();
        if (text[i] !== ":") stop(`expected ":" after the property name, found ${found()}`);
        i++;
        value(depth + 1);
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        stop(`expected "," or "}" after a property value, found ${found()}`);
      }
    }
    if (c === "[") {
      i++;
      space();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] === "]") stop('a comma before "]": remove it');
        value(depth + 1);
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        stop(`expected "," or "]" after an array item, found ${found()}`);
      }
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) stop("an invalid number");
      i = NUMBER.lastIndex;
      return;
    }
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    stop(`expected a value, found ${found()}`);
  };
  value(0);
  space();
  if (i < text.length) stop(`unexpected ${found()} after the end of the JSON document`);
}

/** The line (1-based) and column (1-based, in characters) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: [...before.slice(lineStart)].length + 1 };
}

/** The first syntax error of a JSON text, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { offset: error.offset, ...lineAndColumn(text, error.offset), message: error.message };
  }
}
