/**
 * DAPE (Zheng et al., NeurIPS 2024, arXiv 2405.14722) on its ALiBi base, as in the authors' code: every layer's
 * logits are S + B + f(S, B), with f a small MLP across heads at each (query, key) pair. f lives in the
 * adaptive-bias graph (demos/model.py); this feeds B by distance, ALiBi's `distance_bias` [H, L].
 */
import alibi from './alibi';
import type { PeMethod } from './types';

export default {
  id: 'dape',
  kind: 'adaptive-bias',
  models: ['dape'],
  configSchema: alibi.configSchema,
  compute: alibi.compute,
} satisfies PeMethod<typeof alibi.configSchema>;
