/** PE modules whose models are not trained yet (issue 13): tested here until src/pe/registry.ts lists them. */
import type { PeMethod } from '../../../src/pe/types';

export const awaitingModels: Record<string, PeMethod> = {};
