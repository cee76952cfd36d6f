import { Box, Text, useApp, useInput, useStdin } from "ink";
import { useReducer } from "react";
import { TabBar } from "./components/tab-bar.js";
import { DataContext } from "./data-context.js";
import { useLatest } from "./hooks/use-latest.js";
import { useTerminalSize, type Size } from "./hooks/use-terminal-size.js";
import { tooSmallMessage, truncate } from "./lib/format.js";
import { actionFor, FOOTER, isInterrupt, keyPresses } from "./lib/keymap.js";
import type { Loaded } from "./lib/load.js";
import { currentView, initialNav, navReducer, type NavState } from "./lib/nav.js";
import { SECTIONS } from "./lib/sections.js";
import { HelpScreen } from "./screens/help-screen.js";
import { ListScreen } from "./screens/list-screen.js";
import { RecordScreen } from "./screens/record-screen.js";
import type { ScreenProps } from "./screens/screen-props.js";
import { SearchScreen } from "./screens/search-screen.js";
import { TimelineScreen } from "./screens/timeline-screen.js";

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;

interface Props {
  loaded: Loaded;
  /** Fixed size instead of the terminal's (tests). */
  size?: Size;
  initial?: NavState;
}

/** The browser: screen state, global keys, and the only way out. */
export function App({ loaded, size: fixedSize, initial }: Props) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const size = useTerminalSize(fixedSize);
  const [nav, dispatch] = useReducer(navReducer, initial ?? initialNav());
  const view = currentView(nav);
  const editing = view.type === "section" && view.editing;
  const latest = useLatest({ view, editing });

  useInput(
    (input, key) => {
      if (isInterrupt(input, key)) return exit();
      const { view, editing } = latest.current;
      if (editing) return;
      for (const [i, k] of keyPresses(input, key)) {
        const action = actionFor(i, k);
        if (action === "quit") return exit();
        if (action === "help") dispatch({ type: "help" });
        else if (action === "back") dispatch({ type: "back" });
        else if (action === "nextSection") dispatch({ type: "cycle", delta: 1 });
        else if (action === "previousSection") dispatch({ type: "cycle", delta: -1 });
        // Typing starts: whatever follows in this chunk belongs to the query line, not to us.
        else if (action === "search") return dispatch({ type: "section", section: "search", editing: true });
        else if (action === "filter" && view.type === "section" && view.section === "timeline") return dispatch({ type: "editing", editing: true });
      }
    },
    { isActive: isRawModeSupported === true },
  );

  if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) {
    return <Text>{tooSmallMessage(size.columns, size.rows, MIN_COLUMNS, MIN_ROWS)}</Text>;
  }
  // Keep the frame one row short of the screen: a full-height frame makes Ink clear the screen on every render.
  const width = size.columns;
  const height = size.rows - 3;
  const props: ScreenProps = { width, height, active: !nav.help, dispatch };
  const section = SECTIONS.find((s) => s.id === nav.section);
  let screen;
  if (nav.help) screen = <HelpScreen width={width} height={height} />;
  else if (view.type === "record") screen = <RecordScreen key={`${view.ref.id}`} view={view} {...props} />;
  else if (view.section === "timeline") screen = <TimelineScreen view={view} {...props} />;
  else if (view.section === "search") screen = <SearchScreen view={view} {...props} />;
  else if (section && "kind" in section) screen = <ListScreen view={view} kind={section.kind} label={section.label} {...props} />;

  return (
    <DataContext.Provider value={loaded}>
      <Box flexDirection="column" width={width}>
        <TabBar section={nav.section} width={width} />
        <Box height={height} flexDirection="column">
          {screen}
        </Box>
        <Text dimColor wrap="truncate">
          {truncate(editing ? "Type to filter · Enter or ↓ to the list · Esc done · Ctrl-C quit" : FOOTER, width)}
        </Text>
      </Box>
    </DataContext.Provider>
  );
}
