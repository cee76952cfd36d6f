/** Which labels of the tab bar fit in `width`, always including the active one. */
export function visibleTabs(
  labels: readonly string[],
  active: number,
  width: number,
  gap = 2,
): { start: number; end: number } {
  const size = (i: number) => [...(labels[i] ?? "")].length + 2 + gap;
  let start = Math.max(0, Math.min(active, labels.length - 1));
  let end = start + 1;
  let used = size(start) + 4; // room for the ‹ › markers
  for (let grew = true; grew; ) {
    grew = false;
    if (end < labels.length && used + size(end) <= width) {
      used += size(end++);
      grew = true;
    }
    if (start > 0 && used + size(start - 1) <= width) {
      used += size(--start);
      grew = true;
    }
  }
  return { start, end };
}
