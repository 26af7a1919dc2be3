/** PE modules whose models are not trained yet (issue 13): tested here until src/pe/registry.ts lists them. */
import dape from '../../../src/pe/dape';
import deberta from '../../../src/pe/deberta';
import type { PeMethod } from '../../../src/pe/types';

export const awaitingModels: Record<string, PeMethod> = { dape, deberta };
