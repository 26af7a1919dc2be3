/**
 * tsx scripts/check-model.ts <models-dir> <model-id>: run an exported model in onnxruntime-web,
 * fed by the TS PE modules, and compare with the PyTorch logits export.py saved beside it (1e-4).
 * Used by the Python pipeline smoke test; the committed models have the same check in Vitest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { ManifestSchema, readParams } from '../src/demo/manifest';
import { createForwardPass } from '../src/demo/ort-session';
import { computeInputs } from '../src/pe/inputs';

const [dir, id] = process.argv.slice(2);
if (!dir || !id) throw new Error('usage: tsx scripts/check-model.ts <models-dir> <model-id>');
const bytes = (file: string) => {
  const buf = readFileSync(join(dir, file));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
};
const entry = ManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).models.find((m) => m.id === id);
if (!entry) throw new Error(`${id} is not in ${dir}/manifest.json`);
const fixture = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as { length: number; positions: number[]; logits: { data: string } };
const expectedBytes = Buffer.from(fixture.logits.data, 'base64');
const expected = new DataView(expectedBytes.buffer, expectedBytes.byteOffset, expectedBytes.byteLength);
const heldout = JSON.parse(readFileSync('public/data/heldout.json', 'utf8')) as { excerpts: { text: string }[] };

ort.env.wasm.numThreads = 1;
const forward = await createForwardPass(ort, bytes(entry.file));
const params = entry.params ? readParams(entry, bytes(entry.params.file)) : {};
const tokens = new TextEncoder().encode(heldout.excerpts[0]!.text).subarray(0, fixture.length);
const ctx = { length: fixture.length, dims: entry.modelConfig, trainLength: entry.baseLength, params };
const logits = await forward(tokens, computeInputs(entry.fixture.method, ctx, entry.fixture.config));
let worst = 0;
fixture.positions.forEach((pos, row) => {
  for (let v = 0; v < 256; v++) worst = Math.max(worst, Math.abs(logits[pos * 256 + v]! - expected.getFloat32(4 * (row * 256 + v), true)));
});
console.log(`${id}: max |onnxruntime-web - PyTorch| = ${worst.toExponential(2)}`);
if (!(worst < 1e-4)) process.exit(1);
