/**
 * Models exported outside the site's manifest — e.g. a smoke run of a new graph, exported with demos/export.py's
 * export() to a folder of its own — checked like tests/unit/demo/models.test.ts checks the site's: onnxruntime-web
 * fed by the TS PE module reproduces the PyTorch logits and attention outputs of the fixture written beside them.
 *   EXPORT_DIR=/tmp/relgraph-export npx vitest run tests/unit/demo/exported-models.test.ts
 * EXPORT_DIR holds manifest.json, the .onnx files and fixtures/<model>.json.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { peContext } from '../../../src/demo/load';
import { localHeldout, localManifest, localModel } from '../../../src/demo/local';
import { methodInputs } from '../../../src/pe/inputs';
import { methods } from '../../../src/pe/registry';
import type { PeMethod } from '../../../src/pe/types';
import { excerptBytes } from '../../../src/schemas/heldout';
import { decodeTensor, maxAbsDiff, readJson, type EncodedTensor } from '../fixtures';
import { awaitingModels } from '../pe/awaiting';

interface ModelFixture {
  length: number;
  positions: number[];
  logits: EncodedTensor;
  attention: { pick: [number, number]; entropy: EncodedTensor; distance: EncodedTensor; rows: EncodedTensor };
}

const dir = process.env['EXPORT_DIR'];
const modules: Record<string, PeMethod> = { ...methods, ...awaitingModels };
ort.env.wasm.numThreads = 1;

describe.runIf(dir)('exported models in EXPORT_DIR', () => {
  const entries = dir ? localManifest(dir).models : [];

  it.each(entries.map((e) => [e.id, e] as const))('%s: onnxruntime-web equals PyTorch (1e-4)', async (_id, entry) => {
    const fixture = readJson<ModelFixture>(pathToFileURL(resolve(dir!, 'fixtures', `${entry.id}.json`)).href);
    const model = await localModel(ort, entry, dir);
    const L = fixture.length;
    const bytes = excerptBytes(localHeldout())[0]!.subarray(0, L);
    const inputs = methodInputs(modules[entry.fixture.method]!, peContext(entry, model.params, L, bytes), entry.fixture.config);
    const [layer, head] = fixture.attention.pick;
    const out = await model.attend(bytes, inputs, { layer, head });
    expect(maxAbsDiff(out.logits, await model.forward(bytes, inputs))).toBe(0);
    const rows = (data: Float32Array, width: number, picked: number[]) => Float32Array.from(picked.flatMap((p) => [...data.subarray(p * width, (p + 1) * width)]));
    /** [layers x H, L] -> the fixture's positions of every (layer, head) */
    expect(maxAbsDiff(rows(out.logits, 256, fixture.positions), decodeTensor(fixture.logits).data), 'logits').toBeLessThan(1e-4);
    expect(maxAbsDiff(rows(out.attention, L, fixture.positions), decodeTensor(fixture.attention.rows).data), 'attention rows').toBeLessThan(1e-4);
    const perHead = (data: Float32Array) => Float32Array.from(Array.from({ length: data.length / L }, (_, r) => fixture.positions.map((p) => data[r * L + p]!)).flat());
    expect(maxAbsDiff(perHead(out.entropy), decodeTensor(fixture.attention.entropy).data), 'entropy').toBeLessThan(1e-4);
    expect(maxAbsDiff(perHead(out.distance), decodeTensor(fixture.attention.distance).data), 'distance').toBeLessThan(1e-4);
  });
});
