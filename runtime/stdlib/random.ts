// Python's `random` module: the Mersenne Twister seeded, and every method drawing from it, exactly
// as CPython 3.11 does, so a seeded program prints the same numbers. Mirrors Modules/_randommodule.c
// (init_by_array, genrand_uint32, random_seed) and Lib/random.py.

import { pyClass } from "../builtins/classinfo.js";
import { IndexError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { getitem, len } from "../builtins/items.js";
import { iterate } from "../builtins/iteration.js";
import { splitKwargs } from "../builtins/kwargs.js";
import { cos, exp, log, sin } from "../builtins/libm.js";
import { hashFloat } from "../builtins/pyhash.js";
import { typeName } from "../builtins/pytype.js";
import { sha512 } from "../builtins/sha512.js";

const N = 624;
const M = 397;
const TWOPI = 2 * Math.PI;
const NV_MAGICCONST = (4 * exp(-0.5)) / Math.sqrt(2.0);

/** The 32-bit words of |n|, least significant first (CPython's key for init_by_array). */
function seedKey(n: bigint): number[] {
  if (n < 0n) n = -n;
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return key.length === 0 ? [0] : key;
}

let defaultSeed: unknown = 0;

/** A Python `random.Random` generator. */
export class PyRandom {
  private mt = new Uint32Array(N);
  private mti = N + 1;
  private gaussNext: number | null = null;

  constructor(seed: unknown = 0) {
    this.seed(seed);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.mti = N;
  }

  private initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** One 32-bit output of MT19937 (genrand_uint32). */
  genrand(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = (mt[N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `seed(a)`: ints by their 32-bit words, floats by their hash, None → the run's seed. */
  seed(a: unknown = null): null {
    if (a === null || a === undefined) a = defaultSeed;
    let n: bigint;
    if (a === null || a === undefined) n = 0n;
    else if (typeof a === "boolean") n = a ? 1n : 0n;
    else if (typeof a === "bigint") n = a;
    else if (typeof a === "number" || a instanceof PyFloat) {
      const x = Number(a);
      // An int seeds by its absolute value; a float by its hash, as a size_t.
      n =
        Number.isInteger(x) && !(a instanceof PyFloat)
          ? BigInt(x)
          : BigInt.asUintN(64, hashFloat(x));
    } else if (typeof a === "string") {
      // Version 2 seeding: the text's UTF-8 bytes followed by their SHA-512 digest, as one int.
      const bytes = new TextEncoder().encode(a);
      const all = [...bytes, ...sha512(bytes)];
      n = BigInt(`0x${all.map((b) => b.toString(16).padStart(2, "0")).join("") || "0"}`);
    } else {
      throw new TypeError(
        `The only supported seed types are: None,\nint, float, str, bytes, and bytearray.`,
      );
    }
    this.initByArray(seedKey(n));
    this.gaussNext = null;
    return null;
  }

  /** `random()`: a float in [0, 1) with 53 random bits. */
  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** `getrandbits(k)`: a number up to 53 bits, a bigint beyond. */
  getrandbits(k: number): any {
    if (k < 0) throw new ValueError("number of bits must be non-negative");
    if (k === 0) return 0;
    if (k <= 32) return this.genrand() >>> (32 - k);
    if (k <= 53) {
      const lo = this.genrand();
      const hi = this.genrand() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.genrand();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  /** `_randbelow_with_getrandbits(n)`: uniform in [0, n). */
  randbelow(n: number): number {
    if (n <= 0) return 0;
    const k = n.toString(2).length;
    let r = this.getrandbits(k) as number;
    while (r >= n) r = this.getrandbits(k) as number;
    return r;
  }

  /** `randrange(stop)` / `randrange(start, stop[, step])`. */
  randrange(start: number, stop: number | null = null, step = 1): number {
    const istart = asInt(start);
    if (stop === null) {
      if (step !== 1) throw new TypeError("Missing a non-None stop argument");
      if (istart > 0) return this.randbelow(istart);
      throw new ValueError("empty range for randrange()");
    }
    const istop = asInt(stop);
    const width = istop - istart;
    const istep = asInt(step);
    if (istep === 1) {
      if (width > 0) return istart + this.randbelow(width);
      throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: number;
    if (istep > 0) n = Math.floor((width + istep - 1) / istep);
    else if (istep < 0) n = Math.floor((width + istep + 1) / istep);
    else throw new ValueError("zero step for randrange()");
    if (n <= 0) throw new ValueError("empty range for randrange()");
    return istart + istep * this.randbelow(n);
  }

  /** `randint(a, b)`: an int in [a, b]. */
  randint(a: number, b: number): number {
    return this.randrange(a, b + 1);
  }

  /** `uniform(a, b)`. */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** `triangular(low=0.0, high=1.0, mode=None)`. */
  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    if (high === low) return low;
    let c = mode === null ? 0.5 : (mode - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  /** `choice(seq)`. */
  choice(seq: unknown): any {
    const n = len(seq);
    if (n === 0) throw new IndexError("Cannot choose from an empty sequence");
    return getitem(seq, this.randbelow(n));
  }

  /** `shuffle(x)`: in place; returns None. */
  shuffle(x: unknown[]): null {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1);
      [x[i], x[j]] = [x[j], x[i]];
    }
    return null;
  }

  /** `sample(population, k)`: k distinct picks, in selection order. */
  sample(population: unknown, ...args: unknown[]): any[] {
    const [pos, kw] = splitKwargs(args);
    const k = Number(kw.k ?? pos[0]);
    if (population instanceof Set || population instanceof Map) {
      throw new TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    const n = len(population);
    if (!(k >= 0 && k <= n)) throw new ValueError("Sample larger than population or is negative");
    const result: unknown[] = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(log(k * 3) / log(4));
    if (n <= setsize) {
      const pool = Array.from(iterate(population));
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = getitem(population, j);
      }
    }
    return result;
  }

  /** `choices(population, weights=None, *, cum_weights=None, k=1)`: with replacement. */
  choices(population: unknown, ...args: unknown[]): any[] {
    const [pos, kw] = splitKwargs(args);
    const weights = (kw.weights ?? pos[0] ?? null) as Iterable<number> | null;
    let cum = (kw.cum_weights ?? null) as number[] | null;
    const k = Number(kw.k ?? 1);
    const n = len(population);
    const out: unknown[] = [];
    if (cum === null) {
      if (weights === null) {
        for (let i = 0; i < k; i++) out.push(getitem(population, Math.floor(this.random() * n)));
        return out;
      }
      cum = [];
      let acc = 0;
      for (const w of iterate(weights)) cum.push((acc += Number(w)));
    } else if (weights !== null) {
      throw new TypeError("Cannot specify both weights and cumulative weights");
    }
    cum = Array.from(iterate(cum), Number);
    if (cum.length !== n)
      throw new ValueError("The number of weights does not match the population");
    const total = cum[cum.length - 1]! + 0.0;
    if (total <= 0.0) throw new ValueError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw new ValueError("Total of weights must be finite");
    const hi = n - 1;
    for (let i = 0; i < k; i++) {
      const x = this.random() * total;
      let lo = 0;
      let h = hi;
      while (lo < h) {
        const mid = (lo + h) >> 1;
        if (x < cum[mid]!) h = mid;
        else lo = mid + 1;
      }
      out.push(getitem(population, lo));
    }
    return out;
  }

  /** `gauss(mu=0.0, sigma=1.0)`: Box–Muller with the cached second value. */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * log(1.0 - this.random()));
      z = cos(x2pi) * g2rad;
      this.gaussNext = sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /** `normalvariate(mu=0.0, sigma=1.0)`: Kinderman and Monahan. */
  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -log(u2)) break;
    }
    return mu + z * sigma;
  }

  /** `lognormvariate(mu, sigma)`. */
  lognormvariate(mu: number, sigma: number): number {
    return exp(this.normalvariate(mu, sigma));
  }

  /** `expovariate(lambd=1.0)`. */
  expovariate(lambd = 1.0): number {
    return -log(1.0 - this.random()) / lambd;
  }
}
pyClass(PyRandom, "random", "Random");

function asInt(x: unknown): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

/** `random.Random`: callable with or without `new`. */
export const Random = new Proxy(PyRandom, {
  apply(target, _this, args: unknown[]) {
    return new target(...args);
  },
}) as typeof PyRandom & ((seed?: unknown) => PyRandom);

let inst = new PyRandom(0);

/** Reseeds the module's hidden generator (program start: `runProgram`'s `seed` option). */
export function resetRandom(seed: unknown = 0): void {
  defaultSeed = seed;
  inst = new PyRandom(seed);
}

/** The module functions: the hidden generator's methods. */
const moduleFunctions = {
  seed: (a: unknown = null) => {
    if (a !== null && a !== undefined) defaultSeed = a;
    return inst.seed(a);
  },
  random: () => inst.random(),
  getrandbits: (k: number) => inst.getrandbits(k),
  randrange: (start: number, stop: number | null = null, step = 1) =>
    inst.randrange(start, stop, step),
  randint: (a: number, b: number) => inst.randint(a, b),
  uniform: (a: number, b: number) => inst.uniform(a, b),
  triangular: (low = 0.0, high = 1.0, mode: number | null = null) =>
    inst.triangular(low, high, mode),
  choice: (seq: unknown) => inst.choice(seq),
  choices: (population: unknown, ...args: unknown[]) => inst.choices(population, ...args),
  shuffle: (x: unknown[]) => inst.shuffle(x),
  sample: (population: unknown, ...args: unknown[]) => inst.sample(population, ...args),
  gauss: (mu = 0.0, sigma = 1.0) => inst.gauss(mu, sigma),
  normalvariate: (mu = 0.0, sigma = 1.0) => inst.normalvariate(mu, sigma),
  lognormvariate: (mu: number, sigma: number) => inst.lognormvariate(mu, sigma),
  expovariate: (lambd = 1.0) => inst.expovariate(lambd),
};

// Named exports, so that `import * as random from "./random.js"` is Python's module.
export const {
  seed,
  random,
  getrandbits,
  randrange,
  randint,
  uniform,
  triangular,
  choice,
  choices,
  shuffle,
  sample,
  gauss,
  normalvariate,
  lognormvariate,
  expovariate,
} = moduleFunctions;
