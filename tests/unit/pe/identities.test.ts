/** The papers' identities, checked on the TypeScript side (values worked from the published formulas). */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { alibiSlopes, pairBias } from '../../../src/pe/lib/bias';
import { dynamicNtkScaling, longRopeScaling, linearScaling, llama3Scaling, ntkAwareScaling, ropeInvFreq, yarnAttentionFactor, yarnScaling } from '../../../src/pe/lib/rotary';
import { mulberry32, orderedSubset } from '../../../src/pe/lib/prng';
import { t5Bucket } from '../../../src/pe/t5-bias';
import { backboneInputs } from '../../../src/pe/inputs';
import { methods } from '../../../src/pe/registry';

const dims = { d: 64, heads: 4, headDim: 16 };
const ctx = (length: number) => ({ length, dims, trainLength: 64, params: {} });

describe('RoPE family', () => {
  it('RoPE: theta_m = 10000^(-2m/d)', () => {
    const f = ropeInvFreq({ headDim: 16, base: 10000 });
    expect(f[0]).toBe(1);
    expect(f[1]).toBeCloseTo(10000 ** (-2 / 16), 15);
    expect(f[7]).toBeCloseTo(10000 ** (-14 / 16), 15);
  });

  it('PI equals RoPE divided by the factor', () => {
    const rope = ropeInvFreq({ headDim: 16, base: 10000 });
    linearScaling({ headDim: 16, base: 10000, factor: 4 }).invFreq.forEach((f, m) => expect(f).toBeCloseTo(rope[m]! / 4, 15));
  });

  it('NTK-aware: base 10000 x 4^(16/14) (bloc97), so theta_0 is unchanged and the lowest frequency is divided by exactly 4', () => {
    const { invFreq } = ntkAwareScaling({ headDim: 16, base: 10000, factor: 4 });
    const rope = ropeInvFreq({ headDim: 16, base: 10000 });
    expect(invFreq[0]).toBe(1);
    // m = d/2 - 1 = 7: (base s^(d/(d-2)))^(-14/16) = base^(-14/16) s^(-1)
    expect(invFreq[7]).toBeCloseTo(rope[7]! / 4, 12);
  });

  it('dynamic NTK equals RoPE up to the training length and NTK-aware(l/L) beyond it', () => {
    const rope = ropeInvFreq({ headDim: 16, base: 10000 });
    dynamicNtkScaling({ headDim: 16, base: 10000, factor: 1, length: 64, trainLength: 64 }).invFreq.forEach((f, m) => expect(f).toBeCloseTo(rope[m]!, 15));
    const at256 = dynamicNtkScaling({ headDim: 16, base: 10000, factor: 1, length: 256, trainLength: 64 }).invFreq;
    ntkAwareScaling({ headDim: 16, base: 10000, factor: 4 }).invFreq.forEach((f, m) => expect(at256[m]).toBeCloseTo(f, 12));
  });

  it('YaRN at d=16, L=64, s=4: ramp bounds floor(J(32)) -> 0 and ceil(J(1)) = 3, values worked by hand', () => {
    // J(r) = d ln(L / (2 pi r)) / (2 ln b): J(32) = -0.99 -> low = 0, J(1) = 2.016 -> high = 3
    const rope = ropeInvFreq({ headDim: 16, base: 10000 });
    const { invFreq, attentionFactor } = yarnScaling({ headDim: 16, base: 10000, factor: 4, trainLength: 64, betaFast: 32, betaSlow: 1 });
    expect(invFreq[0]).toBeCloseTo(rope[0]!, 15);
    expect(invFreq[1]).toBeCloseTo(rope[1]! * (1 / 3 / 4 + 2 / 3), 15);
    expect(invFreq[2]).toBeCloseTo(rope[2]! * (2 / 3 / 4 + 1 / 3), 15);
    for (let m = 3; m < 8; m++) expect(invFreq[m]).toBeCloseTo(rope[m]! / 4, 15);
    expect(attentionFactor).toBeCloseTo(0.1 * Math.log(4) + 1, 15);
    expect(yarnAttentionFactor(1)).toBe(1);
  });

  it('YaRN lies between PI and RoPE in every dimension', () => {
    const rope = ropeInvFreq({ headDim: 16, base: 10000 });
    yarnScaling({ headDim: 16, base: 10000, factor: 8, trainLength: 64, betaFast: 32, betaSlow: 1 }).invFreq.forEach((f, m) => {
      expect(f).toBeLessThanOrEqual(rope[m]! + 1e-15);
      expect(f).toBeGreaterThanOrEqual(rope[m]! / 8 - 1e-15);
    });
  });

  it('Llama 3.1: keeps wavelengths below L/4, divides those above L by s, blends continuously between', () => {
    const rope = ropeInvFreq({ headDim: 16, base: 10000 });
    const { invFreq } = llama3Scaling({ headDim: 16, base: 10000, factor: 8, trainLength: 64, lowFreqFactor: 1, highFreqFactor: 4 });
    rope.forEach((f, m) => {
      const wavelength = (2 * Math.PI) / f;
      if (wavelength < 16) expect(invFreq[m]).toBe(f);
      else if (wavelength > 64) expect(invFreq[m]).toBeCloseTo(f / 8, 15);
      else {
        const smooth = (64 / wavelength - 1) / 3;
        expect(invFreq[m]).toBeCloseTo((1 - smooth) * (f / 8) + smooth * f, 15);
      }
    });
  });

  it('LongRoPE: per-pair division and attention factor sqrt(1 + ln s / ln L) (HF longrope)', () => {
    const rope = ropeInvFreq({ headDim: 16, base: 10000 });
    const rescale = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4];
    const { invFreq, attentionFactor } = longRopeScaling({ headDim: 16, base: 10000, factor: 4, trainLength: 64, rescale });
    invFreq.forEach((f, m) => expect(f).toBeCloseTo(rope[m]! / rescale[m]!, 15));
    expect(attentionFactor).toBeCloseTo(Math.sqrt(1 + Math.log(4) / Math.log(64)), 15);
    expect(() => longRopeScaling({ headDim: 16, base: 10000, factor: 4, trainLength: 64, rescale: [1, 2] })).toThrow(/8 rescale factors/);
  });

  it('RoPE scores depend only on the offset i - j', () => {
    const inputs = backboneInputs('rope', ctx(40));
    const q = Array.from({ length: 16 }, (_, k) => Math.sin(k + 1));
    const k = Array.from({ length: 16 }, (_, c) => Math.cos(3 * c));
    const rotate = (x: number[], pos: number, which: 'q' | 'k') => {
      const cos = inputs[`r${which}_cos`].data.subarray(pos * 8, pos * 8 + 8);
      const sin = inputs[`r${which}_sin`].data.subarray(pos * 8, pos * 8 + 8);
      return [...Array(8).keys()].flatMap((m) => [x[m]! * cos[m]! - x[m + 8]! * sin[m]!]).concat([...Array(8).keys()].map((m) => x[m + 8]! * cos[m]! + x[m]! * sin[m]!));
    };
    const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
    expect(dot(rotate(q, 10, 'q'), rotate(k, 3, 'k'))).toBeCloseTo(dot(rotate(q, 37, 'q'), rotate(k, 30, 'k')), 4);
  });

  it('xPos: q_i . k_j scale is zeta^((i - j)/B), invariant to shifting both positions', () => {
    const inputs = backboneInputs('xpos', ctx(30));
    const scale = (i: number, j: number, m: number) =>
      Math.hypot(inputs.rq_cos.data[i * 8 + m]!, inputs.rq_sin.data[i * 8 + m]!) * Math.hypot(inputs.rk_cos.data[j * 8 + m]!, inputs.rk_sin.data[j * 8 + m]!);
    const zeta = (2 * 3) / 16 / 1.4 + 0.4 / 1.4;
    expect(scale(20, 5, 3)).toBeCloseTo(zeta ** (15 / 512), 6);
    expect(scale(25, 10, 3)).toBeCloseTo(scale(20, 5, 3), 6);
  });
});

describe('attention biases', () => {
  it('ALiBi slopes: geometric from 2^(-8/n), with the non-power-of-two rule', () => {
    expect(alibiSlopes(8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((k) => 2 ** -k));
    expect(alibiSlopes(4)).toEqual([1 / 4, 1 / 16, 1 / 64, 1 / 256]);
    expect(alibiSlopes(6)).toEqual([...alibiSlopes(4), 2 ** -1, 2 ** -3]);
  });

  it('ALiBi bias is -m (i - j) and 0 on the diagonal', () => {
    const bias = pairBias(backboneInputs('alibi', ctx(10)), 4, 10);
    expect(bias[(1 * 10 + 9) * 10 + 2]).toBeCloseTo(-(1 / 16) * 7, 7);
    for (let h = 0; h < 4; h++) for (let i = 0; i < 10; i++) expect(Math.abs(bias[(h * 10 + i) * 10 + i]!)).toBe(0);
  });

  it('T5 buckets (causal, 32 buckets, max distance 128): exact below 16, log-spaced to 128, then 31', () => {
    expect([0, 1, 15].map((n) => t5Bucket(n, 32, 128))).toEqual([0, 1, 15]);
    // 16 + trunc(ln(n/16) / ln(8) * 16): n = 32 -> 16 + trunc(5.33) = 21
    expect(t5Bucket(32, 32, 128)).toBe(21);
    expect(t5Bucket(127, 32, 128)).toBe(31);
    expect(t5Bucket(5000, 32, 128)).toBe(31);
  });

  it('Sandwich bias is 0 at distance 0 and decreases with distance at first', () => {
    const { distance_bias: bias } = backboneInputs('sandwich', ctx(8));
    expect(bias.dims).toEqual([4, 8]);
    expect(bias.data[0]).toBeCloseTo(0, 6);
    expect(bias.data[1]).toBeLessThan(0);
  });
});

describe('positions', () => {
  it('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('randomized PE picks sorted distinct positions; all of them when L equals the pool', () => {
    const picked = orderedSubset(100, 2048, 1234);
    expect(new Set(picked).size).toBe(100);
    expect([...picked]).toEqual([...picked].sort((x, y) => x - y));
    expect([...orderedSubset(2048, 2048, 1234)]).toEqual([...Array(2048).keys()]);
  });

  it('config schemas reject out-of-range knobs', () => {
    expect(() => methods.pi.configSchema.parse({ factor: 0.5 })).toThrow();
    expect(() => methods.yarn.configSchema.parse({ betaFast: 1, betaSlow: 32 })).toThrow();
    expect(() => methods['llama3-scaling'].configSchema.parse({ lowFreqFactor: 4, highFreqFactor: 1 })).toThrow();
  });
});

describe('shared config fields (src/pe/lib/config.ts)', () => {
  const properties = (id: keyof typeof methods) => (z.toJSONSchema(methods[id].configSchema, { io: 'input' }) as { properties?: Record<string, unknown> }).properties ?? {};

  it('base, factor, window and maxPosition keep their bounds and defaults in every module', () => {
    const factorDefaults: Record<string, number> = {
      pi: 4,
      'ntk-aware': 4,
      'dynamic-ntk': 1,
      yarn: 4,
      'ntk-by-parts': 4,
      'resonance-rope': 1,
      'llama3-scaling': 8,
      longrope: 4,
      longrope2: 4,
      cream: 4,
    };
    // ABF's whole point is a larger base: its module defaults to Llama 2 Long's 500,000 (Xiong et al., §4.1).
    const baseDefaults: Record<string, number> = { abf: 500000 };
    const integerAtLeastOne = { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER };
    const expected = (id: string): Record<string, unknown> => ({
      base: { type: 'number', minimum: 2, default: baseDefaults[id] ?? 10000 },
      factor: { type: 'number', minimum: 1, maximum: 64, default: factorDefaults[id] },
      window: { ...integerAtLeastOne, default: 32 },
      maxPosition: { ...integerAtLeastOne, default: 2048 },
    });
    const seen: Record<string, number> = { base: 0, factor: 0, window: 0, maxPosition: 0 };
    for (const id of Object.keys(methods) as (keyof typeof methods)[]) {
      const p = properties(id);
      for (const [field, schema] of Object.entries(expected(id))) {
        if (!p[field]) continue;
        seen[field]!++;
        expect(p[field], `${id}.${field}`).toEqual(schema);
      }
    }
    expect(seen).toEqual({ base: 28, factor: 10, window: 2, maxPosition: 2 });
  });
});
