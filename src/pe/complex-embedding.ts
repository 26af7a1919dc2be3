/**
 * Complex embedding (Wang et al., ICLR 2020, arXiv 1912.12333): byte j at position pos enters as the real and
 * imaginary parts of r_j e^{i (w_j pos + theta_j)}, with the amplitude, frequency and phase learned per byte. Those
 * live in the complex-embedding graph (demos/model.py); this feeds it the positions, `positions` [L] = 0 .. L-1.
 */
import { z } from 'zod';
import { tensor, type PeMethod } from './types';

const configSchema = z.object({}).strict();

export default {
  id: 'complex-embedding',
  kind: 'complex-embedding',
  models: ['complex-embedding'],
  configSchema,
  compute: ({ length }) => ({
    positions: tensor(
      Float32Array.from({ length }, (_, i) => i),
      [length],
    ),
  }),
} satisfies PeMethod<typeof configSchema>;
