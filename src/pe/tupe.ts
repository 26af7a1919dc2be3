/**
 * TUPE-A (Ke et al., ICLR 2021, arXiv 2006.15595): bias[h, i, j] = (p_i U^Q_h) . (p_j U^K_h) / sqrt(2 dh), the
 * positional correlation of learned absolute embeddings with their own projections, shared by all layers; as the
 * authors' code does, p = LayerNorm(table row) and the projections have biases. Positions past the table read its
 * last row. Params: table [N, d], norm_weight/norm_bias [d], query_weight/key_weight [d, d] (out x in),
 * query_bias/key_bias [d].
 */
import { z } from 'zod';
import { tensor, type PeMethod, type Tensor } from './types';

/** Rows of the trained table; the exported table carries the same number. */
const configSchema = z.object({ tableRows: z.number().int().min(1).default(64) }).strict();
const LAYER_NORM_EPS = 1e-5; // torch.nn.LayerNorm's default, as in fairseq's LayerNorm

function need(params: Readonly<Record<string, Tensor>>, name: string): Float32Array {
  const t = params[name];
  if (!t) throw new Error(`tupe needs its learned parameter "${name}"`);
  return t.data;
}

/** Elementwise (LayerNorm) or out x in (linear) weight and its bias. */
interface Affine {
  readonly weight: Float32Array;
  readonly bias: Float32Array;
}

function layerNorm(row: Float32Array, { weight, bias }: Affine): Float64Array {
  const mean = row.reduce((s, x) => s + x, 0) / row.length;
  const variance = row.reduce((s, x) => s + (x - mean) ** 2, 0) / row.length;
  const scale = 1 / Math.sqrt(variance + LAYER_NORM_EPS);
  return Float64Array.from(row, (x, c) => (x - mean) * scale * weight[c]! + bias[c]!);
}

function project(x: Float64Array, { weight, bias }: Affine): Float64Array {
  const d = x.length;
  return Float64Array.from({ length: bias.length }, (_, o) => {
    let sum: number = bias[o]!;
    for (let c = 0; c < d; c++) sum += weight[o * d + c]! * x[c]!;
    return sum;
  });
}

export default {
  id: 'tupe',
  kind: 'dense-bias',
  models: ['tupe'],
  configSchema,
  compute: ({ length, dims, params }, { tableRows }) => {
    const table = need(params, 'table');
    if (table.length !== tableRows * dims.d) throw new Error(`tupe: the table has ${table.length / dims.d} rows, the config says ${tableRows}`);
    const layer = (name: string): Affine => ({ weight: need(params, `${name}_weight`), bias: need(params, `${name}_bias`) });
    const [norm, query, key] = [layer('norm'), layer('query'), layer('key')];
    const { d, heads, headDim } = dims;
    const rows = Math.min(length, tableRows);
    const embedded = Array.from({ length: rows }, (_, r) => layerNorm(table.subarray(r * d, (r + 1) * d), norm));
    const queries = embedded.map((p) => project(p, query));
    const keys = embedded.map((p) => project(p, key));
    const scale = 1 / Math.sqrt(2 * headDim);
    const rowBias = new Float64Array(heads * rows * rows);
    for (let h = 0; h < heads; h++) {
      for (let a = 0; a < rows; a++) {
        for (let b = 0; b < rows; b++) {
          let dot = 0;
          for (let c = h * headDim; c < (h + 1) * headDim; c++) dot += queries[a]![c]! * keys[b]![c]!;
          rowBias[(h * rows + a) * rows + b] = dot * scale;
        }
      }
    }
    const bias = new Float32Array(heads * length * length);
    for (let h = 0; h < heads; h++) {
      for (let i = 0; i < length; i++) {
        const a = Math.min(i, rows - 1);
        for (let j = 0; j < length; j++) bias[(h * length + i) * length + j] = rowBias[(h * rows + a) * rows + Math.min(j, rows - 1)]!;
      }
    }
    return { bias: tensor(bias, [heads, length, length]) };
  },
} satisfies PeMethod<typeof configSchema>;
