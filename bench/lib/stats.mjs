// Summary statistics for benchmark samples: medians (the machine is shared and noisy) and minima.

/** The median of `xs` (mean of the two middle values for an even count); NaN when empty. */
export function median(xs) {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The smallest of `xs`; NaN when empty. */
export function minimum(xs) {
  return xs.length === 0 ? Number.NaN : Math.min(...xs);
}

/** Milliseconds as text: "1234 ms", "12.3 ms", or "–" when missing. */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return "–";
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

/** A ratio as text, "2.41×", or "–" when either side is missing. */
export function formatRatio(a, b) {
  const r = a / b;
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : "–";
}
