/**
 * Every committed model: the file matches its manifest hash, it learned far more than byte
 * frequencies, and onnxruntime-web (the browser's WASM kernels, run in Node) fed by the TS PE modules
 * reproduces the PyTorch logits and attention outputs saved at export to 1e-4.
 */
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { inputsFor } from '../../../src/demo/evaluate';
import { fileBytes, localHeldout, localManifest, localModel, readLocalFile, MODELS_DIR } from '../../../src/demo/local';
import { TRAINING_FRACTION } from '../../../src/demo/probe';
import { excerptBytes } from '../../../src/schemas/heldout';
import { BenchmarkSchema } from '../../../src/schemas/results';
import { decodeTensor, maxAbsDiff, readJson, type EncodedTensor } from '../fixtures';

interface ModelFixture {
  model: string;
  length: number;
  positions: number[];
  logits: EncodedTensor;
  /** entropy, distance [layers, H, positions] and the picked head's attention rows [positions, L] */
  attention: { pick: [number, number]; entropy: EncodedTensor; distance: EncodedTensor; rows: EncodedTensor };
}

const manifest = localManifest();
const excerpts = excerptBytes(localHeldout());
const benchmark = BenchmarkSchema.parse(JSON.parse(readFileSync('content/results/benchmark.json', 'utf8')));
ort.env.wasm.numThreads = 1;

/** Entropy of the held-out text's own byte frequencies: no unigram model can score below it. */
function unigramEntropy(texts: Uint8Array[]): number {
  const counts = new Float64Array(256);
  let total = 0;
  for (const text of texts)
    for (const b of text) {
      counts[b]! += 1;
      total++;
    }
  return -counts.reduce((h, c) => (c ? h + (c / total) * Math.log2(c / total) : h), 0);
}

describe.each(manifest.models.map((m) => [m.id, m] as const))('model %s', (_id, entry) => {
  it('is under 1 MB and matches its manifest hashes', () => {
    expect(fileBytes(`${MODELS_DIR}/${entry.file}`).length).toBe(entry.bytes);
    expect(entry.bytes).toBeLessThan(1024 * 1024);
    expect(() => readLocalFile(entry.file, entry.sha256)).not.toThrow();
    if (entry.params) expect(() => readLocalFile(entry.params!.file, entry.params!.sha256)).not.toThrow();
  });

  it('saw the pass-key probe format and share the evaluation assumes (src/demo/probe-format.json)', () => {
    expect(entry.probeFraction).toBe(TRAINING_FRACTION);
  });

  it('scores held-out text at its training length far below what byte frequencies allow', () => {
    // The model with the PE it was trained with (its fixture's method): other methods run on it as contrasts.
    const atTrainLength = benchmark.records.filter((r) => r.model === entry.id && r.method === entry.fixture.method && r.length === entry.trainLength);
    expect(atTrainLength.length).toBeGreaterThan(0);
    const unigram = unigramEntropy(excerpts);
    expect(unigram).toBeGreaterThan(4);
    for (const r of atTrainLength) expect(r.bpb, `${r.method} on ${r.model}`).toBeLessThan(0.65 * unigram);
  });

  it('onnxruntime-web equals the PyTorch logits saved at export (1e-4)', async () => {
    const fixture = readJson<ModelFixture>(`../fixtures/models/${entry.id}.json`);
    const model = await localModel(ort, entry);
    const bytes = excerpts[0]!.subarray(0, fixture.length);
    const logits = await model.forward(bytes, inputsFor(model, entry.fixture.method, entry.fixture.config, bytes));
    const expected = decodeTensor(fixture.logits).data;
    fixture.positions.forEach((pos, row) => {
      expect(maxAbsDiff(logits.subarray(pos * 256, (pos + 1) * 256), expected.subarray(row * 256, (row + 1) * 256)), `position ${pos}`).toBeLessThan(1e-4);
    });
  });

  it('onnxruntime-web attention outputs equal PyTorch (1e-4), and the attention pass keeps the logits', async () => {
    const fixture = readJson<ModelFixture>(`../fixtures/models/${entry.id}.json`);
    const model = await localModel(ort, entry);
    const [layer, head] = fixture.attention.pick;
    const bytes = excerpts[0]!.subarray(0, fixture.length);
    const inputs = inputsFor(model, entry.fixture.method, entry.fixture.config, bytes);
    const out = await model.attend(bytes, inputs, { layer, head });
    expect(maxAbsDiff(out.logits, await model.forward(bytes, inputs))).toBe(0);
    const { layers, heads } = entry.modelConfig;
    const L = fixture.length;
    const atPositions = (perPosition: Float32Array) =>
      Float32Array.from({ length: layers * heads * fixture.positions.length }, (_, k) => {
        const row = Math.floor(k / fixture.positions.length);
        return perPosition[row * L + fixture.positions[k % fixture.positions.length]!]!;
      });
    expect(out.entropy.length).toBe(layers * heads * L);
    expect(maxAbsDiff(atPositions(out.entropy), decodeTensor(fixture.attention.entropy).data), 'entropy').toBeLessThan(1e-4);
    expect(maxAbsDiff(atPositions(out.distance), decodeTensor(fixture.attention.distance).data), 'distance').toBeLessThan(1e-4);
    const rows = Float32Array.from(fixture.positions.flatMap((pos) => [...out.attention.subarray(pos * L, (pos + 1) * L)]));
    expect(maxAbsDiff(rows, decodeTensor(fixture.attention.rows).data), 'attention rows').toBeLessThan(1e-4);
  });
});

describe('local model files', () => {
  it('refuses a file whose bytes do not match the manifest', () => {
    const entry = manifest.models[0]!;
    expect(() => readLocalFile(entry.file, '0'.repeat(64))).toThrow(/does not match the manifest/);
  });
});

describe('the benchmark', () => {
  // JavaScript averages a NaN score written as null in JSON as 0: a model whose output is not finite
  // (FLOATER's continued table can overflow float32) would show as a perfect 0 bits per byte.
  it('holds only finite, positive bits per byte for every seed and every excerpt', () => {
    for (const r of benchmark.records) {
      const where = `${r.method} on ${r.model} at ${r.multiple}×`;
      expect(
        r.bpbByExcerpt.every((v) => Number.isFinite(v) && v > 0),
        where,
      ).toBe(true);
      expect(
        r.seeds.every((s) => Number.isFinite(s.bpb) && s.bpb > 0),
        where,
      ).toBe(true);
    }
  });

  /** Whether a seed's run learned the probe in training (demos/export.py probeLearnedAtStep). */
  const learned = (model: string) => benchmark.models[model]!.probeLearnedAtStep !== null;

  it('accounts for at least 3 learned seeds in every record, each measured, left out or diverged, the same seeds at every length', () => {
    const seedsOf = (r: (typeof benchmark.records)[number]) => [...r.seeds, ...r.notLearned, ...r.diverged].map((s) => s.seed).sort((a, b) => a - b);
    for (const r of benchmark.records) {
      const where = `${r.method} on ${r.model} at ${r.multiple}×`;
      const seeds = seedsOf(r);
      expect(new Set(seeds).size, where).toBe(seeds.length);
      expect([...r.seeds, ...r.diverged].filter((s) => learned(s.model)).length, where).toBeGreaterThanOrEqual(3);
      expect(r.seeds[0]?.seed, `${where}: the site's model`).toBe(1);
      const at1 = benchmark.records.find((o) => o.method === r.method && o.model === r.model && o.multiple === benchmark.settings.multiples[0]);
      expect(seeds, where).toEqual(seedsOf(at1!));
    }
  });

  it('leaves out of the values exactly the seeds whose run did not learn the probe in training', () => {
    for (const r of benchmark.records) {
      const where = `${r.method} on ${r.model} at ${r.multiple}×`;
      expect(
        r.seeds.every((s) => learned(s.model)),
        `${where}: every seed in the values learned the probe`,
      ).toBe(true);
      expect(
        r.notLearned.every((s) => !learned(s.model)),
        `${where}: every seed left out did not`,
      ).toBe(true);
    }
  });

  it('has every multiple of every series as a record or, where every seed diverged, as unscored, never both', () => {
    const series = [...new Set(benchmark.records.map((r) => `${r.method}|${r.model}`))];
    for (const key of series) {
      const [method, model] = key.split('|');
      const at = (k: number) => [...benchmark.records, ...benchmark.unscored].filter((r) => r.method === method && r.model === model && r.multiple === k);
      for (const k of benchmark.settings.multiples) expect(at(k).length, `${key} at ${k}×`).toBe(1);
    }
    for (const u of benchmark.unscored) {
      const at1 = benchmark.records.find((r) => r.method === u.method && r.model === u.model && r.multiple === benchmark.settings.multiples[0])!;
      const measuredAt1 = [...at1.seeds, ...at1.notLearned, ...at1.diverged].map((s) => s.seed).sort((a, b) => a - b);
      expect(
        u.diverged.map((s) => s.seed).sort((a, b) => a - b),
        `${u.method} on ${u.model} at ${u.multiple}×: every seed diverged`,
      ).toEqual(measuredAt1);
    }
  });
});
