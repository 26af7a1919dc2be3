// Self-host onnxruntime-web's WASM runtime: copy the two builds the demo uses into public/ort/
// (plain WASM for `onnxruntime-web/wasm`, the asyncify build for `onnxruntime-web/webgpu`).
// Nothing is fetched from a CDN; the files are fetched only when a reader starts a demo.
import { copyFileSync, mkdirSync } from 'node:fs';

const from = 'node_modules/onnxruntime-web/dist/';
mkdirSync('public/ort', { recursive: true });
for (const name of ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.asyncify.mjs', 'ort-wasm-simd-threaded.asyncify.wasm']) {
  copyFileSync(from + name, 'public/ort/' + name);
}
