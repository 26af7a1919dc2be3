/** TypeScript PE modules equal their PyTorch twins (fixtures from demos/fixtures.py) to 1e-5. */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodIds, methods } from '../../../src/pe/registry';
import { computeInputs } from '../../../src/pe/inputs';
import { INPUT_ROLES, TWO_BAND_ROLES } from '../../../src/pe/types';
import { decodeTensor, maxAbsDiff, readJson, type EncodedTensor } from '../fixtures';

interface PeFixture {
  id: string;
  dims: { d: number; heads: number; headDim: number };
  trainLength: number;
  config: Record<string, unknown>;
  params: Record<string, EncodedTensor>;
  cases: { length: number; tensors: Record<string, EncodedTensor> }[];
}

const fixtureDir = new URL('../../fixtures/pe/', import.meta.url);

describe('registry and twins', () => {
  it('has a fixture (hence a PyTorch twin) for every registered method and no orphan fixture', () => {
    const fixtures = readdirSync(fixtureDir).map((f) => f.replace(/\.json$/, '')).sort();
    expect(fixtures).toEqual([...methodIds].sort());
  });

  it.each(methodIds)('%s: module id matches its registry key and has a PyTorch twin', (id) => {
    expect(methods[id].id).toBe(id);
    expect(existsSync(new URL(`../../../demos/pe/${id.replaceAll('-', '_')}.py`, import.meta.url))).toBe(true);
  });
});

describe.each(methodIds)('%s parity with PyTorch', (id) => {
  const fixture = readJson<PeFixture>(`../fixtures/pe/${id}.json`);
  const params = Object.fromEntries(Object.entries(fixture.params).map(([k, v]) => [k, decodeTensor(v)]));

  it('fixture header is what the test expects', () => {
    expect(fixture.id).toBe(id);
    expect(fixture.dims).toEqual({ d: 64, heads: 4, headDim: 16 });
    expect(fixture.cases.map((c) => c.length)).toContain(70);
  });

  it.each(fixture.cases.map((c) => [c.length, c] as const))('length %i: every input within 1e-5', (length, testCase) => {
    const inputs = computeInputs(id, { length, dims: fixture.dims, trainLength: fixture.trainLength, params }, fixture.config);
    for (const role of [...INPUT_ROLES, ...TWO_BAND_ROLES]) {
      const expected = testCase.tensors[role];
      const actual = inputs[role];
      if (!expected) {
        if ((TWO_BAND_ROLES as readonly string[]).includes(role)) expect(actual, `${id} computed ${role} but its twin did not`).toBeUndefined();
        continue;
      }
      if (!actual) throw new Error(`${id} did not compute ${role}`);
      expect(actual.dims).toEqual(expected.dims);
      expect(maxAbsDiff(actual.data, decodeTensor(expected).data), `${id} ${role} L=${length}`).toBeLessThan(1e-5);
    }
  });

  it('default config parses and unknown keys are rejected', () => {
    expect(() => methods[id].configSchema.parse({})).not.toThrow();
    expect(() => methods[id].configSchema.parse({ notAKnob: 1 })).toThrow();
  });
});
