/**
 * The inputs of the multi-band graph (demos/model.py, `MultiBandDecoder`): up to MAX_BANDS bands,
 * each described per position. A causal pair (i, j) uses the first band with
 * low <= queryCoord[i] - keyCoord[j] < high, its query rotated at queryPositions[i] and its key at
 * keyPositions[j]; a pair in no band is masked out. Inputs grow O(L); the graph expands them to pairs.
 * A band's optional queryScale multiplies its query rotations (so the query itself) per position.
 * Twin of `multi_band` in demos/pe/base.py.
 */
import { rotaryInputs, type Frequencies } from './rotary';
import { tensor, type BandInputs, type Tensor } from '../types';

export const MAX_BANDS = 3;
/** An upper bound no coordinate difference reaches (finite, so it survives JSON fixtures). */
export const UNBOUNDED = 2 ** 30;

export interface Band {
  readonly queryPositions: Float64Array;
  readonly keyPositions: Float64Array;
  readonly queryCoord: Float64Array;
  readonly keyCoord: Float64Array;
  readonly low: number;
  /** Exclusive; UNBOUNDED when omitted. */
  readonly high?: number;
  /** Per-query factor on the rotated query (Mesa-Extrapolation's log-n scale); 1 when omitted. */
  readonly queryScale?: Float64Array;
}

export function multiBandInputs(frequencies: Frequencies, bands: readonly Band[]): BandInputs {
  if (bands.length < 1 || bands.length > MAX_BANDS) throw new RangeError(`the multi-band graph takes 1 to ${MAX_BANDS} bands, not ${bands.length}`);
  const length = bands[0]!.queryPositions.length;
  for (const b of bands) {
    if ([b.queryPositions, b.keyPositions, b.queryCoord, b.keyCoord, b.queryScale ?? b.queryCoord].some((a) => a.length !== length)) {
      throw new RangeError(`band positions and coordinates must all have length ${length}`);
    }
  }
  for (let i = 0; i < length; i++) {
    const seesItself = bands.some((b) => {
      const d = b.queryCoord[i]! - b.keyCoord[i]!;
      return d >= b.low && d < (b.high ?? UNBOUNDED);
    });
    if (!seesItself) throw new RangeError(`query ${i} is in no band with itself`);
  }
  const zeros = new Float64Array(length);
  const padded = [...bands, ...Array<Band>(MAX_BANDS - bands.length).fill({ queryPositions: zeros, keyPositions: zeros, queryCoord: zeros, keyCoord: zeros, low: 0, high: 0 })];
  const half = frequencies.invFreq.length;
  /** One [MAX_BANDS, L, ...inner] tensor from each band's part. */
  const stack = (parts: readonly Float32Array[], inner: readonly number[] = []) => {
    const size = parts[0]!.length;
    const out = new Float32Array(MAX_BANDS * size);
    parts.forEach((part, b) => out.set(part, b * size));
    return tensor(out, [MAX_BANDS, length, ...inner]);
  };
  const queries = padded.map((b) => {
    const r = rotaryInputs(b.queryPositions, frequencies);
    const scale = b.queryScale;
    if (scale) for (const t of [r.rq_cos.data, r.rq_sin.data]) t.forEach((v, k) => (t[k] = v * scale[Math.floor(k / half)]!));
    return r;
  });
  const keys = padded.map((b) => rotaryInputs(b.keyPositions, frequencies));
  const [qCos, qSin, kCos, kSin] = [queries.map((r) => r.rq_cos.data), queries.map((r) => r.rq_sin.data), keys.map((r) => r.rk_cos.data), keys.map((r) => r.rk_sin.data)];
  return {
    bq_cos: stack(qCos, [half]),
    bq_sin: stack(qSin, [half]),
    bk_cos: stack(kCos, [half]),
    bk_sin: stack(kSin, [half]),
    bq_coord: stack(padded.map((b) => Float32Array.from(b.queryCoord))),
    bk_coord: stack(padded.map((b) => Float32Array.from(b.keyCoord))),
    band_bounds: tensor(Float32Array.from(padded.flatMap((b) => [b.low, b.high ?? UNBOUNDED])), [MAX_BANDS, 2]),
  };
}

/**
 * ReRoPE and Self-Extend: near pairs (i - j < window) rotated at `positions`, the rest with
 * queries at `farQueryPositions` and keys at `farKeyPositions`.
 */
export function windowBands(
  frequencies: Frequencies,
  { positions, farQueryPositions, farKeyPositions, window }: { positions: Float64Array; farQueryPositions: Float64Array; farKeyPositions: Float64Array; window: number },
): BandInputs {
  return multiBandInputs(frequencies, [
    { queryPositions: positions, keyPositions: positions, queryCoord: positions, keyCoord: positions, low: 0, high: window },
    { queryPositions: farQueryPositions, keyPositions: farKeyPositions, queryCoord: positions, keyCoord: positions, low: window },
  ]);
}

/**
 * The relative position each causal pair (i, j) of the first `length` positions is given: query angle
 * minus key angle in the slowest-turning pair (frequency `slowest`, below a half turn at these lengths),
 * divided by that frequency; NaN where the pair is in no band (masked). [length, length], row-major.
 */
export function pairDistances(inputs: BandInputs, slowest: number, length: number): Float64Array {
  const [, total, half] = inputs.bq_cos.dims as [number, number, number];
  const angle = (cos: Tensor, sin: Tensor, b: number, p: number) => Math.atan2(sin.data[(b * total + p) * half + half - 1]!, cos.data[(b * total + p) * half + half - 1]!);
  const bounds = inputs.band_bounds.data;
  const out = new Float64Array(length * length).fill(NaN);
  for (let i = 0; i < length; i++) {
    for (let j = 0; j <= i; j++) {
      for (let b = 0; b < MAX_BANDS; b++) {
        const d = inputs.bq_coord.data[b * total + i]! - inputs.bk_coord.data[b * total + j]!;
        if (d < bounds[2 * b]! || d >= bounds[2 * b + 1]!) continue;
        out[i * length + j] = (angle(inputs.bq_cos, inputs.bq_sin, b, i) - angle(inputs.bk_cos, inputs.bk_sin, b, j)) / slowest;
        break;
      }
    }
  }
  return out;
}
