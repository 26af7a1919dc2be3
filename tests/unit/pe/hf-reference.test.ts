/**
 * The RoPE scaling helpers (src/pe/lib/rotary.ts) against stored values from an INDEPENDENT
 * implementation: a transcription of Hugging Face transformers' modeling_rope_utils.py
 * (tests/fixtures/pe/hf/hf_reference.py, commit in the JSON), 1e-6 relative. identities.test.ts
 * checks the papers' identities with values worked by hand; this file checks the numbers.
 */
import { describe, expect, it } from 'vitest';
import { dynamicNtkScaling, linearScaling, llama3Scaling, longRopeScaling, ntkAwareScaling, ntkByPartsScaling, yarnScaling, type Frequencies } from '../../../src/pe/lib/rotary';
import { backboneInputs } from '../../../src/pe/inputs';
import { readJson } from '../fixtures';

type Options = Record<string, number> & { rescale?: number[] };
interface HfCase {
  method: 'linear' | 'ntk-aware' | 'dynamic-ntk' | 'yarn' | 'ntk-by-parts' | 'llama3' | 'longrope';
  hfFunction: string;
  options: Options;
  invFreq: number[];
  attentionFactor: number;
}
interface HfReference {
  source: { repo: string; path: string; commit: string };
  cases: HfCase[];
}

const reference = readJson<HfReference>('../fixtures/pe/hf/rope-scaling.json');
const RELATIVE = 1e-6;

/** The TS helper for each HF rope type, called with the case's named options. */
const helpers: Record<HfCase['method'], (o: Options) => Frequencies> = {
  linear: (o) => linearScaling({ headDim: o.headDim!, base: o.base!, factor: o.factor! }),
  'ntk-aware': (o) => ntkAwareScaling({ headDim: o.headDim!, base: o.base!, factor: o.factor! }),
  'dynamic-ntk': (o) => dynamicNtkScaling({ headDim: o.headDim!, base: o.base!, factor: o.factor!, length: o.length!, trainLength: o.trainLength! }),
  yarn: (o) => yarnScaling({ headDim: o.headDim!, base: o.base!, factor: o.factor!, trainLength: o.trainLength!, betaFast: o.betaFast!, betaSlow: o.betaSlow! }),
  'ntk-by-parts': (o) => ntkByPartsScaling({ headDim: o.headDim!, base: o.base!, factor: o.factor!, trainLength: o.trainLength!, betaFast: o.betaFast!, betaSlow: o.betaSlow! }),
  llama3: (o) => llama3Scaling({ headDim: o.headDim!, base: o.base!, factor: o.factor!, trainLength: o.trainLength!, lowFreqFactor: o.lowFreqFactor!, highFreqFactor: o.highFreqFactor! }),
  longrope: (o) => longRopeScaling({ headDim: o.headDim!, base: o.base!, factor: o.factor!, trainLength: o.trainLength!, rescale: o.rescale! }),
};

/** The registry module of each rope type and its config, for the end-to-end check. */
const modules: Record<HfCase['method'], { id: string; config: (o: Options) => Record<string, unknown> }> = {
  linear: { id: 'pi', config: (o) => ({ base: o.base, factor: o.factor }) },
  'ntk-aware': { id: 'ntk-aware', config: (o) => ({ base: o.base, factor: o.factor }) },
  'dynamic-ntk': { id: 'dynamic-ntk', config: (o) => ({ base: o.base, factor: o.factor }) },
  yarn: { id: 'yarn', config: (o) => ({ base: o.base, factor: o.factor, betaFast: o.betaFast, betaSlow: o.betaSlow }) },
  'ntk-by-parts': { id: 'ntk-by-parts', config: (o) => ({ base: o.base, factor: o.factor, betaFast: o.betaFast, betaSlow: o.betaSlow }) },
  llama3: { id: 'llama3-scaling', config: (o) => ({ base: o.base, factor: o.factor, lowFreqFactor: o.lowFreqFactor, highFreqFactor: o.highFreqFactor }) },
  longrope: { id: 'longrope', config: (o) => ({ base: o.base, factor: o.factor, rescale: o.rescale }) },
};

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('RoPE scaling helpers equal Hugging Face modeling_rope_utils', () => {
  it('the reference names its source and covers every scaling method with several configs', () => {
    expect(reference.source.repo).toBe('huggingface/transformers');
    expect(reference.source.commit).toMatch(/^[0-9a-f]{40}$/);
    const counts = new Map<string, number>();
    for (const c of reference.cases) counts.set(c.method, (counts.get(c.method) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(Object.keys(helpers).sort());
    for (const [method, count] of counts) expect(count, method).toBeGreaterThanOrEqual(2);
  });

  // longRopeScaling is HF's long-factor branch; up to the training length HF takes the short factors, which
  // the module test below holds the LongRoPE module to.
  const helperCases = reference.cases.filter((c) => c.method !== 'longrope' || c.options.length! > c.options.trainLength!);
  it.each(helperCases.map((c) => [c.method, JSON.stringify(c.options), c] as const))('%s %s', (method, _label, c) => {
    const { invFreq, attentionFactor } = helpers[method](c.options);
    expect(invFreq.length).toBe(c.invFreq.length);
    c.invFreq.forEach((expected, m) => expect(relativeError(invFreq[m]!, expected), `${method} theta'_${m}`).toBeLessThan(RELATIVE));
    expect(relativeError(attentionFactor, c.attentionFactor), `${method} attention factor`).toBeLessThan(RELATIVE);
  });

  it('YaRN attention factor is 0.1 ln s + 1 in the reference (Peng et al., Eq. 22)', () => {
    for (const c of reference.cases.filter((x) => x.method === 'yarn')) {
      expect(c.attentionFactor).toBeCloseTo(0.1 * Math.log(c.options.factor!) + 1, 12);
    }
  });

  // The modules must feed the helpers the right fields: compare what backboneInputs rotates by at
  // position 1 (cos = attention x cos(theta'_m)) with the reference, where the fixture dims apply.
  // A case with a length runs at it (LongRoPE's factors depend on it). Dynamic NTK rotates position p with
  // the base for length p + 1 (as in decoding with a KV cache), so the case's length is its last position's.
  it.each(reference.cases.filter((c) => c.options.headDim === 16).map((c) => [c.method, JSON.stringify(c.options), c] as const))(
    'module %s %s rotates by the reference frequencies',
    (method, _label, c) => {
      const { id, config } = modules[method];
      const length = c.options.length ?? 2;
      const trainLength = c.options.trainLength ?? 64;
      const inputs = backboneInputs(id, { length, dims: { d: 64, heads: 4, headDim: 16 }, trainLength, params: {} }, config(c.options));
      const position = method === 'dynamic-ntk' ? length - 1 : 1;
      c.invFreq.forEach((theta, m) => {
        expect(inputs.rq_cos.data[position * 8 + m]).toBeCloseTo(c.attentionFactor * Math.cos(position * theta), 6);
        expect(inputs.rq_sin.data[position * 8 + m]).toBeCloseTo(c.attentionFactor * Math.sin(position * theta), 6);
      });
    },
  );
});
