import { Text, useInput } from "ink";
import { render } from "ink-testing-library";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { waitForFrame } from "../test/ink.js";

/** A component on Ink's own key parsing, which the app no longer uses but any component may. */
function Keys() {
  const [seen, setSeen] = useState<string[]>([]);
  useInput((input, key) => setSeen((s) => [...s, `${key.ctrl ? "ctrl+" : ""}${input || "·"}`]));
  return <Text>{`keys: ${seen.join(" ")}`}</Text>;
}

describe("Ink, as patched (vadimdemedes/ink#901, fixed by #902)", () => {
  it("survives Ctrl-F1 to F4, status replies and colour codes in useInput", async () => {
    const { stdin, lastFrame, unmount } = render(<Keys />);
    await waitForFrame(lastFrame, (f) => f.startsWith("keys:"));
    for (const raw of ["\u001b[1;5P", "\u001b[1;5Q", "\u001b[1;5R", "\u001b[1;5S", "\u001b[0n", "\u001b[31m", "x"])
      stdin.write(raw);
    const frame = await waitForFrame(lastFrame, (f) => f.includes("x"));
    expect(frame).toMatch(/keys: .*x$/);
    unmount();
  });
});
