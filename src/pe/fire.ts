/**
 * FIRE (Li et al., ICLR 2024, arXiv 2310.04418): bias[h, i, j] = f(psi(i - j) / psi(max(L, i)))_h,
 * psi(x) = log(|c x| + 1), f an MLP 1 -> width -> H with ReLU; learned c and threshold L.
 * Params: hidden_weight/hidden_bias [width], head_weight [H, width], head_bias [H], c [1], threshold [1].
 */
import { z } from 'zod';
import { tensor, type PeMethod, type Tensor } from './types';

/** Training-time shape of the learned function; the exported parameters carry the actual width. */
const configSchema = z.object({ mlpWidth: z.number().int().min(1).default(32), initL: z.number().positive().default(16) }).strict();
const EPS = 1e-6;

function need(params: Readonly<Record<string, Tensor>>, name: string): Float32Array {
  const t = params[name];
  if (!t) throw new Error(`fire needs its learned parameter "${name}"`);
  return t.data;
}

export default {
  id: 'fire',
  kind: 'dense-bias',
  models: ['fire'],
  configSchema,
  compute: ({ length, dims, params }) => {
    const [w1, b1, w2, b2] = ['hidden_weight', 'hidden_bias', 'head_weight', 'head_bias'].map((n) => need(params, n)) as [Float32Array, Float32Array, Float32Array, Float32Array];
    const c = need(params, 'c')[0]!;
    const threshold = need(params, 'threshold')[0]!;
    const width = w1.length;
    const heads = dims.heads;
    const psi = (x: number) => Math.log(Math.abs(c * x) + 1);
    const hidden = new Float64Array(width);
    const bias = new Float32Array(heads * length * length);
    for (let i = 0; i < length; i++) {
      const normaliser = psi(Math.max(i, threshold)) + EPS;
      for (let j = 0; j < length; j++) {
        const x = psi(j <= i ? i - j : 0) / normaliser;
        for (let k = 0; k < width; k++) hidden[k] = Math.max(0, w1[k]! * x + b1[k]!);
        for (let h = 0; h < heads; h++) {
          let out = b2[h]!;
          for (let k = 0; k < width; k++) out += w2[h * width + k]! * hidden[k]!;
          bias[(h * length + i) * length + j] = out;
        }
      }
    }
    return { bias: tensor(bias, [heads, length, length]) };
  },
} satisfies PeMethod<typeof configSchema>;
