/** Attention-bias helpers: a per-head function of the causal distance as the distance_bias input, and its pairs. */
import { tensor, type Tensor } from '../types';

/** distance_bias [H, L]: valueAt(h, n) for the distances n = 0 .. L-1 that a causal pair (i, j) has as i - j. */
export function distanceBias(heads: number, length: number, valueAt: (head: number, distance: number) => number): Tensor {
  const out = new Float32Array(heads * length);
  for (let h = 0; h < heads; h++) for (let n = 0; n < length; n++) out[h * length + n] = valueAt(h, n);
  return tensor(out, [heads, length]);
}

/**
 * The [H, L, L] bias a graph adds to the logits of the causal pairs (0 above the diagonal), from any bias input: dense,
 * by distance, or the mlp-bias graph's two inputs with the MLP exported beside the model (`params`).
 */
export function pairBias(
  inputs: { distance_bias?: Tensor; bias?: Tensor; distance_feature?: Tensor; query_normaliser?: Tensor },
  heads: number,
  length: number,
  params: Readonly<Record<string, Tensor>> = {},
): Float32Array {
  if (inputs.bias) return inputs.bias.data;
  if (inputs.distance_feature && inputs.query_normaliser) return mlpPairBias(inputs.distance_feature.data, inputs.query_normaliser.data, params, heads, length);
  const byDistance = inputs.distance_bias;
  if (!byDistance) throw new Error('no attention bias input');
  const out = new Float32Array(heads * length * length);
  for (let h = 0; h < heads; h++) {
    for (let i = 0; i < length; i++) for (let j = 0; j <= i; j++) out[(h * length + i) * length + j] = byDistance.data[h * length + i - j]!;
  }
  return out;
}

/** demos/model.py mlp_bias: head(relu(hidden(x))) of x = distance_feature[i - j] / query_normaliser[i] at every causal pair. */
function mlpPairBias(feature: Float32Array, normaliser: Float32Array, params: Readonly<Record<string, Tensor>>, heads: number, length: number): Float32Array {
  const [w1, b1, w2, b2] = ['hidden_weight', 'hidden_bias', 'head_weight', 'head_bias'].map((name) => {
    const t = params[name];
    if (!t) throw new Error(`the mlp-bias graph's bias needs the learned parameter "${name}"`);
    return t.data;
  }) as [Float32Array, Float32Array, Float32Array, Float32Array];
  const width = w1.length;
  const out = new Float32Array(heads * length * length);
  for (let i = 0; i < length; i++) {
    for (let j = 0; j <= i; j++) {
      const x = feature[i - j]! / normaliser[i]!;
      for (let h = 0; h < heads; h++) {
        let value = b2[h]!;
        for (let k = 0; k < width; k++) value += w2[h * width + k]! * Math.max(0, w1[k]! * x + b1[k]!);
        out[(h * length + i) * length + j] = value;
      }
    }
  }
  return out;
}

/**
 * ALiBi head slopes (Press et al., 2022): the geometric sequence starting at 2^(-8/n) with that
 * ratio; for n not a power of two, the slopes of the closest lower power of two followed by
 * every other slope of twice that many heads.
 */
export function alibiSlopes(heads: number): number[] {
  const powerOfTwo = (n: number) => Array.from({ length: n }, (_, k) => (2 ** (-8 / n)) ** (k + 1));
  if (Number.isInteger(Math.log2(heads))) return powerOfTwo(heads);
  const lower = 2 ** Math.floor(Math.log2(heads));
  const extra = powerOfTwo(2 * lower).filter((_, k) => k % 2 === 0);
  return [...powerOfTwo(lower), ...extra.slice(0, heads - lower)];
}
