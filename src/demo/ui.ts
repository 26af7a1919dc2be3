/**
 * Drives one <pe-demo>; loaded when the reader first presses Run. A run reads the form (form.ts),
 * runs the model on the best backend with a WASM fallback (run.ts), then shows the backend badge,
 * the numbers (views/summary.ts), the loss curve against the build-time one (views/curve.ts) and
 * the text shaded by loss (views/heat.ts); views/status.ts keeps the state.
 * After a run the reader can open one layer and head's attention (views/attention.ts), computed by a second
 * pass of the same request with that pick — or of the same bytes through an added curve's build-time model.
 * For tests and tools, <pe-demo> carries data-demo-state, and after a run data-backend, data-bpb, data-ms and
 * data-phases (where the time went: protocol.ts Phases).
 */
import type { ModelEntry } from '../schemas/manifest';
import { buildRecord, manifestModel, type BuildRecord } from './build-data';
import { finalWindow, mean } from './stats';
import { DemoForm, type TextToScore } from './form';
import { Cancelled, FallbackRunner, type RunOutcome } from './run';
import type { RunRequest } from './protocol';
import { drawAttention } from './views/attention';
import { drawCurve, type LabelledValues } from './views/curve';
import { shadeText } from './views/heat';
import { StatusView } from './views/status';
import { DemoFailure } from './failure';
import { demoText, failureText } from './text';
import { showSummary } from './views/summary';

const demos = new WeakMap<HTMLElement, Demo>();

export function attachDemo(root: HTMLElement): Demo {
  let demo = demos.get(root);
  if (!demo) {
    demo = new Demo(root);
    demos.set(root, demo);
  }
  return demo;
}

/** A run as the page asks for it (the runner adds the backend and timing). */
type PageRequest = Omit<RunRequest, 'type' | 'backend' | 'sentAt'>;

/** What the curve needs to be redrawn when the reader adds another method's curve. */
interface LastRun {
  bits: Float64Array;
  trainLength: number;
  multiple: number;
  buildCurve: Pick<BuildRecord, 'bpbByPosition' | 'smoothedHalfWidth'> | undefined;
  /** how many excerpts the build-time curve averages */
  buildExcerpts: number;
}

class Demo {
  readonly #root: HTMLElement;
  readonly #form: DemoForm;
  readonly #status: StatusView;
  readonly #runner = new FallbackRunner();
  readonly #base: string;
  readonly #methodId: string;
  /** Methods whose build-time curves the reader added, by id. */
  readonly #overlays = new Set<string>();
  /** Counts runs; a run that is no longer the latest one shows nothing. */
  #generation = 0;
  #last: LastRun | undefined;
  /** The last completed run's request, which the attention view repeats with a layer and head. */
  #lastRequest: PageRequest | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#base = root.dataset['base'] ?? '/';
    this.#methodId = root.dataset['method']!;
    this.#status = new StatusView(root);
    this.#form = new DemoForm(root.querySelector('form')!, {
      models: JSON.parse(root.dataset['models'] ?? '[]') as ModelEntry[],
      scalesWithLength: root.dataset['scales'] === 'true',
      base: this.#base,
    });
    root.querySelector('button.cancel')?.addEventListener('click', () => this.#runner.cancel());
    root.querySelector('button.show-attention')?.addEventListener('click', () => void this.showAttention());
    this.#form.watch({
      knobChanged: () => {
        if (this.#status.state === 'done') void this.run();
      },
      curveAdded: (methodId) => {
        this.#overlays.add(methodId);
        this.#offerAttentionOf(methodId);
        if (this.#last) void this.#drawCurve(this.#last);
      },
    });
  }

  async run(): Promise<void> {
    const generation = ++this.#generation;
    const current = () => generation === this.#generation;
    this.#form.followMultiple();
    const model = this.#form.model();
    const multiple = this.#form.multiple();
    this.#status.set('loading', demoText('preparing'));
    try {
      const text = await this.#form.text(multiple * model.pretrainLength);
      if ('error' in text) return this.#status.set('error', text.error);
      const config = this.#form.config();
      const request = { base: this.#base, model, methodId: this.#methodId, config, bytes: text.bytes };
      const outcome = await this.#runner.run(request, this.#form.backend(), (m, backend) => {
        if (current()) this.#status.progress(m, text.bytes.length, backend);
      });
      if (!current()) return;
      this.#lastRequest = request;
      await this.#show(outcome, text, model, multiple, config);
      this.#root.dataset['backend'] = outcome.backend;
      this.#root.dataset['bpb'] = mean(finalWindow(outcome.bits, model.pretrainLength)).toFixed(6);
      this.#root.dataset['ms'] = outcome.milliseconds.toFixed(1);
      this.#root.dataset['phases'] = JSON.stringify(Object.fromEntries(Object.entries(outcome.phases).map(([k, v]) => [k, Math.round(v * 10) / 10])));
      this.#status.set('done', text.note ? demoText('done.note', { ms: Math.round(outcome.milliseconds), note: text.note }) : demoText('done', { ms: Math.round(outcome.milliseconds) }));
    } catch (error) {
      if (!current()) return;
      if (error instanceof Cancelled) return this.#status.set('idle', demoText('cancelled'));
      this.#status.set('error', demoText('run-failed', { message: failureText(error) }));
    }
  }

  /** Runs the last request again with the chosen layer and head, and draws their attention. */
  async showAttention(): Promise<void> {
    const box = this.#root.querySelector<HTMLElement>('.demo-attention')!;
    const status = box.querySelector<HTMLElement>('.attention-status')!;
    const request = this.#lastRequest;
    if (!request) return void (status.textContent = demoText('attention.first'));
    const pick = (name: string) => Number(box.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value);
    const queryField = box.querySelector<HTMLInputElement>('input[name="attention-query"]')!;
    const asked = Number(queryField.value);
    const query = queryField.value === '' || !Number.isFinite(asked) ? request.bytes.length - 1 : Math.min(request.bytes.length, Math.max(1, Math.round(asked))) - 1;
    if (queryField.value !== '') queryField.value = String(query + 1);
    const attention = { layer: pick('attention-layer'), head: pick('attention-head'), query };
    const methodId = box.querySelector<HTMLSelectElement>('select[name="attention-method"]')?.value ?? this.#methodId;
    status.textContent = demoText('attention.computing', { layer: attention.layer + 1, head: attention.head + 1 });
    try {
      const subject = methodId === this.#methodId ? request : await this.#comparisonRequest(request, methodId);
      const outcome = await this.#runner.run({ ...subject, attention }, this.#form.backend(), () => undefined);
      if (!outcome.attention) throw new DemoFailure('the model returned no attention', { kind: 'no-attention' });
      await drawAttention(box, outcome.attention, request.bytes, request.model.pretrainLength);
      box.dataset['attentionMethod'] = methodId;
      status.textContent = methodId === this.#methodId ? '' : demoText('attention.comparison', { method: methodId, model: subject.model.id });
    } catch (error) {
      status.textContent = error instanceof Cancelled ? demoText('attention.cancelled') : demoText('attention.failed', { message: failureText(error) });
    }
  }

  /** An added curve's method becomes a choice in the attention view. */
  #offerAttentionOf(methodId: string): void {
    const select = this.#root.querySelector<HTMLSelectElement>('select[name="attention-method"]');
    if (!select || [...select.options].some((o) => o.value === methodId)) return;
    select.append(new Option(methodId, methodId));
  }

  /**
   * The same bytes through the model behind another method's build-time curve at this length, with that record's
   * config: the attention of the curve the reader added, computed live like this page's own.
   */
  async #comparisonRequest(request: PageRequest, methodId: string): Promise<PageRequest> {
    const multiple = this.#last?.multiple ?? 1;
    const record = await buildRecord(this.#base, methodId, (r) => r.multiple === multiple);
    const model = record && (await manifestModel(this.#base, record.model));
    if (!record || !model) throw new DemoFailure(`${methodId} has no build-time model at ${multiple}×`, { kind: 'no-comparison', method: methodId, multiple });
    return { ...request, model, methodId, config: record.config };
  }

  async #show(outcome: RunOutcome, text: TextToScore, model: ModelEntry, multiple: number, config: Record<string, unknown>): Promise<void> {
    const L = model.pretrainLength;
    const output = this.#root.querySelector<HTMLElement>('.demo-output')!;
    output.hidden = false;
    output.querySelector('.backend-badge')!.textContent = outcome.notice;
    const record = await buildRecord(this.#base, this.#methodId, (r) => r.model === model.id && r.multiple === multiple);
    // The build-time value applies only to the whole held-out excerpt at the benchmark's settings.
    const comparable = record && text.sample !== undefined && text.bytes.length === multiple * L && this.#form.matchesRecorded(record.config, config);
    showSummary(output.querySelector('.demo-summary')!, {
      bits: outcome.bits,
      trainLength: L,
      milliseconds: outcome.milliseconds,
      buildValue: comparable ? record.bpbByExcerpt[text.sample!] : undefined,
    });
    this.#last = { bits: outcome.bits, trainLength: L, multiple, buildCurve: record, buildExcerpts: record?.bpbByExcerpt.length ?? 0 };
    await this.#drawCurve(this.#last);
    shadeText(output.querySelector('.heat')!, text.bytes, outcome.bits);
  }

  async #drawCurve(last: LastRun): Promise<void> {
    const others: LabelledValues[] = last.buildCurve
      ? [{ label: demoText('curve.build', { n: last.buildExcerpts }), values: last.buildCurve.bpbByPosition, halfWidths: last.buildCurve.smoothedHalfWidth }]
      : [];
    for (const id of this.#overlays) {
      const record = await buildRecord(this.#base, id, (r) => r.multiple === last.multiple);
      if (record) others.push({ label: demoText('curve.other', { id, model: record.model }), values: record.bpbByPosition, halfWidths: record.smoothedHalfWidth });
    }
    await drawCurve(this.#root.querySelector<HTMLElement>('.demo-output')!, last.bits, last.trainLength, others);
  }
}
