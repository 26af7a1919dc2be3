/**
 * Dynamic NTK (emozilla, 2023; survey Eq. 23), HF `dynamic` form: the NTK-aware base follows the
 * current length. Computed as it runs in generation with a KV cache (Hugging Face issue #25104): the
 * token at position p is processed when the sequence is p + 1 long, so its query and its cached key
 * are rotated with the base for length max(p + 1, L). One pass with these per-position rotations
 * equals token-by-token decoding.
 */
import { z } from 'zod';
import { dynamicNtkScaling } from './lib/rotary';
import { baseField, factorField } from './lib/config';
import { tensor, type PeMethod } from './types';

const configSchema = z.object({ base: baseField, factor: factorField(1) }).strict();

export default {
  id: 'dynamic-ntk',
  kind: 'rotary',
  models: ['rope'],
  configSchema,
  compute: ({ length, dims, trainLength }, { base, factor }) => {
    const half = dims.headDim / 2;
    const cos = new Float32Array(length * half);
    const sin = new Float32Array(length * half);
    for (let p = 0; p < length; p++) {
      const { invFreq } = dynamicNtkScaling({ headDim: dims.headDim, base, factor, length: p + 1, trainLength });
      invFreq.forEach((f, m) => {
        cos[p * half + m] = Math.cos(p * f);
        sin[p * half + m] = Math.sin(p * f);
      });
    }
    const rotation = { cos: tensor(cos, [length, half]), sin: tensor(sin, [length, half]) };
    return { rq_cos: rotation.cos, rq_sin: rotation.sin, rk_cos: rotation.cos, rk_sin: rotation.sin };
  },
} satisfies PeMethod<typeof configSchema>;
