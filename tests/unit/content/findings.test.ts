/** The findings' comparison rule (src/content/findings.ts) on made-up estimates: paired ratios for the same weights, intervals otherwise. */
import { describe, expect, it } from 'vitest';
import { pairedRatio, verdict, type Estimate } from '../../../src/content/findings';

/** Bits per byte of `model` with these per-excerpt and per-seed values, its interval as wide as the excerpts' spread. */
function bpb(model: string, byExcerpt: number[], bySeed: [number, number][]): Estimate {
  const value = byExcerpt.reduce((a, b) => a + b, 0) / byExcerpt.length;
  return { value, low: Math.min(...byExcerpt), high: Math.max(...byExcerpt), units: { model, byExcerpt, bySeed: new Map(bySeed) } };
}

// Excerpts differ far more than lengths do: 32x reads each excerpt 2% lower than 1x.
const at1 = bpb(
  'alibi',
  [1.5, 2.0, 2.5, 3.0],
  [
    [1, 2.24],
    [2, 2.25],
    [3, 2.26],
  ],
);
const at32 = bpb(
  'alibi',
  [1.47, 1.96, 2.45, 2.94],
  [
    [1, 2.2],
    [2, 2.2],
    [3, 2.215],
  ],
);

describe('pairedRatio', () => {
  it('takes the ratio per excerpt and per seed and keeps the wider interval', () => {
    const ratio = pairedRatio(at32, at1)!;
    expect(ratio.value).toBeCloseTo(0.98, 3);
    // the per-excerpt ratios are all 0.98: the seeds' spread is the wider interval
    expect(ratio.low).toBeLessThan(0.98);
    expect(ratio.high).toBeGreaterThan(0.98);
    expect(ratio.high).toBeLessThan(1.05);
  });

  it('pairs only the same weights with the same seeds', () => {
    expect(pairedRatio(at32, { ...at1, units: { ...at1.units!, model: 'rope' } })).toBeUndefined();
    expect(
      pairedRatio(at32, {
        ...at1,
        units: {
          ...at1.units!,
          bySeed: new Map([
            [1, 2.24],
            [2, 2.25],
            [4, 2.26],
          ]),
        },
      }),
    ).toBeUndefined();
    expect(pairedRatio(at32, { value: 2.25, low: 2.2, high: 2.3 })).toBeUndefined();
  });
});

describe('verdict', () => {
  const flat = { holds: [{ left: 'long', op: '<' as const, times: 1.05, right: 'short' }] };

  it('holds a paired comparison whose ratio interval clears the factor, though the two intervals overlap', () => {
    expect(at32.high).toBeGreaterThan(1.05 * at1.low);
    expect(verdict(flat, { long: at32, short: at1 })).toBe('reproduced');
  });

  it('compares the intervals of unpaired measurements', () => {
    const other = { ...at1, units: { ...at1.units!, model: 'rope' } };
    expect(verdict(flat, { long: at32, short: other })).toBe('not reproduced');
    expect(verdict(flat, { long: { value: 1, low: 0.9, high: 1.1 }, short: { value: 2, low: 1.9, high: 2.1 } })).toBe('reproduced');
  });
});
