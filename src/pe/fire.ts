/**
 * FIRE (Li et al., ICLR 2024, arXiv 2310.04418): bias[h, i, j] = f(psi(i - j) / psi(max(L, i)))_h,
 * psi(x) = log(|c x| + 1), f an MLP 1 -> width -> H with ReLU; learned c and threshold L.
 * The MLP runs in the mlp-bias graph; this module feeds it psi of every causal distance and each query's
 * normaliser psi(max(L, i)) + eps, O(L) each.
 * Params: c [1], threshold [1]; also the MLP (hidden_weight/hidden_bias [width], head_weight [H, width], head_bias [H]),
 * which the graph holds and the figures read (lib/bias.ts).
 */
import { z } from 'zod';
import { tensor, type PeMethod, type Tensor } from './types';

/** Training-time shape of the learned function; the exported parameters carry the actual width. */
const configSchema = z.object({ mlpWidth: z.number().int().min(1).default(32), initL: z.number().positive().default(16) }).strict();
const EPS = 1e-6;

function need(params: Readonly<Record<string, Tensor>>, name: string): number {
  const t = params[name];
  if (!t) throw new Error(`fire needs its learned parameter "${name}"`);
  return t.data[0]!;
}

export default {
  id: 'fire',
  kind: 'mlp-bias',
  models: ['fire'],
  configSchema,
  compute: ({ length, params }) => {
    const c = need(params, 'c');
    const threshold = need(params, 'threshold');
    const psi = (x: number) => Math.log(Math.abs(c * x) + 1);
    return {
      distance_feature: tensor(
        Float32Array.from({ length }, (_, n) => psi(n)),
        [length],
      ),
      query_normaliser: tensor(
        Float32Array.from({ length }, (_, i) => psi(Math.max(i, threshold)) + EPS),
        [length],
      ),
    };
  },
} satisfies PeMethod<typeof configSchema>;
