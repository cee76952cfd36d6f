/**
 * Stands in for the grapheme `Intl.Segmenter` inside the bundle's ANSI tokenizer (see
 * tsup.config.ts), which Ink runs over every character it draws. A string with none of
 * the characters that join graphemes (combining marks, joiners, variation selectors,
 * emoji modifiers and flags, Hangul jamo, tags, CR) has one grapheme per code point:
 * those are read directly, without ICU's break iterator (tens of milliseconds on the
 * first frame). Anything else goes to the real segmenter.
 */

// UAX #29 Extend, SpacingMark, Prepend, ZWJ, Regional_Indicator, L/V/T jamo, CR: any of them may join code points.
const JOINING =
  /[\p{M}\u200c\u200d\ufe00-\ufe0f\r\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u{110bd}\u{110cd}\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{e0000}-\u{e0fff}]/u;

interface Segment {
  segment: string;
  index: number;
  input: string;
}

function* codePoints(input: string): Generator<Segment> {
  let index = 0;
  for (const segment of input) {
    yield { segment, index, input };
    index += segment.length;
  }
}

/** A grapheme segmenter with the `Intl.Segmenter` shape the tokenizer uses. */
export class GraphemeSegmenter {
  #real: Intl.Segmenter | undefined;
  segment(input: string): Iterable<Segment> {
    if (!JOINING.test(input)) return codePoints(input);
    this.#real ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    return this.#real.segment(input);
  }
}
