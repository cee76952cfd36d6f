import { useStdin } from "ink";
import { useEffect } from "react";
import { useLatest } from "./use-latest.js";

/**
 * Every piece of terminal input, as Ink splits it (escape sequences, runs of plain
 * characters), to one handler for the app's whole life. Subscribing before raw mode
 * starts the reading means that keys typed from launch on wait in the terminal for it.
 * Ink's own key parsing (useInput) is not used: the app reads keys itself (lib/keys.ts).
 */
export function useRawInput(handler: (raw: string) => void): void {
  const { internal_eventEmitter: events, setRawMode, isRawModeSupported } = useStdin();
  const latest = useLatest(handler);
  useEffect(() => {
    if (!isRawModeSupported) return;
    const listener = (raw: unknown) => {
      if (typeof raw !== "string") return;
      try {
        latest.current(raw);
      } catch (error) {
        // No input may take the browser down: a key that fails does nothing.
        if (process.env.KZ_HRC_DEBUG) throw error;
      }
    };
    events.on("input", listener);
    setRawMode(true);
    return () => {
      events.off("input", listener);
      setRawMode(false);
    };
  }, [events, setRawMode, isRawModeSupported, latest]);
}
