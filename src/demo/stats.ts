/** Small numeric helpers with no dependencies, safe to load on the page before the demo's worker. */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** The predictions of the last `trainLength` bytes of an input (bits[t] predicts byte t + 1): what the benchmark scores at every length. */
export function finalWindow(bits: Float64Array, trainLength: number): Float64Array {
  return bits.subarray(Math.max(0, bits.length - (trainLength - 1)));
}

export function sampleStd(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}

/** ln Γ(x), Lanczos approximation (g = 7, n = 9), |error| < 1e-13 for x > 0. */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised incomplete beta I_x(a, b) by its continued fraction (Lentz), as in Numerical Recipes §6.4. */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0 || x >= 1) return x <= 0 ? 0 : 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)) / a;
  let f = 1;
  let c = 1;
  let d = 0;
  for (let i = 0; i <= 300; i++) {
    const m = i / 2;
    const numerator = i === 0 ? 1 : i % 2 === 0 ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) : -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + numerator * d;
    d = Math.abs(d) < 1e-300 ? 1e-300 : d;
    d = 1 / d;
    c = 1 + numerator / c;
    c = Math.abs(c) < 1e-300 ? 1e-300 : c;
    f *= c * d;
    if (Math.abs(1 - c * d) < 1e-15) break;
  }
  return front * (f - 1);
}

/** P(T <= t) for Student's t with `df` degrees of freedom. */
export function studentCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

const quantiles = new Map<string, number>();

/** The t quantile with P(T <= q) = p, by bisection of the CDF; remembered (the evaluation asks for a few thousand per curve). */
export function studentQuantile(p: number, df: number): number {
  const key = `${p} ${df}`;
  if (!quantiles.has(key)) quantiles.set(key, bisectQuantile(p, df));
  return quantiles.get(key)!;
}

function bisectQuantile(p: number, df: number): number {
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (studentCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The 95% t-interval of the mean of `values` (at least two). */
export function meanInterval(values: readonly number[]): [number, number] {
  if (values.length < 2) throw new RangeError('an interval needs at least two values');
  const half = (studentQuantile(0.975, values.length - 1) * sampleStd(values)) / Math.sqrt(values.length);
  const m = mean(values);
  return [m - half, m + half];
}
