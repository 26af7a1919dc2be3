import { describe, expect, it } from 'vitest';
import { MAX_BANDS, multiBandInputs, UNBOUNDED, type Band } from '../../../src/pe/lib/multi-band';
import { ropeFrequencies } from '../../../src/pe/lib/rotary';

const frequencies = ropeFrequencies({ headDim: 16, base: 10000 });
const positions = Float64Array.from({ length: 6 }, (_, i) => i);
const band = (low: number, high?: number): Band => ({ queryPositions: positions, keyPositions: positions, queryCoord: positions, keyCoord: positions, low, ...(high === undefined ? {} : { high }) });

describe('multi-band inputs', () => {
  it('pads to MAX_BANDS with a band no pair matches, and bounds an open band by UNBOUNDED', () => {
    const inputs = multiBandInputs(frequencies, [band(0, 2), band(2)]);
    expect(inputs.bq_cos.dims).toEqual([MAX_BANDS, 6, 8]);
    expect(inputs.bq_coord.dims).toEqual([MAX_BANDS, 6]);
    expect(Array.from(inputs.band_bounds.data)).toEqual([0, 2, 2, UNBOUNDED, 0, 0]);
  });

  it("scales a band's query rotations by its queryScale, and only that band's", () => {
    const queryScale = Float64Array.from(positions, (p) => 1 + p);
    const plain = multiBandInputs(frequencies, [band(0, 2), band(2)]);
    const scaled = multiBandInputs(frequencies, [{ ...band(0, 2), queryScale }, band(2)]);
    const half = 8;
    scaled.bq_cos.data.forEach((v, k) => {
      const [b, row] = [Math.floor(k / (6 * half)), Math.floor(k / half) % 6];
      expect(v).toBeCloseTo(plain.bq_cos.data[k]! * (b === 0 ? queryScale[row]! : 1), 6);
    });
    expect(scaled.bk_cos.data).toEqual(plain.bk_cos.data);
  });

  it('refuses a query that is in no band with itself (its softmax would be empty)', () => {
    expect(() => multiBandInputs(frequencies, [band(1)])).toThrow('query 0 is in no band with itself');
  });

  it('refuses more bands than the graph takes, and bands of different lengths', () => {
    expect(() => multiBandInputs(frequencies, Array<Band>(MAX_BANDS + 1).fill(band(0)))).toThrow(RangeError);
    expect(() => multiBandInputs(frequencies, [band(0), { ...band(1), keyCoord: positions.subarray(1) }])).toThrow('length 6');
  });
});
