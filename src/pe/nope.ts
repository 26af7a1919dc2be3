/** NoPE (Kazemnejad et al., 2023, arXiv 2305.19466): no positional input; every input keeps its identity value. */
import { z } from 'zod';
import type { PeMethod } from './types';

export default {
  id: 'nope',
  kind: 'ape',
  models: ['nope'],
  configSchema: z.object({}).strict(),
  compute: () => ({}),
} satisfies PeMethod;
