/**
 * The demo's state for the reader (.demo-status, Run and Cancel) and for tests and tools
 * (data-demo-state on <pe-demo>: idle | loading | running | done | error).
 */
import type { Backend } from '../protocol';
import type { Progress } from '../run';
import { demoText } from '../text';

export type DemoState = 'idle' | 'loading' | 'running' | 'done' | 'error';

export class StatusView {
  readonly #root: HTMLElement;
  readonly #status: HTMLElement;
  readonly #run: HTMLButtonElement;
  readonly #cancel: HTMLButtonElement;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#status = root.querySelector('.demo-status')!;
    this.#run = root.querySelector('button.run')!;
    this.#cancel = root.querySelector('button.cancel')!;
  }

  get state(): DemoState | undefined {
    return this.#root.dataset['demoState'] as DemoState | undefined;
  }

  set(state: DemoState, message: string): void {
    this.#root.dataset['demoState'] = state;
    this.#status.textContent = message;
    this.#status.classList.toggle('error', state === 'error');
    const busy = state === 'loading' || state === 'running';
    this.#cancel.hidden = !busy;
    this.#run.disabled = busy;
  }

  /** A worker progress message as the reader sees it. */
  progress(m: Progress, byteCount: number, backend: Backend): void {
    if (m.phase === 'evaluate') this.set('running', demoText('status.scoring', { bytes: byteCount.toLocaleString('en'), backend: backend.toUpperCase() }));
    else if (m.phase === 'model' && m.total) this.set('loading', demoText('status.downloading-percent', { percent: Math.round((100 * (m.loaded ?? 0)) / m.total) }));
    else this.set('loading', demoText(m.phase === 'runtime' ? 'status.runtime' : 'status.downloading'));
  }
}
