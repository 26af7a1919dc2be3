/** RoPE ABF, adjusted base frequency (Xiong et al. 2023, arXiv 2309.16039, §4.1): base 10,000 -> 500,000, then continual training. */
import { ropeConfig, ropeInputs } from './rope';
import type { PeMethod } from './types';

const configSchema = ropeConfig(500000);

export default {
  id: 'abf',
  kind: 'rotary',
  models: ['rope', 'abf-ft'],
  configSchema,
  compute: ropeInputs,
} satisfies PeMethod<typeof configSchema>;
