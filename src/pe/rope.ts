/** RoPE (Su et al., RoFormer, arXiv 2104.09864, Eq. 15-16): rotate channel pair m of q and k by p * theta_m. */
import { z } from 'zod';
import { ropeFrequencies, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField, baseFieldWithDefault } from './lib/config';
import type { PeContext, PeMethod } from './types';

/** RoPE at a chosen base: the whole encoding of the methods that only choose the base (ABF, the RoPE scaling laws). */
export function ropeConfig(defaultBase?: number) {
  return z.object({ base: defaultBase === undefined ? baseField : baseFieldWithDefault(defaultBase) }).strict();
}

export function ropeInputs({ length, dims }: PeContext, { base }: { base: number }) {
  return rotaryInputs(sequentialPositions(length), ropeFrequencies({ headDim: dims.headDim, base }));
}

const configSchema = ropeConfig();

export default {
  id: 'rope',
  kind: 'rotary',
  models: ['rope'],
  configSchema,
  compute: ropeInputs,
} satisfies PeMethod<typeof configSchema>;
