/** A deterministic synthetic data file (every collection) with `size` events and statements. */
export function syntheticDataset(size: number): Record<string, unknown>;
