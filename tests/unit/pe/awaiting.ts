/** PE modules whose models are not trained yet (issue 13): tested here until src/pe/registry.ts lists them. */
import complexEmbedding from '../../../src/pe/complex-embedding';
import floater from '../../../src/pe/floater';
import type { PeMethod } from '../../../src/pe/types';

export const awaitingModels: Record<string, PeMethod> = { 'complex-embedding': complexEmbedding, floater };
