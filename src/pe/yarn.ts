/** YaRN (Peng et al., ICLR 2024, arXiv 2309.00071): NTK-by-parts frequencies + attention temperature, HF `yarn`. */
import { rotaryInputs, yarnScaling } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { rampConfig } from './lib/config';
import type { PeMethod } from './types';

const configSchema = rampConfig(4);

export default {
  id: 'yarn',
  kind: 'rotary',
  models: ['rope', 'yarn-ft'],
  scalesWithLength: true,
  configSchema,
  compute: ({ length, dims, trainLength }, { base, factor, betaFast, betaSlow }) =>
    rotaryInputs(sequentialPositions(length), yarnScaling({ headDim: dims.headDim, base, factor, trainLength, betaFast, betaSlow })),
} satisfies PeMethod<typeof configSchema>;
