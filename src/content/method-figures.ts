/** Which numbered figures a method page shows before its measured results, so that the numbering runs on. */
import { isMethodId, methods } from '../pe/registry';

/** Does EncodingFigure draw the encoding itself (not NoPE's absent positions, nor positions that depend on a text)? */
export function hasEncodingFigure(methodId: string): boolean {
  return isMethodId(methodId) && methodId !== 'nope' && !('readsTokens' in methods[methodId]);
}

/** Does EncodingFigure also draw example training positions (methods that randomise them)? */
export function hasTrainingPositionsFigure(methodId: string): boolean {
  return isMethodId(methodId) && 'sampleTrainingPositions' in methods[methodId];
}

export function encodingFigureCount(methodId: string): number {
  return Number(hasEncodingFigure(methodId)) + Number(hasTrainingPositionsFigure(methodId));
}
