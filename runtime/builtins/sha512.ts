// SHA-512, small and synchronous, for `random.seed(str)` (CPython seeds with the text's bytes
// followed by their SHA-512 digest). The round constants are derived, not typed in: the first 64
// bits of the fractional parts of the square and cube roots of the first primes (FIPS 180-4).

const MASK = (1n << 64n) - 1n;

function primes(n: number): number[] {
  const out: number[] = [];
  for (let k = 2; out.length < n; k++) if (out.every((p) => k % p !== 0)) out.push(k);
  return out;
}

function iroot(x: bigint, k: bigint): bigint {
  let r = 1n << BigInt(Math.ceil(x.toString(2).length / Number(k)));
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) return r;
    r = next;
  }
}

const K = primes(80).map((p) => iroot(BigInt(p) << 192n, 3n) & MASK);
const H0 = primes(8).map((p) => iroot(BigInt(p) << 128n, 2n) & MASK);

const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & MASK;

/** The SHA-512 digest of `bytes`. */
export function sha512(bytes: Uint8Array): Uint8Array {
  const bitLen = BigInt(bytes.length) * 8n;
  const padded = new Uint8Array(Math.ceil((bytes.length + 17) / 128) * 128);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  for (let i = 0; i < 16; i++) {
    padded[padded.length - 1 - i] = Number((bitLen >> BigInt(8 * i)) & 0xffn);
  }
  const h = [...H0];
  const w: bigint[] = new Array(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let t = 0; t < 16; t++) {
      let v = 0n;
      for (let j = 0; j < 8; j++) v = (v << 8n) | BigInt(padded[off + t * 8 + j]!);
      w[t] = v;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15]!, 1n) ^ rotr(w[t - 15]!, 8n) ^ (w[t - 15]! >> 7n);
      const s1 = rotr(w[t - 2]!, 19n) ^ rotr(w[t - 2]!, 61n) ^ (w[t - 2]! >> 6n);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) & MASK;
    }
    let [a, b, c, d, e, f, g, hh] = h as [
      bigint,
      bigint,
      bigint,
      bigint,
      bigint,
      bigint,
      bigint,
      bigint,
    ];
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK & g);
      const t1 = (hh + S1 + ch + K[t]! + w[t]!) & MASK;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) & MASK, c, b, a, (t1 + t2) & MASK];
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i]! + next[i]!) & MASK;
  }
  const out = new Uint8Array(64);
  h.forEach((v, i) => {
    for (let j = 0; j < 8; j++) out[i * 8 + j] = Number((v >> BigInt(56 - 8 * j)) & 0xffn);
  });
  return out;
}
