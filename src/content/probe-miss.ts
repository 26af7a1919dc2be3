/**
 * Why a series misses the pass-key probe within its training length. 'training': the model misses it with the
 * encoding it was trained with, so the recipe did not teach it. 'method': the model recalls the key with its own
 * encoding, and this method, applied to it without training, loses it (e.g. a window that drops the key).
 */
import { LEARNED_DIGITS, probeLearned } from '../demo/probe';
import type { BenchmarkRecord } from '../schemas/results';

export type ProbeMiss = 'training' | 'method';

/** A site model and its multi-band export hold the same weights (rope, rope-multiband). */
const weightsOf = (model: string) => model.replace(/-multiband$/, '');

/**
 * `records`: one series (one method on one model); `all`: every record of the benchmark; `trainedWith`: the method
 * a model was trained or fine-tuned with. Undefined when the series learned the probe.
 */
export function probeMiss(records: readonly BenchmarkRecord[], all: readonly BenchmarkRecord[], trainedWith: (model: string) => string): ProbeMiss | undefined {
  if (probeLearned(records)) return undefined;
  const { method, model } = records[0]!;
  const own = trainedWith(model);
  if (own === method) return 'training';
  const ownSeries = all.filter((r) => r.method === own && weightsOf(r.model) === weightsOf(model));
  return ownSeries.length > 0 && probeLearned(ownSeries) ? 'method' : 'training';
}

/** A seed of a series that, at 1x, recalls less than LEARNED_DIGITS of the key digits in one placement or both. */
export interface SeedShort {
  seed: number;
  far: string;
  near: string;
}

/**
 * The seeds of a series that miss the probe at 1x, when others learn it: a mean over seeds below the threshold can
 * hide one seed that never learned the probe (its shortfall is the recipe's luck, not the method's). Empty when every
 * seed misses it, or none does.
 */
export function seedsShort(records: readonly BenchmarkRecord[]): SeedShort[] {
  const seeds = records.find((r) => r.multiple === 1)?.seeds ?? [];
  const short = seeds.filter((s) => s.far < LEARNED_DIGITS || s.near < LEARNED_DIGITS);
  if (short.length === seeds.length) return [];
  return short.map((s) => ({ seed: s.seed, far: s.far.toFixed(2), near: s.near.toFixed(2) }));
}
