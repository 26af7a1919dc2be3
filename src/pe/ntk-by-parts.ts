/**
 * NTK-by-parts (bloc97, 2023; Peng et al., YaRN, arXiv 2309.00071, §3.2, Eqs. 17-20): YaRN's per-pair
 * ramp between theta_m and theta_m / s WITHOUT the attention temperature, applied without fine-tuning.
 */
import { ntkByPartsScaling, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { rampConfig } from './lib/config';
import type { PeMethod } from './types';

const configSchema = rampConfig(4);

export default {
  id: 'ntk-by-parts',
  kind: 'rotary',
  models: ['rope'],
  scalesWithLength: true,
  configSchema,
  compute: ({ length, dims, trainLength }, { base, factor, betaFast, betaSlow }) =>
    rotaryInputs(sequentialPositions(length), ntkByPartsScaling({ headDim: dims.headDim, base, factor, trainLength, betaFast, betaSlow })),
} satisfies PeMethod<typeof configSchema>;
