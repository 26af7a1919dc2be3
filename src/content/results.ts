/**
 * Measured results (content/results/benchmark.json, and per method positions/<method>.json and attention/<method>.json,
 * written by `npm run eval`), the model manifest and the held-out text's description.
 */
import benchmarkJson from '../../content/results/benchmark.json';
import heldoutJson from '../../public/data/heldout.json';
import manifestJson from '../../public/models/manifest.json';
import { localPerMethodResults } from '../demo/local';
import { SMOOTHING_WINDOW } from '../plots/curves';
import { HeldoutSchema } from '../schemas/heldout';
import { BenchmarkSchema, type Benchmark, type BenchmarkRecord } from '../schemas/results';
import { ManifestSchema, type ModelEntry } from '../schemas/manifest';
import { probeMiss, type FineTuning, type ProbeMiss } from './probe-miss';

export const benchmark = BenchmarkSchema.parse(benchmarkJson);
export const positions = localPerMethodResults('positions');
export const attention = localPerMethodResults('attention');
if (positions.smoothingWindow !== SMOOTHING_WINDOW)
  throw new Error(`content/results/positions/ has intervals for ${positions.smoothingWindow}-byte windows, the figures smooth over ${SMOOTHING_WINDOW}: run \`npm run eval\``);
export const manifest = ManifestSchema.parse(manifestJson);
export const heldout = HeldoutSchema.parse(heldoutJson);

export type Unscored = Benchmark['unscored'][number];

/** Records for one method, grouped by the model they ran on, in multiple order, with the lengths not scored (every seed's outputs not finite). */
export function resultsFor(methodId: string): { model: string; records: BenchmarkRecord[]; unscored: Unscored[] }[] {
  const mine = benchmark.records.filter((r) => r.method === methodId);
  const models = [...new Set(mine.map((r) => r.model))];
  return models.map((model) => ({
    model,
    records: mine.filter((r) => r.model === model).sort((a, b) => a.multiple - b.multiple),
    unscored: benchmark.unscored.filter((u) => u.method === methodId && u.model === model),
  }));
}

export function modelEntry(id: string): ModelEntry {
  const entry = manifest.models.find((m) => m.id === id);
  if (!entry) throw new Error(`model "${id}" is not in public/models/manifest.json`);
  return entry;
}

/** Where a model was fine-tuned from, and at what length as a multiple of the training length; undefined for a model trained from scratch. */
export function fineTuningOf(model: string): FineTuning | undefined {
  const { initFrom, trainLength, pretrainLength } = modelEntry(model);
  return initFrom ? { from: initFrom, multiple: trainLength / pretrainLength } : undefined;
}

/** A fine-tuned series' record at its fine-tuning length; undefined for a model trained from scratch. */
export function atFineTuningLength(records: readonly BenchmarkRecord[]): BenchmarkRecord | undefined {
  const tuned = fineTuningOf(records[0]!.model);
  return tuned && records.find((r) => r.multiple === tuned.multiple);
}

/** Why a series of the benchmark misses the pass-key probe at 1x (src/content/probe-miss.ts), or undefined when it learned it. */
export function seriesProbeMiss(records: readonly BenchmarkRecord[]): ProbeMiss | undefined {
  return probeMiss(records, benchmark.records, (model) => modelEntry(model).method, fineTuningOf);
}
