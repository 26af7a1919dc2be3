/**
 * Every committed model: the file matches its manifest hash, and onnxruntime-web (the browser's
 * WASM kernels, run in Node) fed by the TS PE modules reproduces the PyTorch logits saved at
 * export to 1e-4.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { ManifestSchema, readParams } from '../../../src/demo/manifest';
import { createForwardPass } from '../../../src/demo/ort-session';
import { computeInputs } from '../../../src/pe/inputs';
import { decodeTensor, maxAbsDiff, readJson, type EncodedTensor } from '../fixtures';

interface ModelFixture {
  model: string;
  length: number;
  positions: number[];
  logits: EncodedTensor;
}

const root = new URL('../../../', import.meta.url);
const bytesOf = (path: string) => {
  const buf = readFileSync(new URL(path, root));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
};
const manifest = ManifestSchema.parse(JSON.parse(readFileSync(new URL('public/models/manifest.json', root), 'utf8')));
const heldout = JSON.parse(readFileSync(new URL('public/data/heldout.json', root), 'utf8')) as { excerpts: { text: string }[] };
ort.env.wasm.numThreads = 1;

describe.each(manifest.models.map((m) => [m.id, m] as const))('model %s', (_id, entry) => {
  it('is under 1 MB and matches its manifest hash', () => {
    const bytes = bytesOf(`public/models/${entry.file}`);
    expect(bytes.length).toBe(entry.bytes);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
    if (entry.params) expect(createHash('sha256').update(bytesOf(`public/models/${entry.params.file}`)).digest('hex')).toBe(entry.params.sha256);
  });

  it('learned well below the unigram baseline (~4.5 bits/byte) at its training length', () => {
    expect(entry.heldoutBpbAtTrainLength).toBeLessThan(2.5);
  });

  it('onnxruntime-web equals the PyTorch logits saved at export (1e-4)', async () => {
    const fixture = readJson<ModelFixture>(`../fixtures/models/${entry.id}.json`);
    const forward = await createForwardPass(ort, bytesOf(`public/models/${entry.file}`));
    const params = entry.params ? readParams(entry, bytesOf(`public/models/${entry.params.file}`)) : {};
    const tokens = new TextEncoder().encode(heldout.excerpts[0]!.text).subarray(0, fixture.length);
    const inputs = computeInputs(entry.fixture.method, { length: fixture.length, dims: entry.modelConfig, trainLength: entry.baseLength, params }, entry.fixture.config);
    const logits = await forward(tokens, inputs);
    const expected = decodeTensor(fixture.logits).data;
    fixture.positions.forEach((pos, row) => {
      expect(maxAbsDiff(logits.subarray(pos * 256, (pos + 1) * 256), expected.subarray(row * 256, (row + 1) * 256)), `position ${pos}`).toBeLessThan(1e-4);
    });
  });
});
