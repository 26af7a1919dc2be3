/**
 * Running the model with a fallback: the backend the reader asked for (or the best one available),
 * the run in the worker, and one retry on WASM when WebGPU fails, with a notice that says so.
 * Cancel stops the worker; the pending run then rejects with Cancelled.
 */
import { Cancelled, chooseBackend, DemoWorker, type BackendPreference } from './client';
import type { AttentionView } from './attention';
import type { Backend, Phases, RunRequest, WorkerMessage } from './protocol';
import { demoText, failureText } from './text';

export { Cancelled };

export type Progress = Extract<WorkerMessage, { type: 'progress' }>;

export interface RunOutcome {
  bits: Float64Array;
  milliseconds: number;
  backend: Backend;
  /** which backend ran and why, in the page's language, e.g. "WASM: this browser has no WebGPU" */
  notice: string;
  attention?: AttentionView;
  phases: Phases;
}

const NAMES: Record<Backend, string> = { wasm: 'WASM', webgpu: 'WebGPU' };

export class FallbackRunner {
  readonly #worker = new DemoWorker();

  cancel(): void {
    this.#worker.cancel();
  }

  async run(request: Omit<RunRequest, 'type' | 'backend' | 'sentAt'>, preference: BackendPreference, onProgress: (m: Progress, backend: Backend) => void): Promise<RunOutcome> {
    const choice = await chooseBackend(preference);
    const attempt = async (backend: Backend, notice: string): Promise<RunOutcome> => {
      const result = await this.#worker.run({ ...request, backend }, (m) => onProgress(m, backend));
      return { bits: result.bits, milliseconds: result.milliseconds, backend, notice, phases: result.phases, ...(result.attention ? { attention: result.attention } : {}) };
    };
    try {
      return await attempt(choice.backend, demoText('backend.notice', { backend: NAMES[choice.backend], reason: demoText(`reason.${choice.reason}`) }));
    } catch (error) {
      if (choice.backend !== 'webgpu' || error instanceof Cancelled) throw error;
      return attempt('wasm', demoText('backend.fallback', { message: failureText(error) }));
    }
  }
}
