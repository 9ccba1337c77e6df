// Correctly rounded exp, log, sin, cos and pow, as glibc's libm (which CPython calls) gives them:
// V8's fdlibm-based Math functions differ from glibc in the last bit for a few percent of inputs.
// Each result is computed in double-double arithmetic (~104 bits) and rounded once.

type DD = [number, number];

const SPLITTER = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function split(a: number): DD {
  const c = SPLITTER * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function mulNum(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

function neg(a: DD): DD {
  return [-a[0], -a[1]];
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = add(a, mulNum(b, -q1));
  const q2 = r[0] / b[0];
  r = add(r, mulNum(b, -q2));
  const q3 = r[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

const LN2: DD = [Math.LN2, 2.3190468138462996e-17];
const PI_2: [number, number, number] = [
  Math.PI / 2,
  6.123233995736766e-17,
  -1.4973849048591698e-33,
];

/** 1/n as double-doubles, for the series below (a multiplication is cheaper than a division). */
const INV: DD[] = Array.from({ length: 42 }, (_, n) => (n === 0 ? [0, 0] : div([1, 0], [n, 0])));

/** exp of a double-double argument with |x| < 709, as a double-double. */
function expDD(x: DD): DD {
  const k = Math.round(x[0] / LN2[0]);
  // r = x - k*ln2, exactly enough: k*ln2 as a double-double product.
  let r = add(x, mulNum(LN2, -k));
  r = [r[0] / 256, r[1] / 256];
  // Taylor series of exp(r) - 1 for |r| < 0.0014.
  let term: DD = r;
  let sum: DD = r;
  for (let n = 2; n < 14; n++) {
    term = mul(mul(term, r), INV[n]!);
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36) break;
  }
  // (1 + s)^256 by squaring (1+s)^2 = 1 + 2s + s^2, kept as s to avoid losing bits near 1.
  for (let i = 0; i < 8; i++) sum = add(add(sum, sum), mul(sum, sum));
  const e = add([1, 0], sum);
  return scale(e, k);
}

function scale(a: DD, k: number): DD {
  // Two steps so that 2^k never overflows on its own.
  const k1 = Math.trunc(k / 2);
  const f1 = 2 ** k1;
  const f2 = 2 ** (k - k1);
  return [a[0] * f1 * f2, a[1] * f1 * f2];
}

/** Correctly rounded e^x. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  if (x < -708) return Math.exp(x);
  const r = expDD([x, 0]);
  return r[0] + r[1];
}

/** log of a positive finite double, as a double-double. */
function logDD(x: number): DD {
  let e = 0;
  let m = x;
  if (m < 2 ** -1000) {
    m *= 2 ** 200;
    e -= 200;
  }
  const le = Math.floor(Math.log2(m));
  m /= 2 ** le;
  e += le;
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  // One Newton step on exp from a double estimate: y = y0 + (m / exp(y0) - 1), done twice.
  let y: DD = [Math.log(m), 0];
  for (let i = 0; i < 1; i++) {
    const ey = expDD(y);
    const t = add(div([m, 0], ey), [-1, 0]);
    y = add(y, t);
  }
  return add(mulNum(LN2, e), y);
}

/** Correctly rounded natural logarithm. */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  const r = logDD(x);
  return r[0] + r[1];
}

/** log2, correctly rounded in practice (exact for powers of two). */
export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log2(x);
  const r = div(logDD(x), LN2);
  return r[0] + r[1];
}

/** x reduced by multiples of π/2: the quadrant and the remainder as a double-double. */
function reduce(x: number): [number, DD] {
  const k = Math.round(x / PI_2[0]);
  let r = add([x, 0], mulNum([PI_2[0], 0], -k));
  r = add(r, mulNum([PI_2[1], 0], -k));
  r = add(r, mulNum([PI_2[2], 0], -k));
  return [((k % 4) + 4) % 4, r];
}

function sinCosDD(r: DD): [DD, DD] {
  const r2 = mul(r, r);
  let sTerm: DD = r;
  let s: DD = r;
  let cTerm: DD = [1, 0];
  let c: DD = [1, 0];
  for (let n = 1; n < 20; n++) {
    cTerm = neg(mul(mul(cTerm, r2), mul(INV[2 * n - 1]!, INV[2 * n]!)));
    c = add(c, cTerm);
    sTerm = neg(mul(mul(sTerm, r2), mul(INV[2 * n]!, INV[2 * n + 1]!)));
    s = add(s, sTerm);
    if (Math.abs(sTerm[0]) < 1e-40 && Math.abs(cTerm[0]) < 1e-40) break;
  }
  return [s, c];
}

function trig(x: number, wantSin: boolean): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) > 1e5 || x === 0) return wantSin ? Math.sin(x) : Math.cos(x);
  const [q, r] = reduce(x);
  const [s, c] = sinCosDD(r);
  const pick = wantSin ? [s, c, s, c][q]! : [c, s, c, s][q]!;
  const negate = wantSin ? q >= 2 : q === 1 || q === 2;
  const v = pick[0] + pick[1];
  return negate ? -v : v;
}

/** Correctly rounded sine (|x| ≤ 1e5; Math.sin beyond). */
export function sin(x: number): number {
  return trig(x, true);
}

/** Correctly rounded cosine (|x| ≤ 1e5; Math.cos beyond). */
export function cos(x: number): number {
  return trig(x, false);
}

/** Correctly rounded tangent (|x| ≤ 1e5; Math.tan beyond). */
export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) > 1e5 || x === 0) return Math.tan(x);
  const [q, r] = reduce(x);
  const [s, c] = sinCosDD(r);
  const t = q % 2 === 0 ? div(s, c) : div(c, s);
  const v = t[0] + t[1];
  return q % 2 === 0 ? v : -v;
}

/** Correctly rounded x ** y for finite doubles (IEEE special cases as Math.pow). */
export function pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0 || x === 1) {
    return x ** y;
  }
  if (y === 1) return x;
  let sign = 1;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (Math.abs(y) < 2 ** 53 && y % 2 !== 0) sign = -1;
    x = -x;
  }
  const direct = x ** y;
  if (direct === 0 || !Number.isFinite(direct) || Math.abs(direct) < 2 ** -1020) {
    return sign * direct;
  }
  const t = mulNum(logDD(x), y);
  if (t[0] > 709.78) return sign * Infinity;
  const r = expDD(t);
  return sign * (r[0] + r[1]);
}

const CBRT2 = 1.2599210498948732;
const SQR_CBRT2 = 1.5874010519681996;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

function frexp(v: number): [number, number] {
  let e = Math.max(-1073, Math.floor(Math.log2(v)) + 1);
  let m = v * 2 ** -e;
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  while (m >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

function ldexp(m: number, e: number): number {
  if (e > 1023) return m * 2 ** 1023 * 2 ** (e - 1023);
  if (e < -1022) return m * 2 ** -1022 * 2 ** (e + 1022);
  return m * 2 ** e;
}

/**
 * Cube root with glibc's own algorithm (a polynomial start and one rational Halley step), which
 * is what `math.cbrt` returns on Linux — `cbrt(27.0)` is `3.0000000000000004` there.
 */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u =
    0.35489576504391984 +
    (1.508191937815849 +
      (-2.114994941673713 +
        (2.4469312256353444 +
          (-1.8346927748361308 + (0.7849323449766392 - 0.14526389938548637 * xm) * xm) * xm) *
          xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)]!;
  const r = ldexp(ym, Math.trunc(xe / 3));
  return x < 0 ? -r : r;
}
