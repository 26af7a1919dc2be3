/// <reference lib="webworker" />
/**
 * The demo's Web Worker: loads onnxruntime-web (WASM or WebGPU build, self-hosted under /ort/),
 * the model (Cache API, sha256-checked) and its learned PE parameters, computes the PE inputs with
 * src/pe and scores every byte. Never touches the DOM.
 */
import type * as Ort from 'onnxruntime-web';
import { bitsPerPosition, type ForwardPass } from './evaluate';
import { fetchVerified } from './fetch-cached';
import { readParams } from './manifest';
import { createForwardPass } from './ort-session';
import type { Backend, RunRequest, WorkerMessage } from './protocol';
import { computeInputs } from '../pe/inputs';

const sessions = new Map<string, Promise<ForwardPass>>();
const post = (message: WorkerMessage) => (self as unknown as Worker).postMessage(message);

async function runtime(backend: Backend, base: string): Promise<typeof Ort> {
  post({ type: 'progress', phase: 'runtime' });
  const ort = (backend === 'webgpu' ? await import('onnxruntime-web/webgpu') : await import('onnxruntime-web/wasm')) as typeof Ort;
  ort.env.wasm.wasmPaths = `${base}ort/`;
  ort.env.wasm.numThreads = self.crossOriginIsolated ? Math.min(4, navigator.hardwareConcurrency || 1) : 1;
  return ort;
}

async function forwardFor(request: RunRequest): Promise<ForwardPass> {
  const key = `${request.backend}:${request.model.id}`;
  let session = sessions.get(key);
  if (!session) {
    session = (async () => {
      const ort = await runtime(request.backend, request.base);
      const bytes = await fetchVerified(`${request.base}models/${request.model.file}`, request.model.sha256, (loaded, total) =>
        post({ type: 'progress', phase: 'model', loaded, total }),
      );
      return createForwardPass(ort, bytes, { executionProviders: [request.backend] });
    })();
    sessions.set(key, session);
    session.catch(() => sessions.delete(key));
  }
  return session;
}

self.onmessage = async (event: MessageEvent<RunRequest>) => {
  const request = event.data;
  try {
    const forward = await forwardFor(request);
    const { model } = request;
    const params = model.params
      ? readParams(model, await fetchVerified(`${request.base}models/${model.params.file}`, model.params.sha256, () => undefined))
      : {};
    post({ type: 'progress', phase: 'evaluate' });
    const started = performance.now();
    const ctx = { length: request.bytes.length, dims: model.modelConfig, trainLength: model.baseLength, params };
    const logits = await forward(request.bytes, computeInputs(request.methodId, ctx, request.config));
    const bits = bitsPerPosition(logits, request.bytes);
    post({ type: 'result', backend: request.backend, bits, milliseconds: performance.now() - started });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'error', backend: request.backend, message: /bad_alloc|memory|Aborted/i.test(message) ? `out of memory at ${request.bytes.length} bytes (${message}); try a shorter length` : message });
  }
};
