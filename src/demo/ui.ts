/**
 * Drives one <pe-demo>: reads the controls, runs the worker, shows progress, the backend and why,
 * the bits/byte curve against the build-time curve, and the text shaded by loss. Loaded on Run.
 * State for tests and tools: data-demo-state (idle|loading|running|done|error), data-backend, data-bpb.
 */
import { Cancelled, chooseBackend, DemoWorker, type BackendPreference } from './client';
import type { ModelEntry } from './manifest';
import { mean } from './evaluate';
import { bytesFromText } from './text-input';
import type { Backend } from './protocol';

interface BuildRecord {
  model: string;
  multiple: number;
  config: Record<string, unknown>;
  bpbByExcerpt: number[];
  bpbByPosition: number[];
}

const demos = new WeakMap<HTMLElement, Demo>();
const heldout = new Map<string, Promise<string[]>>();
const buildResults = new Map<string, Promise<BuildRecord[]>>();

export function attachDemo(root: HTMLElement): Demo {
  let demo = demos.get(root);
  if (!demo) {
    demo = new Demo(root);
    demos.set(root, demo);
  }
  return demo;
}

function fetchJson<T>(url: string): Promise<T> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`could not load ${url}: HTTP ${r.status}`);
    return r.json() as Promise<T>;
  });
}

class Demo {
  readonly #root: HTMLElement;
  readonly #form: HTMLFormElement;
  readonly #status: HTMLElement;
  readonly #worker = new DemoWorker();
  readonly #base: string;
  readonly #models: ModelEntry[];
  /** Build-time curves of other methods the reader added, by method id. */
  readonly #overlays = new Set<string>();
  #generation = 0;
  #last: { bits: Float64Array; L: number; buildCurve: number[] | undefined; multiple: number } | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#form = root.querySelector('form')!;
    this.#status = root.querySelector('.demo-status')!;
    this.#base = root.dataset['base'] ?? '/';
    this.#models = JSON.parse(root.dataset['models'] ?? '[]') as ModelEntry[];
    root.querySelector('.cancel')?.addEventListener('click', () => this.#worker.cancel());
    this.#form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name.startsWith('knob-') && root.dataset['demoState'] === 'done') void this.run();
      if (target.name === 'compare' && target.value) {
        this.#overlays.add(target.value);
        target.value = '';
        if (this.#last) void this.#replot();
      }
    });
  }

  #value(name: string): string {
    return (this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
  }

  /**
   * Training-free scalings are benchmarked with factor = the evaluated multiple; the factor knob
   * follows the length until the reader sets it (data-touched, set by the element), and a
   * fine-tuned model keeps the factor it was tuned with.
   */
  #followMultiple() {
    const factor = this.#form.elements.namedItem('knob-factor') as HTMLInputElement | null;
    if (!factor || this.#root.dataset['scales'] !== 'true' || factor.dataset['touched']) return;
    const trained = this.#model().config['factor'];
    factor.value = String(typeof trained === 'number' ? trained : this.#value('multiple'));
  }

  #model(): ModelEntry {
    const id = this.#value('model');
    return this.#models.find((m) => m.id === id) ?? this.#models[0]!;
  }

  #config(): Record<string, unknown> {
    const config: Record<string, unknown> = { ...this.#model().config };
    for (const el of this.#form.querySelectorAll<HTMLInputElement>('input[name^="knob-"]')) {
      if (el.value !== '') config[el.name.slice(5)] = Number(el.value);
    }
    return config;
  }

  #setState(state: 'idle' | 'loading' | 'running' | 'done' | 'error', message: string) {
    this.#root.dataset['demoState'] = state;
    this.#status.textContent = message;
    this.#status.classList.toggle('error', state === 'error');
    const busy = state === 'loading' || state === 'running';
    this.#root.querySelector<HTMLButtonElement>('.cancel')!.hidden = !busy;
    this.#root.querySelector<HTMLButtonElement>('.run')!.disabled = busy;
  }

  async #text(maxBytes: number): Promise<{ bytes: Uint8Array; note?: string; sample?: number } | { error: string }> {
    const source = this.#value('source');
    if (source === 'own') {
      const checked = bytesFromText(this.#value('text'), maxBytes);
      return checked.ok ? { bytes: checked.bytes, ...(checked.note ? { note: checked.note } : {}) } : { error: checked.message };
    }
    const url = `${this.#base}data/heldout.json`;
    if (!heldout.has(url)) heldout.set(url, fetchJson<{ excerpts: { text: string }[] }>(url).then((d) => d.excerpts.map((e) => e.text)));
    const sample = Number(source);
    const text = (await heldout.get(url)!)[sample]!;
    return { bytes: new TextEncoder().encode(text).slice(0, maxBytes), sample };
  }

  async run(): Promise<void> {
    const generation = ++this.#generation;
    this.#followMultiple();
    const model = this.#model();
    const multiple = Number(this.#value('multiple'));
    const length = multiple * model.baseLength;
    this.#setState('loading', 'Preparing…');
    try {
      const text = await this.#text(length);
      if ('error' in text) return this.#setState('error', text.error);
      const config = this.#config();
      const choice = await chooseBackend(this.#value('backend') as BackendPreference);
      const request = { base: this.#base, model, methodId: this.#root.dataset['method']!, config, bytes: text.bytes };
      const progress = (m: { phase: string; loaded?: number; total?: number }) => {
        if (generation !== this.#generation) return;
        if (m.phase === 'evaluate') this.#setState('running', `Scoring ${text.bytes.length.toLocaleString('en')} bytes on ${choice.backend.toUpperCase()}…`);
        else if (m.phase === 'model' && m.total) this.#setState('loading', `Downloading the model: ${Math.round((100 * (m.loaded ?? 0)) / m.total)}%`);
        else this.#setState('loading', m.phase === 'runtime' ? 'Loading the runtime…' : 'Downloading the model…');
      };
      let backend: Backend = choice.backend;
      let notice = `${backend === 'webgpu' ? 'WebGPU' : 'WASM'}: ${choice.reason}`;
      let result;
      try {
        result = await this.#worker.run({ ...request, backend }, progress);
      } catch (error) {
        if (backend !== 'webgpu' || error instanceof Cancelled) throw error;
        backend = 'wasm';
        notice = `WASM: WebGPU failed (${(error as Error).message}), so this ran on WASM`;
        result = await this.#worker.run({ ...request, backend }, progress);
      }
      if (generation !== this.#generation) return;
      await this.#show(result.bits, text, model, multiple, config, notice, result.milliseconds);
      this.#root.dataset['backend'] = backend;
      this.#root.dataset['bpb'] = mean(result.bits).toFixed(6);
      this.#root.dataset['ms'] = result.milliseconds.toFixed(1);
      this.#setState('done', `Done in ${Math.round(result.milliseconds)} ms.${text.note ? ` ${text.note}` : ''}`);
    } catch (error) {
      if (generation !== this.#generation) return;
      if (error instanceof Cancelled) return this.#setState('idle', 'Cancelled. Press Run to start again.');
      this.#setState('error', `The demo could not run: ${(error as Error).message}. Press Run to retry.`);
    }
  }

  async #show(bits: Float64Array, text: { bytes: Uint8Array; sample?: number }, model: ModelEntry, multiple: number, config: Record<string, unknown>, notice: string, ms: number) {
    const L = model.baseLength;
    const output = this.#root.querySelector<HTMLElement>('.demo-output')!;
    output.hidden = false;
    output.querySelector('.backend-badge')!.textContent = notice;
    const inside = bits.subarray(0, L - 1);
    const beyond = bits.subarray(L - 1);
    const url = `${this.#base}results/${this.#root.dataset['method']}.json`;
    if (!buildResults.has(url)) buildResults.set(url, fetchJson<{ records: BuildRecord[] }>(url).then((d) => d.records).catch(() => []));
    const record = (await buildResults.get(url)!).find((r) => r.model === model.id && r.multiple === multiple);
    const sameSettings = record && text.sample !== undefined && text.bytes.length === multiple * L && this.#matches(record.config, config);
    const rows: [string, string][] = [
      ['Mean bits/byte', mean(bits).toFixed(4)],
      [`Within the training length (first ${L} bytes)`, mean(inside).toFixed(4)],
      ['Beyond it', beyond.length ? mean(beyond).toFixed(4) : '—'],
      ['Forward pass', `${Math.round(ms)} ms`],
    ];
    if (sameSettings) {
      const built = record.bpbByExcerpt[text.sample!]!;
      rows.push(['Build-time value, same text and settings', `${built.toFixed(4)} (${Math.abs(built - mean(bits)) < 1e-3 ? 'agrees' : 'differs'})`]);
    }
    const summary = output.querySelector('.demo-summary')!;
    summary.replaceChildren(...rows.flatMap(([k, v]) => [Object.assign(document.createElement('dt'), { textContent: k }), Object.assign(document.createElement('dd'), { textContent: v })]));
    this.#last = { bits, L, buildCurve: record?.bpbByPosition, multiple };
    await this.#replot();
    this.#heat(output.querySelector('.heat')!, text.bytes, bits);
  }

  /** Same settings as a build-time record: every knob equals the record's value or, if absent there, its default. */
  #matches(recorded: Record<string, unknown>, config: Record<string, unknown>): boolean {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[name^="knob-"]')].every((el) => {
      const name = el.name.slice(5);
      return Number(config[name]) === Number(recorded[name] ?? el.dataset['default']);
    });
  }

  /** The other methods' build-time curves at the same multiple, from their /results/<id>.json. */
  async #overlayCurves(multiple: number): Promise<{ label: string; values: number[] }[]> {
    const curves = [];
    for (const id of this.#overlays) {
      const url = `${this.#base}results/${id}.json`;
      if (!buildResults.has(url)) buildResults.set(url, fetchJson<{ records: BuildRecord[] }>(url).then((d) => d.records).catch(() => []));
      const record = (await buildResults.get(url)!).find((r) => r.multiple === multiple);
      if (record) curves.push({ label: `${id} (${record.model}), build time`, values: record.bpbByPosition });
    }
    return curves;
  }

  async #replot() {
    const last = this.#last;
    if (!last) return;
    const output = this.#root.querySelector<HTMLElement>('.demo-output')!;
    await this.#plot(output, last.bits, last.L, last.buildCurve, await this.#overlayCurves(last.multiple));
  }

  async #plot(output: HTMLElement, bits: Float64Array, L: number, buildCurve: number[] | undefined, overlays: { label: string; values: number[] }[]) {
    const Plot = await import('@observablehq/plot');
    const smooth = (values: ArrayLike<number>) => Array.from(values, (_, i) => {
      const from = Math.max(0, i - 7);
      let s = 0;
      for (let j = from; j <= i; j++) s += values[j]!;
      return { position: i + 1, bits: s / (i - from + 1) };
    });
    const data = [
      ...smooth(bits).map((d) => ({ ...d, curve: 'this run' })),
      ...(buildCurve ? smooth(buildCurve).map((d) => ({ ...d, curve: 'build time, mean of 16 samples' })) : []),
      ...overlays.flatMap((o) => smooth(o.values).map((d) => ({ ...d, curve: o.label }))),
    ];
    const chart = Plot.plot({
      width: Math.min(720, output.clientWidth || 720),
      height: 260,
      x: { type: 'log', label: 'position (bytes)' },
      y: { label: 'bits/byte (8-byte mean)', grid: true, zero: true },
      color: { legend: true, range: ['currentColor', '#d97706', '#2563eb', '#16a34a', '#db2777', '#7c3aed', '#0891b2'] },
      marks: [Plot.ruleX([L], { stroke: 'currentColor', strokeDasharray: '4 3' }), Plot.text([{ x: L, label: `training length ${L}` }], { x: 'x', text: 'label', frameAnchor: 'top', dx: 4, textAnchor: 'start' }), Plot.line(data, { x: 'position', y: 'bits', stroke: 'curve' })],
    });
    for (const g of chart.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', `Bits per byte by position; mean ${mean(bits).toFixed(2)}; dashed line at the training length ${L}`);
    output.querySelector('.plot')!.replaceChildren(chart);
    output.querySelector('figcaption')!.textContent = `Loss by position on a log scale; the dashed line marks the ${L}-byte training length.`;
  }

  #heat(target: HTMLElement, bytes: Uint8Array, bits: Float64Array) {
    const decoder = new TextDecoder();
    const spans = Array.from(bytes.subarray(1), (b, i) => {
      const span = document.createElement('span');
      span.textContent = decoder.decode(Uint8Array.of(b), { stream: true });
      const strength = Math.min(1, bits[i]! / 8);
      span.style.backgroundColor = `rgba(220, 38, 38, ${strength.toFixed(2)})`;
      span.title = `${bits[i]!.toFixed(2)} bits`;
      return span;
    });
    target.replaceChildren(...spans);
  }
}
