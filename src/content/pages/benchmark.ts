/**
 * Everything /benchmark/ and /zh/benchmark/ compute from the results, once for both: the figures (words in
 * the page's language), the series and groups, the setup's numbers and the findings. The two templates
 * differ only in prose.
 */
import type { Locale } from '../../i18n/locale';
import type { BenchmarkRecord } from '../../schemas/results';
import { SMOOTHING_WINDOW } from '../../plots/curves';
import { REFERENCE_KEYS } from '../../plots/families';
import { renderPanels } from '../../plots/render';
import { resultPoints } from '../../plots/series';
import { resultCells, resultHeaders } from '../../plots/table';
import { DIGIT_CHANCE, KEY_DIGITS, LEARNED_DIGITS, probeAt1 } from '../../demo/probe';
import { seedsShort, type ProbeMiss } from '../probe-miss';
import split from '../../demo/heldout-split.json';
import { siteFigures } from '../figures';
import { findings } from '../findings';
import { atFineTuningLength, attention, benchmark, heldout, manifest, modelEntry, seriesProbeMiss } from '../results';
import { runSettings, type RunSettings } from '../run-summaries';
import { allMethods } from '../site';

/** Copy drills (demos/train.py add_drills): during the first `steps` steps, `fraction` of the text windows become probes with keys of KEY_DIGITS + 1 to `maxDigits` digits. */
interface Drills {
  fraction: number;
  steps: number;
  maxDigits: number;
}

/** The one recipe of the benchmark's from-scratch models, from their runs' settings (demos/runs/<run>/summary.json); runs from before drills had none. */
function fromScratchRecipe(runs: readonly string[]): { steps: number; probeLossWeight: number; drills: Drills | undefined } {
  const settings = runs.map(runSettings);
  const recipeOf = (s: RunSettings) => {
    const drills = s.drill_steps && s.drill_fraction ? { fraction: s.drill_fraction, steps: s.drill_steps, maxDigits: s.drill_max_digits! } : undefined;
    return { steps: s.steps, probeLossWeight: s.probe_loss_weight, drills };
  };
  const recipes = new Set(settings.filter((s) => s.init_from === '').map((s) => JSON.stringify(recipeOf(s))));
  if (recipes.size !== 1) throw new Error(`the benchmark's from-scratch models need one recipe, not: ${[...recipes].join('; ')}`);
  return JSON.parse([...recipes][0]!) as ReturnType<typeof fromScratchRecipe>;
}

export async function benchmarkPage(locale: Locale) {
  const names = new Map((await allMethods()).map((m) => [m.data.id, m.data.name]));
  const all = await siteFigures(locale);
  const { series, groups, figures } = all;
  const panels = (id: keyof typeof figures) => renderPanels(figures[id]).join('');
  const references = REFERENCE_KEYS.map((k) => series.find((s) => s.key === k)?.label).filter((l) => l !== undefined);
  const L = benchmark.settings.trainLength;
  const multiples = benchmark.settings.multiples;
  /** Models with weights of their own (a multi-band graph reuses another model's weights). */
  const ownWeights = manifest.models.filter((m) => m.graph !== 'multi-band');
  const trained = ownWeights.filter((m) => !m.initFrom);
  const tuned = ownWeights.filter((m) => m.initFrom);
  /** Every run evaluated, each seed's once (a multi-band model is another export of its run). */
  const runs = new Map(Object.values(benchmark.models).map((m) => [m.run, m.trainSeconds]));
  const training = { hours: Math.round([...runs.values()].reduce((s, t) => s + t, 0) / 360) / 10, runs: runs.size };
  /** Seeds left out of a length's values because their outputs are not finite there. */
  const labelOf = (r: { method: string; model: string }) => series.find((s) => s.method === r.method && s.records[0]?.model === r.model)?.label ?? `${r.method} (${r.model})`;
  const diverged = benchmark.records.filter((r) => r.diverged.length > 0).map((r) => ({ label: labelOf(r), multiple: r.multiple, seeds: r.diverged }));
  /** Lengths not scored at all: every seed's outputs are not finite there. */
  const unscored = benchmark.unscored.map((u) => ({ label: labelOf(u), multiple: u.multiple, seeds: u.diverged }));
  const first = trained[0]!;
  /** The backbone alone: the smallest trained model (learned PE tables add parameters of their own). */
  const backboneParameters = Math.min(...trained.map((m) => m.parameterCount));
  const longest = multiples.at(-1)!;
  /** A fine-tune's starting model, and whether every seed of it recalls the key at 1x in both placements. */
  const fineTunedFrom = (model: string) => {
    const from = modelEntry(model).initFrom;
    if (!from) return undefined;
    const at1 = benchmark.records.find((r) => r.model === from && r.method === modelEntry(from).method && r.multiple === multiples[0]);
    return { model: from, learned: at1 !== undefined && at1.seeds.every((k) => k.far >= LEARNED_DIGITS && k.near >= LEARNED_DIGITS) };
  };
  /** A fine-tuned series' far and near digit accuracy at its fine-tuning length (and that multiple), or undefined. */
  const fineTuningProbe = (records: readonly BenchmarkRecord[]) => {
    const at = atFineTuningLength(records);
    return at && { multiple: at.multiple, far: at.probe.far.digitAccuracy.toFixed(2), near: at.probe.near.digitAccuracy.toFixed(2) };
  };
  /** The probe measures extrapolation only for series that retrieve the key within the training length; those that do not, by cause. */
  const missed = (cause: ProbeMiss) =>
    series
      .filter((s) => seriesProbeMiss(s.records) === cause)
      .map((s) => ({
        label: s.label,
        base: fineTunedFrom(s.records[0]!.model),
        far: probeAt1(s.records, 'far'),
        near: probeAt1(s.records, 'near'),
        short: seedsShort(s.records),
        tuned: fineTuningProbe(s.records),
      }));
  const unlearned = { training: missed('training'), fineTuning: missed('fine-tuning'), method: missed('method') };
  /** Seeds out of a series' values because their run did not learn the probe in training while others did (settings.learned), with their values at 1x, in the page's words. */
  const replaced = series.flatMap((s) => {
    const at1 = s.records.find((r) => r.multiple === multiples[0]);
    if (!at1 || at1.notLearned.length === 0) return [];
    const kept = at1.seeds.map((k) => k.seed);
    const left = at1.notLearned.map((k) =>
      locale === 'zh' ? `种子 ${k.seed}（1× 时远 ${k.far.toFixed(2)}，近 ${k.near.toFixed(2)}）` : `seed ${k.seed} (at 1×: far ${k.far.toFixed(2)}, near ${k.near.toFixed(2)})`,
    );
    return [locale === 'zh' ? `${s.label}：${left.join('、')}；数值来自种子 ${kept.join('、')}` : `${s.label}: ${left.join(' and ')}; the values are those of seeds ${kept.join(', ')}`];
  });
  /** The fine-tunes by budget: the same steps, length and starting model (each seed's own). */
  const tunedBudgets = [...new Set(tuned.map((m) => `${m.steps}|${m.trainLength}|${m.initFrom}`))].map((budget) => {
    const models = tuned.filter((m) => `${m.steps}|${m.trainLength}|${m.initFrom}` === budget);
    return { ids: models.map((m) => m.id), steps: models[0]!.steps, trainLength: models[0]!.trainLength, initFrom: models[0]!.initFrom! };
  });
  const seedsPerSeries = [...new Set(benchmark.records.map((r) => r.seeds.length))].sort();
  const seedCounts =
    locale === 'zh'
      ? `${[seedsPerSeries.slice(0, -1).join('、'), seedsPerSeries.at(-1)].filter((x) => x !== '').join(' 或 ')} 个随机种子`
      : `${[seedsPerSeries.slice(0, -1).join(', '), seedsPerSeries.at(-1)].filter((x) => x !== '').join(' or ')} seed${seedsPerSeries.at(-1) === 1 ? '' : 's'}`;
  /** The results table: a row per series, its method page linked where there is one. */
  const table = {
    headers: resultHeaders(multiples, locale),
    rows: series.map((s) => ({ label: s.label, cells: resultCells(resultPoints(s), multiples), method: names.has(s.method) ? s.method : undefined })),
  };
  return {
    all,
    series,
    groups,
    panels,
    references,
    L,
    multiples,
    longest,
    tunedBudgets,
    training,
    diverged,
    unscored,
    first,
    backboneParameters,
    results: findings(benchmark, locale),
    unlearned,
    replaced,
    recipe: fromScratchRecipe(Object.values(benchmark.models).map((m) => m.run)),
    seedCounts,
    table,
    benchmark,
    attention,
    heldout,
    split,
    probe: { DIGIT_CHANCE, KEY_DIGITS, LEARNED_DIGITS },
    SMOOTHING_WINDOW,
  };
}
