/**
 * THE list of positional encodings that have computable inputs (a TS module and a PyTorch twin in
 * demos/pe/). Method pages without an entry here (e.g. Shaw et al.) have no live model.
 */
import abf from './abf';
import alibi from './alibi';
import attentionSinks from './attention-sinks';
import cape from './cape';
import dape from './dape';
import cream from './cream';
import dca from './dca';
import deberta from './deberta';
import dynamicNtk from './dynamic-ntk';
import fire from './fire';
import giraffe from './giraffe';
import kerple from './kerple';
import learnedApe from './learned-ape';
import llama3Scaling from './llama3-scaling';
import lmInfinite from './lm-infinite';
import longrope from './longrope';
import longrope2 from './longrope2';
import mesaExtrapolation from './mesa-extrapolation';
import nope from './nope';
import ntkAware from './ntk-aware';
import ntkByParts from './ntk-by-parts';
import pi from './pi';
import pose from './pose';
import randomizedPe from './randomized-pe';
import rerope from './rerope';
import resonanceRope from './resonance-rope';
import rope from './rope';
import ropeScalingLaws from './rope-scaling-laws';
import sandwich from './sandwich';
import selfExtend from './self-extend';
import shape from './shape';
import shaw from './shaw';
import sinusoidal from './sinusoidal';
import t5Bias from './t5-bias';
import transformerXl from './transformer-xl';
import tupe from './tupe';
import xpos from './xpos';
import yarn from './yarn';
import clex from './clex';
import bipe from './bipe';
import cope from './cope';
import floater from './floater';
import complexEmbedding from './complex-embedding';
import type { PeMethod } from './types';

export const methods = {
  nope,
  sinusoidal,
  'learned-ape': learnedApe,
  shape,
  cape,
  floater,
  'complex-embedding': complexEmbedding,
  'randomized-pe': randomizedPe,
  't5-bias': t5Bias,
  alibi,
  kerple,
  sandwich,
  fire,
  tupe,
  shaw,
  'transformer-xl': transformerXl,
  deberta,
  dape,
  bipe,
  cope,
  rope,
  xpos,
  pose,
  cream,
  pi,
  giraffe,
  'ntk-aware': ntkAware,
  abf,
  'rope-scaling-laws': ropeScalingLaws,
  'dynamic-ntk': dynamicNtk,
  'ntk-by-parts': ntkByParts,
  yarn,
  'resonance-rope': resonanceRope,
  'llama3-scaling': llama3Scaling,
  clex,
  longrope,
  longrope2,
  rerope,
  'self-extend': selfExtend,
  dca,
  'attention-sinks': attentionSinks,
  'lm-infinite': lmInfinite,
  'mesa-extrapolation': mesaExtrapolation,
} as const satisfies Record<string, PeMethod>;

export type MethodId = keyof typeof methods;
export const methodIds = Object.keys(methods) as [MethodId, ...MethodId[]];

export function isMethodId(id: string): id is MethodId {
  return Object.hasOwn(methods, id);
}

export function getMethod(id: string): PeMethod {
  if (!isMethodId(id)) throw new Error(`unknown positional encoding "${id}"; known: ${methodIds.join(', ')}`);
  return methods[id];
}
