import type { Store } from "./store.js";

const caches = new WeakMap<Store, Map<string, unknown>>();

/** Computes a derived index of a store once; stores are immutable, so it never goes stale. */
export function memo<T>(store: Store, key: string, compute: () => T): T {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}
