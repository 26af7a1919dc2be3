/** Main-thread side of the demo: backend choice and the worker, imported only when a reader starts a demo. */
import { DemoFailure } from './failure';
import { epochMs, type Backend, type Phases, type RunRequest, type WorkerMessage } from './protocol';

export type BackendPreference = 'auto' | Backend;

/** Why a backend was chosen, a key of the demo's dictionary (reason.<key>, src/i18n/ui/demo.ts). */
export type BackendReason = 'chosen' | 'chosen-software' | 'requested-no-webgpu' | 'no-webgpu' | 'no-adapter' | 'software-adapter' | 'adapter';

export interface BackendChoice {
  backend: Backend;
  reason: BackendReason;
}

async function adapter(): Promise<{ isFallbackAdapter?: boolean } | null | 'none'> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<{ info?: { isFallbackAdapter?: boolean }; isFallbackAdapter?: boolean } | null> } }).gpu;
  if (!gpu) return 'none';
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000));
  const found = await Promise.race([gpu.requestAdapter().catch(() => null), timeout]);
  return found ? { isFallbackAdapter: found.info?.isFallbackAdapter ?? found.isFallbackAdapter ?? false } : null;
}

/**
 * WebGPU when the browser has a hardware adapter; WASM otherwise — including for a software
 * (fallback) adapter, measured 40-120x slower than WASM. The reader can force either.
 */
export async function chooseBackend(preference: BackendPreference): Promise<BackendChoice> {
  if (preference === 'wasm') return { backend: 'wasm', reason: 'chosen' };
  const found = await adapter();
  if (found === 'none') return { backend: 'wasm', reason: preference === 'webgpu' ? 'requested-no-webgpu' : 'no-webgpu' };
  if (found === null) return { backend: 'wasm', reason: 'no-adapter' };
  if (preference === 'webgpu') return { backend: 'webgpu', reason: found.isFallbackAdapter ? 'chosen-software' : 'chosen' };
  if (found.isFallbackAdapter) return { backend: 'wasm', reason: 'software-adapter' };
  return { backend: 'webgpu', reason: 'adapter' };
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export class DemoWorker {
  #worker: Worker | undefined;
  #reject: ((e: Error) => void) | undefined;

  run(request: Omit<RunRequest, 'type' | 'sentAt'>, onProgress: (m: Extract<WorkerMessage, { type: 'progress' }>) => void): Promise<Extract<WorkerMessage, { type: 'result' }> & { phases: Phases }> {
    this.#worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const worker = this.#worker;
    return new Promise((resolve, reject) => {
      this.#reject = reject;
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.type === 'progress') onProgress(message);
        else if (message.type === 'result') resolve({ ...message, phases: { ...message.phases, reply: epochMs() - message.postedAt } });
        else reject(message.failure ? new DemoFailure(message.message, message.failure) : new Error(message.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(event.message ? new Error(event.message) : new DemoFailure('the demo worker failed to start', { kind: 'worker' }));
      };
      worker.postMessage({ type: 'run', ...request, sentAt: epochMs() } satisfies RunRequest);
    });
  }

  cancel(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#reject?.(new Cancelled());
  }
}
