// Reads `--epoch` the way the reference runner does: an ISO timestamp, UTC unless it names an offset,
// floored to whole seconds since 1970.

/** Whole seconds since 1970 for an ISO timestamp, or null if it is not one. */
export function parseEpoch(text: string): number | null {
  let iso = text.trim().replace(" ", "T");
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) iso += "T00:00:00";
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(iso))
    return null;
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(iso)) iso += "Z";
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

/** The default epoch, 2025-01-01T10:30:00 UTC, shared with test/reference/runner.py. */
export const DEFAULT_EPOCH = 1735727400;
