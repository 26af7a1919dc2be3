/**
 * BiPE-RoPE (He et al., ICML 2024, arXiv 2401.16421): the text is cut into segments, a new one starting after every
 * full stop or newline byte; each byte gets the learned embedding of its offset o within its segment,
 * table[min(o, tableRows - 1)] (`ape`), and RoPE at its segment index (the rotary inputs), as the authors' code does
 * (zhenyuhe00/BiPE, get_bilevel_ids and get_ape_embeddings, which cut after Llama's "▁." and newline tokens).
 * Positions depend on the bytes, so it reads ctx.tokens. Params: table [tableRows, d].
 */
import { z } from 'zod';
import { baseField } from './lib/config';
import { ropeFrequencies, rotaryInputs } from './lib/rotary';
import { tensor, type PeMethod } from './types';

/** Bytes that end a segment: '.' and '\n' (demos/pe/bipe.py has the same). */
export const SEGMENT_ENDS: readonly number[] = [0x2e, 0x0a];

const configSchema = z.object({ base: baseField, tableRows: z.number().int().min(1).default(64) }).strict();

/** Offset within its segment and segment index of every byte; a segment end belongs to the segment it ends. */
export function bilevelPositions(tokens: Uint8Array): { offsets: Float64Array; segments: Float64Array } {
  const offsets = new Float64Array(tokens.length);
  const segments = new Float64Array(tokens.length);
  let segment = 0;
  let start = 0;
  tokens.forEach((byte, t) => {
    offsets[t] = t - start;
    segments[t] = segment;
    if (SEGMENT_ENDS.includes(byte)) {
      segment++;
      start = t + 1;
    }
  });
  return { offsets, segments };
}

export default {
  id: 'bipe',
  kind: 'rotary',
  models: ['bipe'],
  readsTokens: true,
  configSchema,
  compute: ({ length, dims, params, tokens }, { base, tableRows }) => {
    if (tokens?.length !== length) throw new Error(`bipe computes its positions from the ${length} bytes they are for (ctx.tokens)`);
    const table = params['table'];
    if (!table) throw new Error('bipe needs its learned table (params "table")');
    if (table.data.length !== tableRows * dims.d) throw new Error(`bipe: the table has ${table.data.length / dims.d} rows, the config says ${tableRows}`);
    const { offsets, segments } = bilevelPositions(tokens);
    const ape = new Float32Array(length * dims.d);
    offsets.forEach((o, t) => {
      const row = Math.min(o, tableRows - 1);
      ape.set(table.data.subarray(row * dims.d, (row + 1) * dims.d), t * dims.d);
    });
    return { ape: tensor(ape, [length, dims.d]), ...rotaryInputs(segments, ropeFrequencies({ headDim: dims.headDim, base })) };
  },
} satisfies PeMethod<typeof configSchema>;
