/** Why a series misses the probe at 1x (src/content/probe-miss.ts), on made-up records. */
import { describe, expect, it } from 'vitest';
import { probeMiss, seedsShort } from '../../../src/content/probe-miss';
import type { BenchmarkRecord } from '../../../src/schemas/results';

const probe = (digitAccuracy: number) => ({ digitAccuracy, interval: [digitAccuracy, digitAccuracy] as [number, number], exactMatch: 0, bitsPerDigit: 0, probes: 16 });
function record(method: string, model: string, multiple: number, far: number, near = far): BenchmarkRecord {
  return {
    method,
    model,
    config: {},
    length: 64 * multiple,
    multiple,
    bpb: 2,
    bpbInterval: [2, 2],
    intervalFrom: 'seeds',
    bpbByExcerpt: [2],
    probe: { far: probe(far), near: probe(near) },
    seeds: [{ seed: 1, model, bpb: 2, far, near }],
    notLearned: [],
    diverged: [],
  };
}
const trainedWith = (model: string) => ({ rope: 'rope', 'rope-multiband': 'rope', alibi: 'alibi', 'pi-ft': 'pi' })[model]!;

describe('probeMiss', () => {
  const all = [
    record('rope', 'rope', 1, 1, 0.99),
    record('rope', 'rope', 2, 0.1),
    record('abf', 'rope', 1, 0.6, 0.64),
    record('attention-sinks', 'rope-multiband', 1, 0.33, 0.09),
    record('alibi', 'alibi', 1, 0.9, 1),
    record('pi', 'pi-ft', 1, 0.5, 0.97),
  ];
  const series = (method: string, model: string) => all.filter((r) => r.method === method && r.model === model);

  it('is undefined for a series that recalls the key at 1x in both placements, whatever it does later', () => {
    expect(probeMiss(series('rope', 'rope'), all, trainedWith)).toBeUndefined();
  });

  it("blames the method when the model recalls the key with its own encoding (on the same weights' multi-band export too)", () => {
    expect(probeMiss(series('abf', 'rope'), all, trainedWith)).toBe('method');
    expect(probeMiss(series('attention-sinks', 'rope-multiband'), all, trainedWith)).toBe('method');
  });

  it('blames training when the model misses the probe with the encoding it was trained or fine-tuned with', () => {
    expect(probeMiss(series('alibi', 'alibi'), all, trainedWith)).toBe('training');
    expect(probeMiss(series('pi', 'pi-ft'), all, trainedWith)).toBe('training');
  });

  it('blames fine-tuning when a fine-tune misses it at 1x but recalls it at its fine-tuning length, from a base that recalls it at 1x', () => {
    const clex = [record('clex', 'clex-ft', 1, 0.97, 0.94), record('clex', 'clex-ft', 4, 1, 1)];
    const withClex = [...all, ...clex];
    const trained = (model: string) => (model === 'clex-ft' ? 'clex' : trainedWith(model));
    const tuned = (model: string) => (model === 'clex-ft' ? { from: 'rope', multiple: 4 } : undefined);
    expect(probeMiss(clex, withClex, trained, tuned)).toBe('fine-tuning');
    // not without the fine-tuning length's recall, nor from a base that misses the probe, nor fine-tuned at the training length
    expect(probeMiss([clex[0]!, record('clex', 'clex-ft', 4, 0.9, 1)], withClex, trained, tuned)).toBe('training');
    const unlearnedBase = withClex.map((r) => (r.method === 'rope' && r.multiple === 1 ? record('rope', 'rope', 1, 0.5) : r));
    expect(probeMiss(clex, unlearnedBase, trained, tuned)).toBe('training');
    expect(probeMiss(clex, withClex, trained, () => ({ from: 'rope', multiple: 1 }))).toBe('training');
    expect(probeMiss(clex, withClex, trained)).toBe('training');
  });

  it("blames training when the model's own series misses the probe too, or was not evaluated", () => {
    const unlearnedBase = all.map((r) => (r.method === 'rope' && r.multiple === 1 ? record('rope', 'rope', 1, 0.5) : r));
    expect(probeMiss(series('abf', 'rope'), unlearnedBase, trainedWith)).toBe('training');
    expect(
      probeMiss(
        series('abf', 'rope'),
        all.filter((r) => r.method !== 'rope'),
        trainedWith,
      ),
    ).toBe('training');
  });
});

describe('seedsShort', () => {
  const withSeeds = (seeds: [number, number][]) => {
    const r = record('randomized-pe', 'randomized-pe', 1, 0, 0);
    return [{ ...r, seeds: seeds.map(([far, near], i) => ({ seed: i + 1, model: `randomized-pe-seed${i + 1}`, bpb: 2, far, near })) }];
  };

  it('names the seeds below the threshold in either placement when other seeds learned the probe', () => {
    expect(
      seedsShort(
        withSeeds([
          [0.98, 0.97],
          [0.1, 0.09],
          [0.99, 0.9],
        ]),
      ),
    ).toEqual([
      { seed: 2, far: '0.10', near: '0.09' },
      { seed: 3, far: '0.99', near: '0.90' },
    ]);
  });

  it('is empty when every seed misses the probe, or none does', () => {
    expect(
      seedsShort(
        withSeeds([
          [0.2, 0.3],
          [0.1, 0.1],
        ]),
      ),
    ).toEqual([]);
    expect(
      seedsShort(
        withSeeds([
          [1, 1],
          [0.96, 0.95],
        ]),
      ),
    ).toEqual([]);
  });
});
