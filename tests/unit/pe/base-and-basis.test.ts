/**
 * The identities of the base- and basis-changing RoPE methods (NTK-by-parts, Giraffe, ABF, the RoPE
 * scaling laws, Resonance RoPE), worked from the papers' formulas and the authors' code. The figures the
 * method pages print from these (critical dimensions, wavelengths) are checked in tests/unit/content/facts.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ntkByPartsScaling, powerBasis, resonanceFrequencies, ropeFrequencies, ropeInvFreq, truncateBasis, yarnAttentionFactor, yarnScaling } from '../../../src/pe/lib/rotary';
import { backboneInputs } from '../../../src/pe/inputs';
import { methods } from '../../../src/pe/registry';

const dims = { d: 64, heads: 4, headDim: 16 };
const ctx = (length: number) => ({ length, dims, trainLength: 64, params: {} });
const half = dims.headDim / 2;
/** cos/sin of position 1 = the rotation angle theta'_m (all default thetas are < pi), and the attention factor. */
function rotation(id: string, config: unknown): { theta: number[]; scale: number[] } {
  const inputs = backboneInputs(id, ctx(2), config);
  const theta = Array.from({ length: half }, (_, m) => Math.atan2(inputs.rq_sin.data[half + m]!, inputs.rq_cos.data[half + m]!));
  const scale = Array.from({ length: half }, (_, m) => Math.hypot(inputs.rq_sin.data[half + m]!, inputs.rq_cos.data[half + m]!));
  return { theta, scale };
}

describe('NTK-by-parts', () => {
  it("is YaRN's frequencies with attention factor 1", () => {
    const options = { headDim: 16, base: 10000, factor: 8, trainLength: 64, betaFast: 32, betaSlow: 1 };
    const byParts = ntkByPartsScaling(options);
    expect(Array.from(byParts.invFreq)).toEqual(Array.from(yarnScaling(options).invFreq));
    expect(byParts.attentionFactor).toBe(1);
    // so YaRN's cos/sin are NTK-by-parts' times the temperature sqrt(1/t) = 0.1 ln s + 1
    const yarn = backboneInputs('yarn', ctx(5), { factor: 8 });
    const parts = backboneInputs('ntk-by-parts', ctx(5), { factor: 8 });
    parts.rq_cos.data.forEach((c, i) => expect(yarn.rq_cos.data[i]).toBeCloseTo(c * yarnAttentionFactor(8), 6));
  });

  it('at d = 16, L = 64 the index ramp keeps pair 0, interpolates pairs 1, 2 by 1/3, 2/3 and pairs 3+ fully', () => {
    const rope = ropeInvFreq({ headDim: 16, base: 10000 });
    const s = 4;
    const { invFreq } = ntkByPartsScaling({ headDim: 16, base: 10000, factor: s, trainLength: 64, betaFast: 32, betaSlow: 1 });
    const interpolated = Array.from(invFreq, (f, m) => (rope[m]! - f) / (rope[m]! - rope[m]! / s));
    expect(interpolated[0]).toBeCloseTo(0, 12);
    expect(interpolated[1]).toBeCloseTo(1 / 3, 12);
    expect(interpolated[2]).toBeCloseTo(2 / 3, 12);
    for (const x of interpolated.slice(3)) expect(x).toBeCloseTo(1, 12);
  });
});

describe('Giraffe', () => {
  it('power basis: theta*_i = theta_i (1 - 2i/d)^k, pair 0 unchanged, the slowest slowed by (2/d)^k', () => {
    const { invFreq } = powerBasis(ropeFrequencies({ headDim: 16, base: 10000 }), { power: 0.5 });
    const rope = ropeInvFreq({ headDim: 16, base: 10000 });
    expect(invFreq[0]).toBe(rope[0]);
    invFreq.forEach((f, i) => expect(f).toBeCloseTo(rope[i]! * (1 - (2 * i) / 16) ** 0.5, 15));
    expect(invFreq[7]! / rope[7]!).toBeCloseTo(Math.sqrt(2 / 16), 15);
    expect(Array.from(powerBasis(ropeFrequencies({ headDim: 16, base: 10000 }), { power: 0 }).invFreq)).toEqual(Array.from(rope));
  });

  it("truncated basis (authors' code): keep theta >= b = 2 pi / Lt, rho = b/16 for b/8 <= theta < b, 0 below b/8", () => {
    const Lt = 64;
    const b = (2 * Math.PI) / Lt;
    const rope = ropeFrequencies({ headDim: 16, base: 10000 });
    const { invFreq } = truncateBasis(rope, { truncateLength: Lt });
    rope.invFreq.forEach((f, i) => expect(invFreq[i]).toBe(f >= b ? f : f >= b / 8 ? b / 16 : 0));
    // wavelengths 6.3, 19.9, 62.8 kept; 198.7 (<= 8 x 64) frozen to rho; the rest stop rotating
    expect(Array.from(invFreq.slice(0, 3))).toEqual(Array.from(rope.invFreq.slice(0, 3)));
    expect(invFreq[3]).toBe(b / 16);
    expect(Array.from(invFreq.slice(4))).toEqual([0, 0, 0, 0]);
    expect(truncateBasis(rope, { truncateLength: 0 }).invFreq).toBe(rope.invFreq);
  });

  it('the module defaults to the power basis k = 0.5 without truncation', () => {
    expect(methods.giraffe.configSchema.parse({})).toEqual({ base: 10000, power: 0.5, truncate: 0 });
    const { theta } = rotation('giraffe', {});
    theta.forEach((t, i) => expect(t).toBeCloseTo(10000 ** ((-2 * i) / 16) * Math.sqrt(1 - (2 * i) / 16), 6));
  });
});

describe('ABF and the RoPE scaling laws', () => {
  it("ABF is RoPE at Llama 2 Long's base 500,000 by default", () => {
    expect(methods.abf.configSchema.parse({})).toEqual({ base: 500000 });
    const abf = backboneInputs('abf', ctx(70), {});
    const rope = backboneInputs('rope', ctx(70), { base: 500000 });
    expect(Array.from(abf.rq_cos.data)).toEqual(Array.from(rope.rq_cos.data));
    expect(Array.from(abf.rk_sin.data)).toEqual(Array.from(rope.rk_sin.data));
  });

  it('the scaling-laws method defaults to the pre-training base, i.e. plain RoPE on the un-tuned model', () => {
    const laws = backboneInputs('rope-scaling-laws', ctx(70), {});
    const rope = backboneInputs('rope', ctx(70), {});
    expect(Array.from(laws.rq_cos.data)).toEqual(Array.from(rope.rq_cos.data));
  });
});

describe('Resonance RoPE', () => {
  it("every wavelength 2 pi / theta~ is an integer, the nearest to RoPE's", () => {
    const rope = ropeFrequencies({ headDim: 16, base: 10000 });
    const { invFreq, attentionFactor } = resonanceFrequencies(rope);
    expect(attentionFactor).toBe(1);
    invFreq.forEach((f, m) => {
      const wavelength = (2 * Math.PI) / f;
      expect(wavelength).toBeCloseTo(Math.round(wavelength), 9);
      expect(Math.abs(wavelength - (2 * Math.PI) / rope.invFreq[m]!)).toBeLessThanOrEqual(0.5);
    });
    expect((2 * Math.PI) / invFreq[0]!).toBeCloseTo(6, 12);
    expect((2 * Math.PI) / invFreq[1]!).toBeCloseTo(20, 12);
    expect((2 * Math.PI) / invFreq[2]!).toBeCloseTo(63, 12);
  });

  it('so position n and n + wavelength have the same rotation in that pair', () => {
    const inputs = backboneInputs('resonance-rope', ctx(70), {});
    for (const [m, wavelength] of [
      [0, 6],
      [1, 20],
      [2, 63],
    ] as const) {
      for (const n of [0, 1, 5]) {
        expect(inputs.rq_cos.data[(n + wavelength) * half + m]).toBeCloseTo(inputs.rq_cos.data[n * half + m]!, 5);
        expect(inputs.rq_sin.data[(n + wavelength) * half + m]).toBeCloseTo(inputs.rq_sin.data[n * half + m]!, 5);
      }
    }
  });

  it("factor > 1 is Resonance YaRN: YaRN's frequencies rounded, YaRN's attention factor kept", () => {
    const yarn = yarnScaling({ headDim: 16, base: 10000, factor: 4, trainLength: 64, betaFast: 32, betaSlow: 1 });
    const expected = resonanceFrequencies(yarn);
    const { theta, scale } = rotation('resonance-rope', { factor: 4 });
    theta.forEach((t, m) => expect(t).toBeCloseTo(expected.invFreq[m]!, 6));
    for (const x of scale) expect(x).toBeCloseTo(yarnAttentionFactor(4), 6);
  });
});
