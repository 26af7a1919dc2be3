/**
 * Why a series misses the pass-key probe at 1x. 'training': the model misses it with the encoding it was trained with,
 * so the recipe did not teach it. 'fine-tuning': a model fine-tuned at a longer length misses it at 1x with its own
 * encoding, but recalls it at its fine-tuning length, and the model it started from recalls it at 1x: the fine-tune
 * lost part of the recall at the shorter length. 'method': the model recalls the key with its own encoding, and this
 * method, applied to it without training, loses it (e.g. a window that drops the key).
 */
import { LEARNED_DIGITS, PLACEMENTS, probeLearned } from '../demo/probe';
import type { BenchmarkRecord } from '../schemas/results';

export type ProbeMiss = 'training' | 'fine-tuning' | 'method';

/** A fine-tune's starting model and its fine-tuning length as a multiple of the training length. */
export interface FineTuning {
  from: string;
  multiple: number;
}

/** A site model and its multi-band export hold the same weights (rope, rope-multiband). */
const weightsOf = (model: string) => model.replace(/-multiband$/, '');

const learnedAt = (records: readonly BenchmarkRecord[], multiple: number) => {
  const at = records.find((r) => r.multiple === multiple);
  return at !== undefined && PLACEMENTS.every((p) => at.probe[p].digitAccuracy >= LEARNED_DIGITS);
};

/**
 * `records`: one series (one method on one model); `all`: every record of the benchmark; `trainedWith`: the method
 * a model was trained or fine-tuned with; `fineTuning`: where a model was fine-tuned from, and at what length.
 * Undefined when the series learned the probe.
 */
export function probeMiss(
  records: readonly BenchmarkRecord[],
  all: readonly BenchmarkRecord[],
  trainedWith: (model: string) => string,
  fineTuning: (model: string) => FineTuning | undefined = () => undefined,
): ProbeMiss | undefined {
  if (probeLearned(records)) return undefined;
  const { method, model } = records[0]!;
  /** whether `of`'s model recalls the key at 1x with the encoding it was trained with */
  const learnedWithOwn = (of: string) => {
    const ownSeries = all.filter((r) => r.method === trainedWith(of) && weightsOf(r.model) === weightsOf(of));
    return ownSeries.length > 0 && probeLearned(ownSeries);
  };
  if (trainedWith(model) !== method) return learnedWithOwn(model) ? 'method' : 'training';
  const tuned = fineTuning(model);
  return tuned && tuned.multiple > 1 && learnedAt(records, tuned.multiple) && learnedWithOwn(tuned.from) ? 'fine-tuning' : 'training';
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
