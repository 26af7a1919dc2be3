/**
 * Learned absolute position embeddings: row p of a trained table [maxPosition, d] is added to
 * the token at position p. Rows past the training length were never trained. Fills `ape`.
 */
import { z } from 'zod';
import { maxPositionField } from './lib/config';
import { tensor, type PeMethod } from './types';

const configSchema = z.object({ maxPosition: maxPositionField }).strict();

export default {
  id: 'learned-ape',
  kind: 'ape',
  models: ['learned-ape'],
  configSchema,
  compute: ({ length, dims, params }, { maxPosition }) => {
    const table = params['table'];
    if (!table) throw new Error('learned-ape needs its learned table (params "table")');
    if (length > maxPosition) throw new RangeError(`learned-ape has ${maxPosition} positions; ${length} were asked for`);
    return { ape: tensor(table.data.slice(0, length * dims.d), [length, dims.d]) };
  },
} satisfies PeMethod<typeof configSchema>;
