/**
 * The figures the method pages render instead of typing (src/content/facts.ts, <Fact>, <CriticalDimensionTable>),
 * checked against an independent computation: the rotation angles the PE modules actually feed the models
 * (cos/sin at position 1), the raw manifest, and the papers' own numbers. Also: every <Fact> in the pages
 * resolves and renders, and the prose claims around the figures hold for the current data.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPUTED, criticalDimensionRows, factValue, formatFact, texFact, texToHtml, type FactSource } from '../../../src/content/facts';
import { backboneInputs } from '../../../src/pe/inputs';
import { methods } from '../../../src/pe/registry';
import { criticalBase, criticalDimension, extrapolationBound, smallBaseThresholds } from '../../../src/pe/rope-scaling-laws';

interface Entry {
  id: string;
  method: string;
  config: Record<string, unknown>;
  modelConfig: { d: number; heads: number; headDim: number };
  trainLength: number;
  pretrainLength: number;
  steps: number;
  batch: number;
  initFrom: string | null;
}
const manifest = JSON.parse(readFileSync('public/models/manifest.json', 'utf8')) as { models: Entry[] };
const entry = (id: string) => {
  const e = manifest.models.find((m) => m.id === id);
  if (!e) throw new Error(`no model ${id} in the manifest`);
  return e;
};

/** Rotation angle theta'_m of every pair, read from the cos/sin a method feeds model `model` at position 1 (all angles < pi). */
function angles(method: string, model: string, config: unknown = entry(model).config): number[] {
  const { modelConfig, trainLength } = entry(model);
  const { d, heads, headDim } = modelConfig;
  const inputs = backboneInputs(method, { length: 2, dims: { d, heads, headDim }, trainLength, params: {} }, config);
  const half = headDim / 2;
  return Array.from({ length: half }, (_, m) => Math.atan2(inputs.rq_sin.data[half + m]!, inputs.rq_cos.data[half + m]!));
}
const periods = (thetas: number[]) => thetas.map((t) => (2 * Math.PI) / t);
/** relative closeness, for values read back from float32 inputs */
const near = (actual: number, expected: number, rel = 1e-5) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

/**
 * Liu et al. (arXiv 2310.05209), transcribed on their own: the critical dimension of PRE-TRAINING at base 10,000
 * (Lemma 1) and the bound of a larger base fine-tuned at the pre-training length (Theorem 2), which uses that
 * pre-training d_extra, not one recomputed at the new base.
 */
const paper = {
  criticalDim: (d: number, trainLength: number) => 2 * Math.ceil((d / 2) * (Math.log(trainLength / (2 * Math.PI)) / Math.log(10000))),
  largerBaseBound: (beta: number, criticalDim: number, d: number) => 2 * Math.PI * beta ** (criticalDim / d),
};
/** The misreading the page once made: the critical dimension recomputed at the fine-tune's base beta. */
const atNewBase = (d: number, beta: number, length: number) => 2 * Math.ceil((d / 2) * (Math.log(length / (2 * Math.PI)) / Math.log(beta)));

describe('the RoPE scaling laws table', () => {
  const rows = criticalDimensionRows();
  const row = (model: string) => rows.find((r) => r.model === model)!;

  it('has one row per model of the method, by increasing base', () => {
    expect(rows.map((r) => r.model).sort()).toEqual([...methods['rope-scaling-laws'].models].sort());
    expect(rows.map((r) => r.base)).toEqual([...rows.map((r) => r.base)].sort((a, b) => a - b));
  });

  it('starts every row from the pre-trained RoPE model at base 10,000, the base of the paper', () => {
    for (const r of rows) {
      const e = entry(r.model);
      expect(e.initFrom === null ? r.model : e.initFrom, r.model).toBe('rope');
      expect(r.pretrainBase, r.model).toBe(10000);
      // the base the pre-trained model actually ran with: theta_1 = base^(-2/d)
      near(angles('rope', 'rope')[1]! ** (-e.modelConfig.headDim / 2), 10000, 1e-4);
      expect(r.pretrainLength, r.model).toBe(entry('rope').trainLength);
      expect(r.pretrainLength, r.model).toBe(e.pretrainLength);
      expect(r.tuneLength, r.model).toBe(e.trainLength);
    }
  });

  it('matches the periods of the rotations fed to each model', () => {
    for (const r of rows) {
      const e = entry(r.model);
      const measured = periods(angles('rope-scaling-laws', r.model));
      expect(r.headDim, r.model).toBe(e.modelConfig.headDim);
      // theta_1 = base^(-2/d), so the base the model ran with is theta_1^(-d/2)
      near(r.base, angles('rope-scaling-laws', r.model)[1]! ** (-e.modelConfig.headDim / 2), 1e-4);
      r.periods.forEach((t, m) => near(t, measured[m]!));
      expect(r.fullTurns, r.model).toBe(measured.filter((t) => t <= e.trainLength).length);
    }
  });

  it("gives every row the critical dimension of pre-training (Lemma 1), whatever the row's base", () => {
    // counted on the pre-trained model's own rotations: twice the pairs that turn within T_train at base 10,000
    const pretrained = periods(angles('rope', 'rope')).filter((t) => t <= entry('rope').trainLength).length;
    for (const r of rows) {
      expect(r.criticalDim, r.model).toBe(paper.criticalDim(r.headDim, r.pretrainLength));
      expect(r.criticalDim, r.model).toBe(2 * pretrained);
    }
  });

  it('bounds a larger base by Theorem 2 with the pre-training d_extra, the period of pair d_extra / 2 at the new base', () => {
    const larger = rows.filter((r) => r.base > 10000);
    expect(larger.length).toBeGreaterThan(0);
    for (const r of larger) {
      expect(r.boundKind, r.model).toBe('larger-base');
      const dExtra = paper.criticalDim(r.headDim, r.pretrainLength);
      near(r.extrapolationBound, paper.largerBaseBound(r.base, dExtra, r.headDim), 1e-12);
      near(r.extrapolationBound, periods(angles('rope-scaling-laws', r.model))[dExtra / 2]!, 1e-5);
      // the data tell the two readings apart, so a table computed from d_extra at beta fails the checks above
      const wrong = atNewBase(r.headDim, r.base, r.tuneLength);
      expect(wrong, r.model).not.toBe(dExtra);
      expect(Math.abs(r.extrapolationBound - paper.largerBaseBound(r.base, wrong, r.headDim)), r.model).toBeGreaterThan(1);
    }
  });

  it('bounds a base at or below the critical base 10,000 by the tuning length (Theorem 3), the unchanged model by T_train', () => {
    for (const r of rows.filter((x) => x.base <= 10000)) {
      expect(r.criticalBase, r.model).toBeCloseTo(10000, 6);
      expect(r.extrapolationBound, r.model).toBe(r.tuneLength);
      expect(r.boundKind, r.model).toBe(r.base === r.pretrainBase && r.tuneLength === r.pretrainLength ? 'unchanged' : 'tuning-length');
    }
    expect(row('rope').boundKind).toBe('unchanged');
    expect(row('rope').extrapolationBound).toBe(entry('rope').trainLength);
    expect(row('rope-base500-ft').boundKind).toBe('tuning-length');
  });

  it("states this site's numbers: d = 16, T_train = 64 bytes gives d_extra = 6; base 10^6 gives about 1,117 bytes, not the misreading's 199", () => {
    const big = row('rope-base1m-ft');
    expect([big.headDim, big.pretrainLength, big.tuneLength, big.base]).toEqual([16, 64, 64, 1e6]);
    expect(big.criticalDim).toBe(6);
    expect(Math.round(big.extrapolationBound)).toBe(1117);
    expect(Math.round(paper.largerBaseBound(1e6, atNewBase(16, 1e6, 64), 16))).toBe(199);
    const small = row('rope-base500-ft');
    expect(small.extrapolationBound).toBe(64);
    expect(Math.round(paper.largerBaseBound(500, atNewBase(16, 500, 64), 16))).toBe(65);
  });

  it("gives the paper's critical dimension for LLaMA 2 (d = 128, T_train = 4,096, base 10,000): 92", () => {
    expect(paper.criticalDim(128, 4096)).toBe(92);
    expect(criticalDimension({ headDim: 128, pretrainBase: 10000, pretrainLength: 4096 })).toBe(92);
    expect(COMPUTED['rope-scaling-laws.llama2-critical-dim']()).toBe(92);
    // a fine-tune's base leaves it alone: LLaMA 2 at base 10^6 is bounded by 2 pi (10^6)^(92/128)
    const tuned = extrapolationBound({ headDim: 128, pretrainBase: 10000, pretrainLength: 4096, base: 1e6, tuneLength: 4096 });
    expect(tuned.criticalDim).toBe(92);
    near(tuned.bound, 2 * Math.PI * 1e6 ** (92 / 128), 1e-12);
  });

  it('computes the critical base and the small-base thresholds of Theorem 3', () => {
    for (const t of [64, 4096]) expect(criticalBase({ pretrainBase: 10000, pretrainLength: t, tuneLength: t })).toBeCloseTo(10000, 6);
    // beta_0 = 10000^(log_{T_train/2pi}(T_tune/2pi)): LLaMA 2 tuned at 16K
    near(criticalBase({ pretrainBase: 10000, pretrainLength: 4096, tuneLength: 16384 }), 10000 ** (Math.log(16384 / (2 * Math.PI)) / Math.log(4096 / (2 * Math.PI))), 1e-12);
    const { beta1, beta2, beta3 } = smallBaseThresholds({ tuneLength: 64 });
    near(beta1, 128 / Math.PI, 1e-12);
    near(beta2, 64 / Math.PI, 1e-12);
    near(beta3, 64 / (2 * Math.PI), 1e-12);
    expect(() => extrapolationBound({ headDim: 16, pretrainBase: 10000, pretrainLength: 64, base: 1e6, tuneLength: 32 })).toThrow();
  });

  it('places the largest base at which every pair turns within the training length', () => {
    const bound = COMPUTED['rope-scaling-laws.full-turn-base']();
    const slowest = (base: number) => Math.max(...periods(angles('rope-scaling-laws', 'rope', { base })));
    expect(slowest(bound * 0.999)).toBeLessThanOrEqual(entry('rope').trainLength);
    expect(slowest(bound * 1.001)).toBeGreaterThan(entry('rope').trainLength);
  });

  it("bears out the prose: the fine-tunes' critical base is 10,000; base 500 is not in the small-base regime here (above beta_1 and the full-turn base), but is for LLaMA 2", () => {
    expect(COMPUTED['rope-scaling-laws.critical-dim']()).toBe(paper.criticalDim(entry('rope').modelConfig.headDim, entry('rope').trainLength));
    expect(COMPUTED['rope-scaling-laws.critical-base']()).toBeCloseTo(factValue({ model: 'rope', config: 'base' }), 6);
    const base500 = factValue({ model: 'rope-base500-ft', config: 'base' });
    const llama2 = (4096 / (2 * Math.PI)) ** (128 / 126);
    near(COMPUTED['rope-scaling-laws.beta1'](), (2 * entry('rope-base500-ft').trainLength) / Math.PI, 1e-12);
    expect(base500).toBeGreaterThan(COMPUTED['rope-scaling-laws.beta1']());
    expect(base500).toBeGreaterThan(COMPUTED['rope-scaling-laws.full-turn-base']());
    expect(base500).toBeLessThanOrEqual(llama2);
  });
});

describe('computed figures', () => {
  it('ABF: the slowest wavelength of the RoPE model before and after the base change', () => {
    const before = periods(angles('rope', 'rope')).at(-1)!;
    const after = periods(angles('abf', 'abf-ft')).at(-1)!;
    near(COMPUTED['abf.slowest-wavelength-before'](), before);
    near(COMPUTED['abf.slowest-wavelength-after'](), after);
    near(COMPUTED['abf.slowdown'](), after / before);
    // "and leaves the fastest unchanged"
    near(periods(angles('abf', 'abf-ft'))[0]!, periods(angles('rope', 'rope'))[0]!);
  });

  it("Giraffe: the power basis slows the fine-tune's slowest pair by the ratio of its angles", () => {
    near(COMPUTED['giraffe.slowest-slowdown'](), angles('rope', 'rope').at(-1)! / angles('giraffe', 'giraffe-ft').at(-1)!);
  });

  it("Resonance RoPE: the RoPE model's first wavelengths before and after rounding", () => {
    const rope = periods(angles('rope', 'rope'));
    const rounded = periods(angles('resonance-rope', 'rope', {}));
    for (const m of [0, 1, 2] as const) {
      near(COMPUTED[`resonance-rope.wavelength-${m}`](), rope[m]!);
      near(COMPUTED[`resonance-rope.rounded-${m}`](), rounded[m]!);
      expect(COMPUTED[`resonance-rope.rounded-${m}`]()).toBeCloseTo(Math.round(rounded[m]!), 9);
    }
    near(COMPUTED['resonance-rope.speedup-0'](), 100 * (rope[0]! / rounded[0]! - 1), 1e-4);
    // "the next pairs ... move by less than 1%"
    for (const m of [1, 2]) expect(Math.abs(rounded[m]! / rope[m]! - 1)).toBeLessThan(0.01);
  });

  it('NTK-by-parts: turns within L and the share of theta / s in the frequencies fed to the RoPE model', () => {
    const { factor, betaFast, betaSlow } = methods['ntk-by-parts'].configSchema.parse({});
    const theta = angles('rope', 'rope');
    const scaled = angles('ntk-by-parts', 'rope', { factor });
    const turns = theta.map((t) => (entry('rope').trainLength * t) / (2 * Math.PI));
    near(COMPUTED['ntk-by-parts.turns-0'](), turns[0]!);
    for (const m of [0, 1, 2] as const) {
      const share = (100 * (theta[m]! - scaled[m]!)) / (theta[m]! - theta[m]! / factor);
      expect(Math.abs(COMPUTED[`ntk-by-parts.ramp-${m}`]() - share)).toBeLessThan(1e-3);
      // YaRN Eq. 18: gamma(r) = 0 below alpha, 1 above beta, linear between; theta / s gets weight 1 - gamma
      const r = turns[m]!;
      const gamma = r < betaSlow ? 0 : r > betaFast ? 1 : (r - betaSlow) / (betaFast - betaSlow);
      expect(Math.abs(COMPUTED[`ntk-by-parts.eq18-${m}`]() - 100 * (1 - gamma))).toBeLessThan(1e-3);
    }
    // "keeps pair 0 as is and interpolates pairs 1 and 2"
    expect(Math.abs(COMPUTED['ntk-by-parts.ramp-0']())).toBeLessThan(1e-3);
    for (const m of [1, 2] as const) expect(COMPUTED[`ntk-by-parts.ramp-${m}`]()).toBeGreaterThan(0);
  });

  it('SHAPE: the positions the shifted training windows reach', () => {
    const config = methods.shape.configSchema.parse(entry('shape').config);
    const farthest = methods.shape.sampleTrainingPositions(entry('shape').trainLength, config, () => 0.999999);
    expect(COMPUTED['shape.covered-positions']()).toBe(farthest.at(-1)! + 1);
  });

  it('Self-Extend: the longest input whose remapped relative positions all stay below the training length', () => {
    const { window: w, groupSize: g } = methods['self-extend'].configSchema.parse({});
    const trainLength = entry(methods['self-extend'].models[0]!).trainLength;
    // the page's equation: exact i - j inside the window, grouped positions shifted by w - floor(w / G) beyond it
    const rel = (i: number, j: number) => (i - j < w ? i - j : Math.floor(i / g) - Math.floor(j / g) + w - Math.floor(w / g));
    let longest = 0;
    for (let n = 1; n <= 64 * trainLength; n++) {
      let max = 0;
      for (let j = 0; j < n; j++) max = Math.max(max, rel(n - 1, j));
      if (max >= trainLength) break;
      longest = n;
    }
    expect(COMPUTED['self-extend.reach']()).toBe(longest);
    // "roughly G times the window" would overstate it whenever w is not small against L
    expect(longest).toBe((trainLength - w) * g + w);
  });
});

describe('the fine-tunes the prose compares', () => {
  const budget = (id: string) => ({ steps: entry(id).steps, trainLength: entry(id).trainLength, batch: entry(id).batch });

  it('ABF, Giraffe and Resonance YaRN fine-tune with the budget of PI and YaRN; Resonance YaRN with the same factor as YaRN', () => {
    for (const id of ['abf-ft', 'giraffe-ft', 'resonance-rope-ft', 'pi-ft']) expect(budget(id), id).toEqual(budget('yarn-ft'));
    expect(entry('resonance-rope-ft').config['factor']).toBe(entry('yarn-ft').config['factor']);
  });

  it('the RoPE scaling-laws fine-tunes see the bytes per step of the other fine-tunes', () => {
    const bytes = (id: string) => entry(id).batch * entry(id).trainLength;
    for (const id of ['rope-base500-ft', 'rope-base1m-ft']) {
      expect(bytes(id), id).toBe(bytes('yarn-ft'));
      expect(entry(id).steps, id).toBe(entry('yarn-ft').steps);
    }
  });

  it("FIRE's threshold starts at a quarter of the training length", () => {
    expect(4 * factValue({ model: 'fire', config: 'initL' })).toBe(entry('fire').trainLength);
  });
});

describe('<Fact> in the method pages', () => {
  const dir = 'content/methods/';
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ file: dir + f, source: readFileSync(dir + f, 'utf8') }));

  it('every imported component exists', () => {
    const problems: string[] = [];
    for (const { file, source } of pages)
      for (const [, path] of source.matchAll(/^import \w+ from '([^']+)';$/gm)) if (!existsSync(new URL(path!, new URL(`../../../${file}`, import.meta.url)))) problems.push(`${file}: ${path}`);
    expect(problems).toEqual([]);
  });

  it('every <Fact> names a value that exists and renders', () => {
    const problems: string[] = [];
    let count = 0;
    for (const { file, source } of pages) {
      for (const [tag] of source.matchAll(/<Fact\b[^>]*\/>/g)) {
        count++;
        const attrs: Record<string, string | number | boolean> = Object.fromEntries(
          [...tag.matchAll(/(\w+)(?:="([^"]*)"|=\{([^}]*)\})?/g)].slice(1).map(([, k, str, expr]) => [k!, str ?? (expr === undefined ? true : Number(expr))]),
        );
        try {
          const value = factValue(attrs as unknown as FactSource);
          if (!Number.isFinite(value)) throw new Error(`${value} is not a finite number`);
          const format = { digits: typeof attrs['digits'] === 'number' ? attrs['digits'] : undefined, sci: attrs['sci'] === true };
          const op = typeof attrs['op'] === 'string' ? attrs['op'] : '=';
          if (typeof attrs['tex'] === 'string') texToHtml(`${attrs['tex']} ${op} ${texFact(value, format)}`);
        } catch (err) {
          problems.push(`${file}: ${tag}: ${(err as Error).message}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(0);
  });

  it('formats numbers as the pages print them', () => {
    expect(formatFact(1000)).toBe('1,000');
    expect(formatFact(0.5)).toBe('0.5');
    expect(formatFact(10.186, { digits: 1 })).toBe('10.2');
    expect(formatFact(30.6, { digits: 0 })).toBe('31');
    expect(texFact(1984)).toBe('1{,}984');
    expect(texFact(1e6, { sci: true })).toBe('10^{6}');
    expect(texFact(19869, { sci: true })).toBe('2 \\times 10^{4}');
    expect(texFact(96000, { sci: true })).toBe('10^{5}');
  });
});
