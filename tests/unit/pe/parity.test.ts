/**
 * TypeScript PE modules equal their PyTorch twins (fixtures from demos/fixtures.py) to 1e-5, at the
 * default config (tests/fixtures/pe/<id>.json) and, for every method with config knobs, at a config
 * where every knob differs from its default (tests/fixtures/pe/nondefault/<id>.json).
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodIds, methods } from '../../../src/pe/registry';
import { methodInputs } from '../../../src/pe/inputs';
import { BAND_ROLES, COMPLEX_EMBEDDING_ROLES, DENSE_BIAS_ROLES, INPUT_ROLES, MLP_BIAS_ROLES, RELATIVE_CONTENT_ROLES, type PeMethod, type Tensor } from '../../../src/pe/types';
import { decodeTensor, maxAbsDiff, readJson, type EncodedTensor } from '../fixtures';
import { awaitingModels } from './awaiting';

interface PeFixture {
  id: string;
  dims: { d: number; heads: number; headDim: number };
  trainLength: number;
  config: Record<string, unknown>;
  params: Record<string, EncodedTensor>;
  /** tokens: the bytes of a case, for a method whose positions depend on the text */
  cases: { length: number; tokens?: number[]; tensors: Record<string, EncodedTensor> }[];
}

const fixtureDir = new URL('../../fixtures/pe/', import.meta.url);
const nondefaultDir = new URL('../../fixtures/pe/nondefault/', import.meta.url);
const jsonStems = (dir: URL) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();

const modules: Record<string, PeMethod> = { ...methods, ...awaitingModels };
const ids = Object.keys(modules);
/** Methods with at least one config knob (every knob has a default, so parsing {} lists them). */
const configurableIds = ids.filter((id) => Object.keys(modules[id]!.configSchema.parse({}) as object).length > 0);

describe('registry and twins', () => {
  it('has a fixture (hence a PyTorch twin) for every registered method and no orphan fixture', () => {
    expect(jsonStems(fixtureDir)).toEqual([...ids].sort());
    expect(
      methodIds.filter((id) => id in awaitingModels),
      'registered: drop it from awaitingModels',
    ).toEqual([]);
  });

  it('has a non-default-config fixture for exactly the methods with config knobs', () => {
    expect(configurableIds.length).toBeGreaterThan(10);
    expect(jsonStems(nondefaultDir)).toEqual([...configurableIds].sort());
  });

  it.each(ids)('%s: module id matches its registry key and has a PyTorch twin', (id) => {
    expect(modules[id]!.id).toBe(id);
    expect(existsSync(new URL(`../../../demos/pe/${id.replaceAll('-', '_')}.py`, import.meta.url))).toBe(true);
  });
});

function expectParity(id: string, fixture: PeFixture, testCase: PeFixture['cases'][number]) {
  const params = Object.fromEntries(Object.entries(fixture.params).map(([k, v]) => [k, decodeTensor(v)]));
  const { length, tokens } = testCase;
  const ctx = { length, dims: fixture.dims, trainLength: fixture.trainLength, params, ...(tokens ? { tokens: Uint8Array.from(tokens) } : {}) };
  const inputs: Partial<Record<string, Tensor>> = methodInputs(modules[id]!, ctx, fixture.config);
  const ownRoles: readonly string[] = [...BAND_ROLES, ...RELATIVE_CONTENT_ROLES, ...COMPLEX_EMBEDDING_ROLES, ...MLP_BIAS_ROLES];
  for (const role of new Set([...INPUT_ROLES, ...DENSE_BIAS_ROLES, ...ownRoles])) {
    const expected = testCase.tensors[role];
    const actual = inputs[role];
    if (!expected) {
      if (ownRoles.includes(role)) expect(actual, `${id} computed ${role} but its twin did not`).toBeUndefined();
      continue;
    }
    if (!actual) throw new Error(`${id} did not compute ${role}`);
    expect(actual.dims).toEqual(expected.dims);
    expect(maxAbsDiff(actual.data, decodeTensor(expected).data), `${id} ${role} L=${length}`).toBeLessThan(1e-5);
  }
}

describe.each(ids)('%s parity with PyTorch', (id) => {
  const fixture = readJson<PeFixture>(`../fixtures/pe/${id}.json`);

  it('fixture header is what the test expects', () => {
    expect(fixture.id).toBe(id);
    expect(fixture.dims).toEqual({ d: 64, heads: 4, headDim: 16 });
    expect(fixture.cases.map((c) => c.length)).toContain(70);
  });

  it.each(fixture.cases.map((c) => [c.length, c] as const))('length %i: every input within 1e-5', (_length, testCase) => {
    expectParity(id, fixture, testCase);
  });

  it('default config parses and unknown keys are rejected', () => {
    expect(() => modules[id]!.configSchema.parse({})).not.toThrow();
    expect(() => modules[id]!.configSchema.parse({ notAKnob: 1 })).toThrow();
  });
});

describe.each(configurableIds)('%s parity with PyTorch at a non-default config', (id) => {
  const fixture = readJson<PeFixture>(`../fixtures/pe/nondefault/${id}.json`);
  const defaults = modules[id]!.configSchema.parse({}) as Record<string, unknown>;

  it('fixture header is what the test expects, and every knob is away from its default', () => {
    expect(fixture.id).toBe(id);
    expect(fixture.dims).toEqual({ d: 64, heads: 4, headDim: 16 });
    expect(fixture.cases.map((c) => c.length)).toContain(70);
    expect(Object.keys(fixture.config).sort()).toEqual(Object.keys(defaults).sort());
    for (const [key, value] of Object.entries(fixture.config)) expect(value, `${id}.${key}`).not.toEqual(defaults[key]);
    // the config is valid for the TS schema as written by the twin (no silent clamping/renaming)
    expect(modules[id]!.configSchema.parse(fixture.config)).toEqual(fixture.config);
  });

  it.each(fixture.cases.map((c) => [c.length, c] as const))('length %i: every input within 1e-5', (_length, testCase) => {
    expectParity(id, fixture, testCase);
  });
});
