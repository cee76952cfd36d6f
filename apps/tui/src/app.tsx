import type { EventEmitter } from "node:events";
import { Box, Text, useApp, useStdout } from "ink";
import { useEffect, useMemo, useRef, useState } from "react";
import { QueryLine } from "./components/query-line.js";
import { TabBar } from "./components/tab-bar.js";
import { useLatest } from "./hooks/use-latest.js";
import { useRawInput } from "./hooks/use-raw-input.js";
import { type Size, useTerminalSize } from "./hooks/use-terminal-size.js";
import { type Act, createActions } from "./lib/act.js";
import { clean, tooSmallMessage, truncate } from "./lib/format.js";
import { HELP_LINES } from "./lib/help-lines.js";
import { footerOf, LINE_FOOTER } from "./lib/keymap.js";
import { parseKeys } from "./lib/keys.js";
import type { Loaded } from "./lib/load.js";
import { createModel } from "./lib/model.js";
import { currentView, initialNav, type NavState } from "./lib/nav.js";
import { rowIndex, update } from "./lib/update.js";
import { HelpScreen } from "./screens/help-screen.js";
import { ListScreen } from "./screens/list-screen.js";
import { findStatus, RecordScreen } from "./screens/record-screen.js";

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;

interface Props {
  loaded: Loaded;
  /** Fixed size instead of the terminal's (tests). */
  size?: Size;
  initial?: NavState;
  /** Told how the user quit: 0 with q, 130 with Ctrl-C. */
  onQuit?: (code: 0 | 130) => void;
  /** Ctrl-Z: the caller stops the process and, on resume, emits "redraw" on `signals`. */
  onSuspend?: () => void;
  signals?: EventEmitter;
  /** Carries out `o` and `y` (tests pass their own); resolves to the footer's note. */
  act?: (act: Act) => Promise<string>;
}

/** The browser: one state, every key through one update, and the only way out. */
export function App({ loaded, size: fixedSize, initial, onQuit, onSuspend, signals, act }: Props) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const size = useTerminalSize(fixedSize);
  const model = useMemo(() => createModel(loaded), [loaded]);
  const [state, setState] = useState<NavState>(() => initial ?? initialNav());
  // The state as the last key left it: a burst of keys runs before React draws again.
  const current = useRef(state);
  const width = size.columns;
  // Keep the frame one row short of the screen: a full-height frame makes Ink clear the screen on every render.
  const height = Math.max(1, size.rows - 3);
  const env = useLatest(model.env(width, height, HELP_LINES.length));
  const actions = useMemo(
    () => act ?? createActions(loaded.api, (sequence) => void stdout.write(sequence)),
    [act, loaded, stdout],
  );
  const callbacks = useLatest({ onQuit, onSuspend, exit, actions });
  const [blank, setBlank] = useState(false);

  useRawInput((raw) => {
    let next = current.current;
    for (const key of parseKeys(raw)) {
      const step = update(next, key, env.current);
      next = step.state;
      if (step.effect?.type === "quit") {
        current.current = next;
        callbacks.current.onQuit?.(step.effect.code);
        callbacks.current.exit();
        return;
      }
      if (step.effect?.type === "suspend") callbacks.current.onSuspend?.();
      if (step.effect?.type === "openAddress" || step.effect?.type === "copy")
        void callbacks.current.actions(step.effect).then((note) => {
          current.current = { ...current.current, note };
          setState(current.current);
        });
    }
    if (next !== current.current) {
      current.current = next;
      setState(next);
    }
  });

  // After a suspend, the terminal's screen is gone: draw nothing, then everything.
  useEffect(() => {
    if (!signals) return;
    const redraw = () => setBlank(true);
    signals.on("redraw", redraw);
    return () => void signals.off("redraw", redraw);
  }, [signals]);
  useEffect(() => {
    if (blank) setBlank(false);
  }, [blank]);

  if (blank) return null;
  if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) {
    return <Text>{tooSmallMessage(size.columns, size.rows, MIN_COLUMNS, MIN_ROWS)}</Text>;
  }
  const view = currentView(state);
  let screen: React.ReactNode;
  let footer: React.ReactNode;
  const footerText = (text: string) => (
    <Text dimColor wrap="truncate">
      {truncate(text, width)}
    </Text>
  );
  if (state.help) {
    screen = <HelpScreen width={width} height={height} scroll={state.helpScroll} />;
    footer = footerText(footerOf("help"));
  } else if (view.type === "record") {
    const lines = model.lines(view.ref.id) ?? [
      { text: `No record with id ${clean(view.ref.id)}`, tone: "warning" as const },
    ];
    const rows = model.rows(view.ref.id, width);
    screen = <RecordScreen view={view} lines={lines} rows={rows} width={width} height={height} />;
    const status = findStatus(rows, view.find, rowIndex(rows, view.line, view.sub));
    footer = view.finding ? (
      <QueryLine label="Find:" value={view.find} caret={view.findCaret} hint="" status={status} width={width} />
    ) : view.find ? (
      footerText(`Find “${clean(view.find)}”: ${status} · / find again · ${footerOf("record")}`)
    ) : (
      footerText(footerOf("record"))
    );
  } else {
    const result = model.items(view);
    const total =
      view.section === "search" ? (result.total ?? 0) : model.items({ section: view.section, query: "" }).items.length;
    screen = <ListScreen view={view} result={result} total={total} width={width} height={height} />;
    footer = footerText(view.editing ? LINE_FOOTER : footerOf("list"));
  }
  if (state.jump)
    footer = (
      <QueryLine
        label="Go to section:"
        value={state.jump.text}
        caret={state.jump.caret}
        hint=""
        status="Enter go · Esc cancel"
        width={width}
      />
    );
  else if (state.note)
    footer = (
      <Text color="yellow" wrap="truncate">
        {truncate(clean(state.note), width)}
      </Text>
    );

  return (
    <Box flexDirection="column" width={width}>
      <TabBar section={state.section} width={width} />
      <Box height={height} flexDirection="column">
        {screen}
      </Box>
      {footer}
    </Box>
  );
}
