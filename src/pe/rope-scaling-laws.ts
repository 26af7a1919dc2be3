/**
 * Scaling laws of RoPE-based extrapolation (Liu et al. 2023, arXiv 2310.05209): RoPE at a changed base
 * (500 or 1e6), fine-tuned at the ORIGINAL training length. Default: the pre-training base, so on the
 * un-tuned 'rope' model this is plain RoPE, the reference the two tuned bases are compared with.
 */
import { ropeConfig, ropeInputs } from './rope';
import type { PeMethod } from './types';

const configSchema = ropeConfig();

export default {
  id: 'rope-scaling-laws',
  kind: 'rotary',
  models: ['rope', 'rope-base500-ft', 'rope-base1m-ft'],
  configSchema,
  compute: ropeInputs,
} satisfies PeMethod<typeof configSchema>;
