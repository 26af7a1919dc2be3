/**
 * DeBERTa's disentangled attention (He et al., ICLR 2021, arXiv 2006.03654, Sec. 3.1), the paper's clipped relative
 * distance d(i, j) = clamp(i - j + k, 0, 2k - 1) (not the DeBERTa-v2 code's log buckets). The content-to-position term
 * reads row d(i, j) of the learned table P [2k, d], the position-to-content term row d(j, i); each layer projects them
 * in the relative-content graph. A causal model has n = i - j >= 0, so this feeds `relative` [L, 2d]: per distance n,
 * P[min(n, k - 1) + k] then P[max(k - n, 0)].
 */
import { z } from 'zod';
import { tensor, type PeMethod } from './types';

const configSchema = z.object({ clip: z.number().int().min(1).default(16) }).strict();

export default {
  id: 'deberta',
  kind: 'relative-content',
  models: ['deberta'],
  configSchema,
  compute: ({ length, dims, params }, { clip }) => {
    const table = params['table'];
    if (!table) throw new Error('deberta needs its learned relative embeddings (params "table")');
    if (table.dims[0] !== 2 * clip || table.dims[1] !== dims.d) throw new Error(`deberta: table is [${table.dims.join(', ')}], expected [${2 * clip}, ${dims.d}]`);
    const { d } = dims;
    const row = (r: number) => table.data.subarray(r * d, (r + 1) * d);
    const out = new Float32Array(length * 2 * d);
    for (let n = 0; n < length; n++) {
      out.set(row(Math.min(n, clip - 1) + clip), 2 * n * d);
      out.set(row(Math.max(clip - n, 0)), (2 * n + 1) * d);
    }
    return { relative: tensor(out, [length, 2 * d]) };
  },
} satisfies PeMethod<typeof configSchema>;
