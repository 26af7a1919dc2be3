/** Which numbered figures a method page shows before its measured results, so that the numbering runs on. */
import { isMethodId, methods } from '../pe/registry';
import type { PeKind } from '../pe/types';

/** The kinds whose inputs EncodingFigure draws: bias heat maps, band maps, rotary wavelengths, APE similarities. */
const DRAWN_KINDS: readonly PeKind[] = ['distance-bias', 'dense-bias', 'mlp-bias', 'multi-band', 'rotary', 'ape'];

/**
 * Does EncodingFigure draw the encoding itself? Not NoPE's absent positions, nor positions that depend on a text, nor a
 * position term that lives inside a method's own graph (Shaw, Transformer-XL, DeBERTa, DAPE, CoPE, the complex embedding).
 */
export function hasEncodingFigure(methodId: string): boolean {
  if (!isMethodId(methodId) || methodId === 'nope') return false;
  const method = methods[methodId];
  return DRAWN_KINDS.includes(method.kind) && !('readsTokens' in method);
}

/** Does EncodingFigure also draw example training positions (methods that randomise them)? */
export function hasTrainingPositionsFigure(methodId: string): boolean {
  return isMethodId(methodId) && 'sampleTrainingPositions' in methods[methodId];
}

export function encodingFigureCount(methodId: string): number {
  return Number(hasEncodingFigure(methodId)) + Number(hasTrainingPositionsFigure(methodId));
}
