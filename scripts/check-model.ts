/**
 * tsx scripts/check-model.ts <models-dir> <model-id>: run an exported model in onnxruntime-web,
 * fed by the TS PE modules, and compare with the PyTorch logits export.py saved beside it (1e-4).
 * Used by the Python pipeline smoke test; the committed models have the same check in Vitest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { inputsFor } from '../src/demo/evaluate';
import { localHeldout, localManifest, localModel, modelById } from '../src/demo/local';
import { excerptBytes } from '../src/schemas/heldout';

const [dir, id] = process.argv.slice(2);
if (!dir || !id) throw new Error('usage: tsx scripts/check-model.ts <models-dir> <model-id>');
const entry = modelById(localManifest(dir), id);
const fixture = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as { length: number; positions: number[]; logits: { data: string } };
const expectedBytes = Buffer.from(fixture.logits.data, 'base64');
const expected = new DataView(expectedBytes.buffer, expectedBytes.byteOffset, expectedBytes.byteLength);

ort.env.wasm.numThreads = 1;
const model = await localModel(ort, entry, dir);
const tokens = excerptBytes(localHeldout())[0]!.subarray(0, fixture.length);
const logits = await model.forward(tokens, inputsFor(model, entry.fixture.method, entry.fixture.config, tokens));
let worst = 0;
fixture.positions.forEach((pos, row) => {
  for (let v = 0; v < 256; v++) worst = Math.max(worst, Math.abs(logits[pos * 256 + v]! - expected.getFloat32(4 * (row * 256 + v), true)));
});
console.log(`${id}: max |onnxruntime-web - PyTorch| = ${worst.toExponential(2)}`);
if (!(worst < 1e-4)) process.exit(1);
