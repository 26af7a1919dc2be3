/** Main-thread side of the demo: backend choice and the worker, imported only when a reader starts a demo. */
import { epochMs, type Backend, type Phases, type RunRequest, type WorkerMessage } from './protocol';

export type BackendPreference = 'auto' | Backend;

export interface BackendChoice {
  backend: Backend;
  reason: string;
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
  if (preference === 'wasm') return { backend: 'wasm', reason: 'chosen by you' };
  const found = await adapter();
  if (found === 'none') return { backend: 'wasm', reason: preference === 'webgpu' ? 'WebGPU was requested, but this browser has no WebGPU' : 'this browser has no WebGPU' };
  if (found === null) return { backend: 'wasm', reason: 'no WebGPU adapter is available' };
  if (preference === 'webgpu') return { backend: 'webgpu', reason: found.isFallbackAdapter ? 'chosen by you (software adapter)' : 'chosen by you' };
  if (found.isFallbackAdapter) return { backend: 'wasm', reason: 'only a software WebGPU adapter, slower than WASM' };
  return { backend: 'webgpu', reason: 'a WebGPU adapter is available' };
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
        else reject(new Error(message.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message || 'the demo worker failed to start'));
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
