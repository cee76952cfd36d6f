import { createContext, useContext } from "react";
import type { Loaded } from "./lib/load.js";

export const DataContext = createContext<Loaded | undefined>(undefined);

/** The loaded dataset and its query API. */
export function useData(): Loaded {
  const loaded = useContext(DataContext);
  if (!loaded) throw new Error("useData outside a DataContext provider");
  return loaded;
}
