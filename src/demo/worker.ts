/// <reference lib="webworker" />
/**
 * The demo's Web Worker: loads onnxruntime-web (WASM or WebGPU build, self-hosted under /ort/),
 * the model (Cache API, sha256-checked) and its learned PE parameters, computes the PE inputs with
 * src/pe and scores every byte. Never touches the DOM.
 */
import type * as Ort from 'onnxruntime-web';
import { attentionView } from './attention';
import { bitsPerPosition, inputsFor, type EvaluationModel } from './evaluate';
import { DemoFailure, nonFiniteFailure, type Failure } from './failure';
import { fetchVerified } from './fetch-cached';
import { loadModel } from './load';
import { epochMs, type Backend, type RunRequest, type WorkerMessage } from './protocol';

const models = new Map<string, Promise<EvaluationModel>>();
const post = (message: WorkerMessage) => (self as unknown as Worker).postMessage(message);

async function runtime(backend: Backend, base: string): Promise<typeof Ort> {
  post({ type: 'progress', phase: 'runtime' });
  const ort = (backend === 'webgpu' ? await import('onnxruntime-web/webgpu') : await import('onnxruntime-web/wasm')) as typeof Ort;
  ort.env.wasm.wasmPaths = `${base}ort/`;
  ort.env.wasm.numThreads = self.crossOriginIsolated ? Math.min(4, navigator.hardwareConcurrency || 1) : 1;
  return ort;
}

function modelFor(request: RunRequest): Promise<EvaluationModel> {
  const key = `${request.backend}:${request.model.id}`;
  let model = models.get(key);
  if (!model) {
    model = (async () => {
      const ort = await runtime(request.backend, request.base);
      const read = (file: string, sha256: string) =>
        fetchVerified(`${request.base}models/${file}`, sha256, (loaded, total) => {
          if (file === request.model.file) post({ type: 'progress', phase: 'model', loaded, total });
        });
      return loadModel(ort, request.model, read, { executionProviders: [request.backend] });
    })();
    models.set(key, model);
    model.catch(() => models.delete(key));
  }
  return model;
}

self.onmessage = async (event: MessageEvent<RunRequest>) => {
  const request = event.data;
  const transfer = epochMs() - request.sentAt;
  try {
    let mark = performance.now();
    const lap = () => -mark + (mark = performance.now());
    const model = await modelFor(request);
    const load = lap();
    post({ type: 'progress', phase: 'evaluate' });
    lap();
    const inputs = inputsFor(model, request.methodId, request.config, request.bytes);
    const built = lap();
    const out = request.attention ? await model.attend(request.bytes, inputs, request.attention) : { logits: await model.forward(request.bytes, inputs) };
    const session = lap();
    const bits = bitsPerPosition(out.logits, request.bytes);
    const notFinite = nonFiniteFailure(bits, request.bytes.length);
    if (notFinite) throw notFinite;
    const scoring = lap();
    const attention = request.attention && 'attention' in out ? attentionView(out, request.attention, model.entry.modelConfig.heads, request.bytes.length) : undefined;
    post({
      type: 'result',
      backend: request.backend,
      bits,
      milliseconds: built + session + scoring,
      ...(attention ? { attention } : {}),
      phases: { transfer, load, inputs: built, session, scoring },
      postedAt: epochMs(),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const memory = /bad_alloc|memory|Aborted/i.test(message);
    const failure: Failure | undefined = memory ? { kind: 'out-of-memory', bytes: request.bytes.length, detail: message } : error instanceof DemoFailure ? error.failure : undefined;
    post({
      type: 'error',
      backend: request.backend,
      message: memory ? `out of memory at ${request.bytes.length} bytes (${message}); try a shorter length` : message,
      ...(failure ? { failure } : {}),
    });
  }
};
