// Per-example normalisation applied to BOTH the recorded and the produced stdout before comparing
// (documented in examples/INDEX.md); the recordings themselves stay exactly as CPython printed them.

/** A memory address such as the one in `<coroutine object greet at 0x7f3a…>`. */
const ADDRESS = /0x[0-9a-f]+/g;

/** Rewrites that hide what CPython leaves to chance, keyed by example file name. */
export const normalisers: Record<string, (text: string) => string> = {
  "001_error_call_greet_directly.py": (text) => text.replace(ADDRESS, "0x…"),
};

/** `text` with the example's normalisation applied (unchanged for most examples). */
export function normalise(file: string, text: string): string {
  return normalisers[file]?.(text) ?? text;
}
