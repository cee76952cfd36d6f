import { useRef } from "react";

/**
 * A ref to the latest value, updated on every render. Ink re-subscribes input
 * handlers in an effect, after the frame is drawn; a key arriving in between would
 * otherwise reach a handler holding the previous render's state.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
