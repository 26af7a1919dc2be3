/**
 * The lengths a method's demo offers: the benchmark's multiples of the training length and, past them, doublings up to
 * the held-out excerpts' longest read (public/data/heldout.json `longestBytes`), which scripts/bench-lengths.ts measured
 * to keep every graph's onnxruntime-web WASM heap within MEMORY_CEILING_GIB. A model whose positions run out sooner
 * (a learned table's or a sampling pool's `maxPosition`) stops there.
 */
import type { PeMethod } from '../pe/types';
import type { ModelEntry } from '../schemas/manifest';
import { MULTIPLES } from '../schemas/results';

export const MEMORY_CEILING_GIB = 3;

/** The benchmark's multiples of the training length and their doublings up to longestBytes. */
export function lengthMultiples(trainLength: number, longestBytes: number): number[] {
  const multiples: number[] = [...MULTIPLES];
  for (let k = MULTIPLES.at(-1)! * 2; k * trainLength <= longestBytes; k *= 2) multiples.push(k);
  return multiples;
}

export function demoMultiples(method: PeMethod, models: readonly ModelEntry[], longestBytes: number): number[] {
  const trainLength = models[0]?.pretrainLength ?? 64;
  const positions = models.map((m) => {
    const config = method.configSchema.safeParse(m.config);
    return config.success ? ((config.data as { maxPosition?: number }).maxPosition ?? Infinity) : Infinity;
  });
  const longest = Math.min(longestBytes, ...positions);
  return lengthMultiples(trainLength, longestBytes).filter((k) => k * trainLength <= longest);
}
