import type { Dispatch } from "react";
import type { NavAction } from "../lib/nav.js";

/** What every screen gets from the app: its room, whether it has the keys, and the dispatcher. */
export interface ScreenProps {
  width: number;
  height: number;
  active: boolean;
  dispatch: Dispatch<NavAction>;
}
