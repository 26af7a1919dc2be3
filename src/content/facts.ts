/**
 * Figures the method pages state about Longitude's own models, so that no such number is typed into prose:
 * each is read from the model manifest (public/models/manifest.json), from a PE module's config schema, or
 * computed by the PE modules' own maths. <Fact> (src/components/content/Fact.astro) renders one inline.
 */
import katex from 'katex';
import { methods, type MethodId } from '../pe/registry';
import { criticalBase, criticalDimension, extrapolationBound, fullTurnBase, pairPeriods, smallBaseThresholds, type BoundKind } from '../pe/rope-scaling-laws';
import { ntkByPartsScaling, resonanceFrequencies, ropeFrequencies } from '../pe/lib/rotary';
import type { ModelEntry } from '../schemas/manifest';
import { modelEntry } from './results';
import { MULTIPLES } from '../schemas/results';
import { localParams } from '../demo/local';
import { lowerBoundBase, reach } from './rope-base-bound';
import longropeSearch from '../../demos/search/longrope-rope-seed1.json';
import longrope2Search from '../../demos/search/longrope2-rope-seed1.json';

/** Manifest fields of a trained model, and simple figures derived from them. */
export const MODEL_FIELDS = {
  steps: (e: ModelEntry) => e.steps,
  batch: (e: ModelEntry) => e.batch,
  /** the window this run trained at */
  trainLength: (e: ModelEntry) => e.trainLength,
  /** the pre-training length of the model a fine-tune started from */
  pretrainLength: (e: ModelEntry) => e.pretrainLength,
  /** a fine-tune's window as a multiple of the pre-training length */
  lengthMultiple: (e: ModelEntry) => e.trainLength / e.pretrainLength,
  /** bytes per optimiser step, batch x window */
  bytesPerStep: (e: ModelEntry) => e.batch * e.trainLength,
  headDim: (e: ModelEntry) => e.modelConfig.headDim,
  /** rotary pairs per head, d / 2 */
  pairs: (e: ModelEntry) => e.modelConfig.headDim / 2,
  heads: (e: ModelEntry) => e.modelConfig.heads,
  layers: (e: ModelEntry) => e.modelConfig.layers,
  parameterCount: (e: ModelEntry) => e.parameterCount,
} as const;
export type ModelField = keyof typeof MODEL_FIELDS;

export function modelField(model: string, field: ModelField): number {
  return MODEL_FIELDS[field](modelEntry(model));
}

function numeric(value: unknown, where: string): number {
  if (typeof value !== 'number') throw new Error(`${where} is not a number (${JSON.stringify(value)})`);
  return value;
}

function methodOf(id: string, where: string): MethodId {
  if (!Object.hasOwn(methods, id)) throw new Error(`${where}: "${id}" is not a method of src/pe/registry.ts`);
  return id as MethodId;
}

/** A config value a model ran with: its manifest config, defaults filled in by its method's schema. */
export function modelConfig(model: string, key: string): number {
  const entry = modelEntry(model);
  const config = methods[methodOf(entry.method, `model "${model}"`)].configSchema.parse(entry.config) as Record<string, unknown>;
  return numeric(config[key], `config "${key}" of model "${model}"`);
}

/** A method's default config value (its schema's default). */
export function methodDefault(method: string, key: string): number {
  const config = methods[methodOf(method, 'methodDefault')].configSchema.parse({}) as Record<string, unknown>;
  return numeric(config[key], `default "${key}" of method "${method}"`);
}

/** RoPE frequencies of a model at the base it ran with. */
function ropeOf(model: string) {
  return ropeFrequencies({ headDim: modelField(model, 'headDim'), base: modelConfig(model, 'base') });
}

/** Wavelengths 2 pi / theta of frequencies, pair by pair. */
const wavelengths = (invFreq: Float64Array) => Array.from(invFreq, (f) => (2 * Math.PI) / f);

const last = <T>(xs: readonly T[]): T => xs[xs.length - 1]!;

/**
 * NTK-by-parts at its defaults on the RoPE model, pair by pair: turns r = L / lambda within the training length,
 * and the percentage of the interpolation theta / s mixed in, by the implemented index ramp (read back from the
 * frequencies; it does not depend on s) and by the paper's Eq. 18 ramp in r.
 */
function ntkByPartsPairs() {
  const headDim = modelField('rope', 'headDim');
  const base = modelConfig('rope', 'base');
  const trainLength = modelField('rope', 'trainLength');
  const { factor, betaFast, betaSlow } = methods['ntk-by-parts'].configSchema.parse({});
  const { invFreq } = ropeFrequencies({ headDim, base });
  const scaled = ntkByPartsScaling({ headDim, base, factor, trainLength, betaFast, betaSlow }).invFreq;
  return Array.from(invFreq, (f, m) => {
    const turns = (trainLength * f) / (2 * Math.PI);
    return {
      turns,
      ramp: (100 * (f - scaled[m]!)) / (f - f / factor),
      eq18: 100 * (1 - Math.min(1, Math.max(0, (turns - betaSlow) / (betaFast - betaSlow)))),
    };
  });
}

/** The settings and results of one of demos/search_rescale.py's searches (demos/search/<method>-rope-seed1.json). */
function searchFacts<P extends string>(page: P, search: typeof longropeSearch) {
  const facts = {
    /** target length of the search, in bytes */
    length: () => search.length,
    population: () => search.settings.population,
    parents: () => search.settings.parents,
    generations: () => search.settings.generations,
    samples: () => search.samples,
    /** distinct factor lists scored */
    evaluated: () => search.evaluated,
    /** bits/byte of the search objective with the searched, the initial (YaRN ramp) and the geometric factors */
    searched: () => search.bitsPerByte.searched,
    initial: () => search.bitsPerByte.initial,
    geometric: () => search.bitsPerByte.geometric,
    /** the searched factor of the slowest pair */
    'slowest-factor': () => search.rescale[search.rescale.length - 1]!,
  };
  return Object.fromEntries(Object.entries(facts).map(([k, f]) => [`${page}.search-${k}`, f])) as { [K in keyof typeof facts as `${P}.search-${K}`]: () => number };
}

/**
 * Figures computed from the PE modules' maths for the models above, by name. Each is stated on one page;
 * the name starts with that page's id.
 */
export const COMPUTED = {
  /** ABF: wavelength of the slowest pair of the RoPE model, at its base and at the ABF fine-tune's base. */
  'abf.slowest-wavelength-before': () => last(wavelengths(ropeOf('rope').invFreq)),
  'abf.slowest-wavelength-after': () => last(wavelengths(ropeOf('abf-ft').invFreq)),
  'abf.slowdown': (): number => COMPUTED['abf.slowest-wavelength-after']() / COMPUTED['abf.slowest-wavelength-before'](),
  /** Giraffe: how much the power basis slows the slowest pair, (d/2)^k for pair d/2 - 1 (factor (1 - 2i/d)^k). */
  'giraffe.slowest-slowdown': () => (modelField('giraffe-ft', 'headDim') / 2) ** modelConfig('giraffe-ft', 'power'),
  /** Resonance RoPE on the RoPE model: wavelengths of the first pairs before and after rounding, and the fastest pair's speed-up. */
  'resonance-rope.wavelength-0': () => wavelengths(ropeOf('rope').invFreq)[0]!,
  'resonance-rope.wavelength-1': () => wavelengths(ropeOf('rope').invFreq)[1]!,
  'resonance-rope.wavelength-2': () => wavelengths(ropeOf('rope').invFreq)[2]!,
  'resonance-rope.rounded-0': () => wavelengths(resonanceFrequencies(ropeOf('rope')).invFreq)[0]!,
  'resonance-rope.rounded-1': () => wavelengths(resonanceFrequencies(ropeOf('rope')).invFreq)[1]!,
  'resonance-rope.rounded-2': () => wavelengths(resonanceFrequencies(ropeOf('rope')).invFreq)[2]!,
  /** percentage by which rounding speeds up pair 0's rotation */
  'resonance-rope.speedup-0': (): number => 100 * (COMPUTED['resonance-rope.wavelength-0']() / COMPUTED['resonance-rope.rounded-0']() - 1),
  /** NTK-by-parts (see ntkByPartsPairs): pair 0's turns within L, and the interpolated share of pairs 0-2 by the index ramp and by Eq. 18. */
  'ntk-by-parts.turns-0': () => ntkByPartsPairs()[0]!.turns,
  'ntk-by-parts.ramp-0': () => ntkByPartsPairs()[0]!.ramp,
  'ntk-by-parts.ramp-1': () => ntkByPartsPairs()[1]!.ramp,
  'ntk-by-parts.ramp-2': () => ntkByPartsPairs()[2]!.ramp,
  'ntk-by-parts.eq18-0': () => ntkByPartsPairs()[0]!.eq18,
  'ntk-by-parts.eq18-1': () => ntkByPartsPairs()[1]!.eq18,
  'ntk-by-parts.eq18-2': () => ntkByPartsPairs()[2]!.eq18,
  /**
   * Self-Extend at its defaults on its model: the longest input whose remapped relative positions all stay below the
   * training length L, (L - w) G + w (the LongLM README's "maximum extended window"; exact when G divides w).
   */
  'self-extend.reach': () => {
    const { window, groupSize } = methods['self-extend'].configSchema.parse({});
    return (modelField(methods['self-extend'].models[0]!, 'trainLength') - window) * groupSize + window;
  },
  ...searchFacts('longrope', longropeSearch),
  ...searchFacts('longrope2', longrope2Search),
  /** LongRoPE2's search: the first rotary pair held at lambda >= s, d_extra / 2 of the RoPE model */
  'longrope2.critical-pair': () => longrope2Search.criticalPair,
  /** FLOATER: the site model's position vector at 4L − 1 against at L − 1, its ODE continued past the training length (src/pe/floater.ts). */
  'floater.growth-4x': () => {
    const entry = modelEntry('floater');
    const L = entry.trainLength;
    const config = methods.floater.configSchema.parse(entry.config);
    const { ape } = methods.floater.compute({ length: 4 * L, dims: entry.modelConfig, trainLength: L, params: localParams(entry) }, config);
    const norm = (i: number) => Math.hypot(...ape.data.subarray(i * entry.modelConfig.d, (i + 1) * entry.modelConfig.d));
    return norm(4 * L - 1) / norm(L - 1);
  },
  /** FLOATER: the first position whose vector in the site model's table (its ODE continued to 32L, src/pe/floater.ts) is not finite in float32. */
  'floater.overflow-position': () => {
    const entry = modelEntry('floater');
    const { d } = entry.modelConfig;
    const length = MULTIPLES.at(-1)! * entry.trainLength;
    const { ape } = methods.floater.compute({ length, dims: entry.modelConfig, trainLength: entry.trainLength, params: localParams(entry) }, methods.floater.configSchema.parse(entry.config));
    const first = ape.data.findIndex((v) => !Number.isFinite(v));
    if (first < 0) throw new Error(`the FLOATER model's table stays finite to ${length} positions: revise content/methods/floater.mdx`);
    return Math.floor(first / d);
  },
  /** SHAPE: positions the shifted training windows cover, maximum shift + training length. */
  'shape.covered-positions': () => modelConfig('shape', 'maxShift') + modelField('shape', 'trainLength'),
  /** RoPE scaling laws: the largest base at which every pair of the RoPE model turns within its training length. */
  'rope-scaling-laws.full-turn-base': () => fullTurnBase({ headDim: modelField('rope', 'headDim'), length: modelField('rope', 'trainLength') }),
  /** the critical dimension d_extra of LLaMA 2, the paper's example (Lemma 1) */
  'rope-scaling-laws.llama2-critical-dim': () => criticalDimension(LLAMA2),
  /** the pre-training critical dimension d_extra of the RoPE model the fine-tunes start from */
  'rope-scaling-laws.critical-dim': () => criticalDimension(pretrainingOf('rope')),
  /** the critical base beta_0 of the fine-tunes (Theorem 3): the pre-training base, as they keep the pre-training length */
  'rope-scaling-laws.critical-base': () => criticalBase({ ...pretrainingOf('rope-base500-ft'), tuneLength: modelField('rope-base500-ft', 'trainLength') }),
  /** the largest of the paper's small-base thresholds, beta_1 = 2 T_tune / pi, at the fine-tunes' tuning length */
  'rope-scaling-laws.beta1': () => smallBaseThresholds({ tuneLength: modelField('rope-base500-ft', 'trainLength') }).beta1,
  /** Base of RoPE bounds context length: the smallest base whose B(m) stays >= 0 over the RoPE model's training length. */
  'rope-base-bound.rope-bound': () => lowerBoundBase({ headDim: modelField('rope', 'headDim'), length: modelField('rope', 'trainLength') }),
  /** how far B(m) >= 0 holds at the bases of the RoPE model and of the two RoPE-scaling-laws fine-tunes */
  'rope-base-bound.reach-rope': () => reach({ headDim: modelField('rope', 'headDim'), base: modelConfig('rope', 'base') }),
  'rope-base-bound.reach-base500': () => reach({ headDim: modelField('rope-base500-ft', 'headDim'), base: modelConfig('rope-base500-ft', 'base') }),
  'rope-base-bound.reach-base1m': () => reach({ headDim: modelField('rope-base1m-ft', 'headDim'), base: modelConfig('rope-base1m-ft', 'base') }),
  /** the same for LLaMA 2 (d = 128, base 10,000), pre-trained on 4,096 tokens */
  'rope-base-bound.llama2-reach': () => reach({ headDim: LLAMA2.headDim, base: LLAMA2.pretrainBase }),
} as const satisfies Record<string, () => number>;
export type ComputedFact = keyof typeof COMPUTED;

/** What a <Fact> names: a manifest field, a config value a model ran with, a method's default, or a computed figure. */
export type FactSource = { model: string; field: ModelField } | { model: string; config: string } | { method: string; config: string } | { name: ComputedFact };

export function factValue(source: FactSource): number {
  if ('name' in source) {
    if (!Object.hasOwn(COMPUTED, source.name)) throw new Error(`"${source.name}" is not a figure of COMPUTED in src/content/facts.ts`);
    return COMPUTED[source.name]();
  }
  if ('field' in source) {
    if (!Object.hasOwn(MODEL_FIELDS, source.field)) throw new Error(`"${source.field}" is not a field of MODEL_FIELDS in src/content/facts.ts`);
    return modelField(source.model, source.field);
  }
  return 'model' in source ? modelConfig(source.model, source.config) : methodDefault(source.method, source.config);
}

/** How <Fact> prints a number: `digits` fixed decimals (default: integers as is, others to 2 decimals), `sci` as m x 10^n. */
export interface FactFormat {
  readonly digits?: number | undefined;
  readonly sci?: boolean | undefined;
}

/** Plain text: 1,984 / 0.5 / 10.19. */
export function formatFact(value: number, { digits }: FactFormat = {}): string {
  if (digits === undefined && Number.isInteger(value)) return value.toLocaleString('en');
  const fixed = digits ?? 2;
  return value.toLocaleString('en', { minimumFractionDigits: digits ?? 0, maximumFractionDigits: fixed });
}

/** TeX: 1{,}984, or with `sci` 2 \times 10^{4} (mantissa to `digits` decimals, default 0; a mantissa of 1 is dropped). */
export function texFact(value: number, format: FactFormat = {}): string {
  if (!format.sci) return formatFact(value, format).replaceAll(',', '{,}');
  let exponent = Math.floor(Math.log10(Math.abs(value)));
  let mantissa = Number((value / 10 ** exponent).toFixed(format.digits ?? 0));
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return mantissa === 1 ? `10^{${exponent}}` : `${mantissa.toFixed(format.digits ?? 0)} \\times 10^{${exponent}}`;
}

/**
 * TeX to HTML with the settings of the pages' own formulas (rehype-katex, strict), kept out of the search
 * index as src/markdown/rehype-pagefind-ignore-math.mjs does for those.
 */
export function texToHtml(tex: string): string {
  return katex.renderToString(tex, { throwOnError: true, strict: 'error' }).replace('<span class="katex">', '<span class="katex" data-pagefind-ignore="">');
}

/** LLaMA 2, the paper's worked example of the critical dimension: d = 128, pre-trained at base 10,000 on 4,096 tokens. */
export const LLAMA2 = { headDim: 128, pretrainBase: 10000, pretrainLength: 4096 } as const;

/** The model a run was fine-tuned from, followed to the run that was pre-trained (initFrom null). */
function pretrainedModel(model: string): string {
  const seen = new Set<string>();
  let id = model;
  for (let from = modelEntry(id).initFrom; from !== null; from = modelEntry(id).initFrom) {
    if (seen.has(from)) throw new Error(`model "${model}": initFrom loops at "${from}"`);
    seen.add(from);
    id = from;
  }
  return id;
}

/** Head width, RoPE base and length of the pre-training a model descends from: what fixes its critical dimension. */
function pretrainingOf(model: string) {
  const pretrained = pretrainedModel(model);
  return { headDim: modelField(model, 'headDim'), pretrainBase: modelConfig(pretrained, 'base'), pretrainLength: modelField(model, 'pretrainLength') };
}

/** One row of the RoPE scaling laws table: a model of the method, at the base it ran with. */
export interface CriticalDimensionRow {
  readonly model: string;
  /** the base beta the model ran with */
  readonly base: number;
  readonly headDim: number;
  /** the pre-training base (10,000) and length T_train that fix the critical dimension */
  readonly pretrainBase: number;
  readonly pretrainLength: number;
  /** the window this run trained at: T_tune for a fine-tune, T_train for the pre-trained model */
  readonly tuneLength: number;
  /** period T_m of every pair at the base the model ran with */
  readonly periods: readonly number[];
  /** pairs whose period at that base fits in the tuning length, T_m <= T_tune */
  readonly fullTurns: number;
  /** the PRE-TRAINING critical dimension d_extra = 2 ceil((d/2) log_10000(T_train / 2 pi)) (Lemma 1) */
  readonly criticalDim: number;
  /** beta_0 (Theorem 3): the pre-training base when T_tune = T_train */
  readonly criticalBase: number;
  /** which of the paper's statements gives the bound (see BoundKind in src/pe/rope-scaling-laws.ts) */
  readonly boundKind: BoundKind;
  /** the paper's bound: 2 pi beta^(d_extra/d) for beta > beta_0, else T_tune (T_train for the unchanged model) */
  readonly extrapolationBound: number;
}

/** The rows of the RoPE scaling laws page: every model of the method (src/pe/registry.ts), by base. */
export function criticalDimensionRows(): CriticalDimensionRow[] {
  const rows = methods['rope-scaling-laws'].models.map((model) => {
    const pretraining = pretrainingOf(model);
    const base = modelConfig(model, 'base');
    const tuneLength = modelField(model, 'trainLength');
    const periods = pairPeriods({ headDim: pretraining.headDim, base });
    const bound = extrapolationBound({ ...pretraining, base, tuneLength });
    return {
      model,
      base,
      ...pretraining,
      tuneLength,
      periods,
      fullTurns: periods.filter((t) => t <= tuneLength).length,
      criticalDim: bound.criticalDim,
      criticalBase: bound.criticalBase,
      boundKind: bound.kind,
      extrapolationBound: bound.bound,
    };
  });
  const shared = new Set(rows.map((r) => `${r.headDim}/${r.pretrainBase}/${r.pretrainLength}/${r.tuneLength}`));
  if (shared.size !== 1) throw new Error(`the RoPE scaling laws models differ in head width, pre-training or tuning length (${[...shared].join(', ')}): one table header cannot name them`);
  return rows.sort((a, b) => a.base - b.base);
}
