/**
 * xPos (Sun et al., ACL 2023, arXiv 2212.10554): RoPE with query pair m scaled by zeta_m^(n/B) and
 * key pair m by zeta_m^(-n/B), zeta_m = (2m/d + gamma) / (1 + gamma), so q_i . k_j decays as
 * zeta^((i - j)/B). gamma = 0.4, B = 512 as in torchscale; positions are not centred (only the product matters).
 */
import { z } from 'zod';
import { ropeFrequencies, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField } from './lib/config';
import { tensor, type PeMethod, type Tensor } from './types';

const configSchema = z.object({ base: baseField, gamma: z.number().min(0).default(0.4), scaleBase: z.number().positive().default(512) }).strict();

export default {
  id: 'xpos',
  kind: 'rotary',
  models: ['xpos'],
  configSchema,
  compute: ({ length, dims }, { base, gamma, scaleBase }) => {
    const positions = sequentialPositions(length);
    const half = dims.headDim / 2;
    const rotated = rotaryInputs(positions, ropeFrequencies({ headDim: dims.headDim, base }));
    const scaled = (t: Tensor, sign: 1 | -1) => {
      const out = new Float32Array(t.data.length);
      positions.forEach((p, row) => {
        for (let m = 0; m < half; m++) {
          const zeta = ((2 * m) / dims.headDim + gamma) / (1 + gamma);
          out[row * half + m] = t.data[row * half + m]! * Math.fround(zeta ** ((sign * p) / scaleBase));
        }
      });
      return tensor(out, t.dims);
    };
    return {
      rq_cos: scaled(rotated.rq_cos, 1),
      rq_sin: scaled(rotated.rq_sin, 1),
      rk_cos: scaled(rotated.rk_cos, -1),
      rk_sin: scaled(rotated.rk_sin, -1),
    };
  },
} satisfies PeMethod<typeof configSchema>;
