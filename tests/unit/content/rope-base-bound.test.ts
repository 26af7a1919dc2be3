/**
 * The figures of the "Base of RoPE bounds context length" page (src/content/rope-base-bound.ts), checked against
 * a direct evaluation of B(m) = sum_i cos(m base^(-2i/d)) and against Xu, Men et al.'s Figure 1, which puts the
 * lower bound for a 1K context at about 4 x 10^3 and for 8K at about 8 x 10^4 (d = 128).
 */
import { describe, expect, it } from 'vitest';
import { COMPUTED, factValue } from '../../../src/content/facts';
import { discrimination, lowerBoundBase, reach } from '../../../src/content/rope-base-bound';

const direct = (d: number, base: number, m: number) => {
  let s = 0;
  for (let i = 0; i < d / 2; i++) s += Math.cos(m * base ** (-(2 * i) / d));
  return s;
};

describe('base of RoPE bounds context length', () => {
  it('B(0) is d/2 and B(m) matches a direct sum', () => {
    expect(discrimination({ headDim: 16, base: 10000 }, 0)).toBe(8);
    for (const m of [1, 7, 64, 1000]) expect(discrimination({ headDim: 16, base: 10000 }, m)).toBeCloseTo(direct(16, 10000, m), 12);
  });

  it('reach is the last distance before B turns negative', () => {
    const r = reach({ headDim: 16, base: 10000 });
    for (let m = 0; m <= r; m++) expect(direct(16, 10000, m)).toBeGreaterThanOrEqual(0);
    expect(direct(16, 10000, r + 1)).toBeLessThan(0);
  });

  it('the lower bound keeps B >= 0 over the length, and every grid base below it does not', () => {
    const bound = lowerBoundBase({ headDim: 16, length: 64 });
    expect(reach({ headDim: 16, base: bound })).toBeGreaterThanOrEqual(64);
    expect(reach({ headDim: 16, base: bound / 1.001 })).toBeLessThan(64);
  });

  it("agrees with the paper's Figure 1 for d = 128 (1K: about 4e3; 8K: about 8e4)", () => {
    expect(lowerBoundBase({ headDim: 128, length: 1024 }, 1.01)).toBeGreaterThan(3.5e3);
    expect(lowerBoundBase({ headDim: 128, length: 1024 }, 1.01)).toBeLessThan(5e3);
    expect(lowerBoundBase({ headDim: 128, length: 8192 }, 1.01)).toBeGreaterThan(7e4);
    expect(lowerBoundBase({ headDim: 128, length: 8192 }, 1.01)).toBeLessThan(9.5e4);
  }, 60_000);

  it("the page's reading holds for the current models: base 500 falls short of its window, the pre-training base does not", () => {
    expect(COMPUTED['rope-base-bound.reach-base500']()).toBeLessThan(factValue({ model: 'rope-base500-ft', field: 'trainLength' }));
    expect(COMPUTED['rope-base-bound.reach-rope']()).toBeGreaterThanOrEqual(factValue({ model: 'rope', field: 'trainLength' }));
    expect(COMPUTED['rope-base-bound.rope-bound']()).toBeGreaterThan(factValue({ model: 'rope-base500-ft', config: 'base' }));
    expect(COMPUTED['rope-base-bound.rope-bound']()).toBeLessThan(factValue({ model: 'rope', config: 'base' }));
  });
});
