/**
 * The demo's form: what the reader chose, read from its controls (select names model, multiple,
 * source, backend, compare; inputs knob-<name>; textarea text) and checked before anything runs.
 */
import type { ModelEntry } from '../schemas/manifest';
import { heldoutExcerpt } from './build-data';
import type { BackendPreference } from './client';
import { bytesFromText } from './text-input';

/** The bytes to score; `sample` is the held-out excerpt's index, `note` says how pasted text was clamped. */
export interface TextToScore {
  bytes: Uint8Array;
  note?: string;
  sample?: number;
}

export class DemoForm {
  readonly element: HTMLFormElement;
  readonly #models: ModelEntry[];
  /** whether the method is a training-free scaling whose factor follows the evaluated length */
  readonly #scales: boolean;
  readonly #base: string;

  constructor(element: HTMLFormElement, options: { models: ModelEntry[]; scalesWithLength: boolean; base: string }) {
    this.element = element;
    this.#models = options.models;
    this.#scales = options.scalesWithLength;
    this.#base = options.base;
  }

  #value(name: string): string {
    return (this.element.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
  }

  #knobs(): HTMLInputElement[] {
    return [...this.element.querySelectorAll<HTMLInputElement>('input[name^="knob-"]')];
  }

  model(): ModelEntry {
    const id = this.#value('model');
    return this.#models.find((m) => m.id === id) ?? this.#models[0]!;
  }

  multiple(): number {
    return Number(this.#value('multiple'));
  }

  backend(): BackendPreference {
    return this.#value('backend') as BackendPreference;
  }

  /**
   * Training-free scalings are benchmarked with factor = the evaluated multiple; the factor knob
   * follows the length until the reader sets it (data-touched, set by the element), and a
   * fine-tuned model keeps the factor it was tuned with.
   */
  followMultiple(): void {
    const factor = this.element.elements.namedItem('knob-factor') as HTMLInputElement | null;
    if (!factor || !this.#scales || factor.dataset['touched']) return;
    const trained = this.model().config['factor'];
    factor.value = String(typeof trained === 'number' ? trained : this.multiple());
  }

  /** The model's config with every knob the reader filled in. */
  config(): Record<string, unknown> {
    const config: Record<string, unknown> = { ...this.model().config };
    for (const el of this.#knobs()) if (el.value !== '') config[el.name.slice('knob-'.length)] = Number(el.value);
    return config;
  }

  /** Same settings as a build-time record: every knob equals the record's value or, if absent there, its default. */
  matchesRecorded(recorded: Record<string, unknown>, config: Record<string, unknown>): boolean {
    return this.#knobs().every((el) => {
      const name = el.name.slice('knob-'.length);
      return Number(config[name]) === Number(recorded[name] ?? el.dataset['default']);
    });
  }

  /**
   * A held-out excerpt, or the reader's own text checked by bytesFromText; at most maxBytes. An excerpt is
   * read as the benchmark reads it: its last maxBytes bytes, so every length ends on the same bytes.
   */
  async text(maxBytes: number): Promise<TextToScore | { error: string }> {
    const source = this.#value('source');
    if (source === 'own') {
      const checked = bytesFromText(this.#value('text'), maxBytes);
      if (!checked.ok) return { error: checked.message };
      return { bytes: checked.bytes, ...(checked.note ? { note: checked.note } : {}) };
    }
    const sample = Number(source);
    const text = await heldoutExcerpt(this.#base, sample);
    const bytes = new TextEncoder().encode(text);
    return { bytes: bytes.slice(Math.max(0, bytes.length - maxBytes)), sample };
  }

  /** Calls back when a knob changes, and with the method id when the reader adds a curve (the select then resets). */
  watch(on: { knobChanged: () => void; curveAdded: (methodId: string) => void }): void {
    this.element.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      if (target.name.startsWith('knob-')) on.knobChanged();
      if (target.name === 'compare' && target.value) {
        const methodId = target.value;
        target.value = '';
        on.curveAdded(methodId);
      }
    });
  }
}
