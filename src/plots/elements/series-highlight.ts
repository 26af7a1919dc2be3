/**
 * <series-highlight>: wraps highlight buttons (button.toggle[data-series], button.toggle-reset) and
 * the figures they act on. Pressing a series' button dims every other series' marks
 * (elements with class `series series-<key>`, see src/plots/specs.ts) inside this element.
 */
export class SeriesHighlight extends HTMLElement {
  readonly #active = new Set<string>();

  connectedCallback(): void {
    if (this.dataset['ready']) return;
    this.dataset['ready'] = 'true';
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (button?.classList.contains('toggle-reset')) this.#active.clear();
      else if (button?.classList.contains('toggle')) this.#toggle(button.dataset['series'] ?? '');
      else return;
      this.#apply();
    });
  }

  #toggle(key: string): void {
    if (this.#active.has(key)) this.#active.delete(key);
    else this.#active.add(key);
  }

  #apply(): void {
    for (const el of this.querySelectorAll<SVGElement>('.figure .series')) {
      const key = [...el.classList].find((c) => c.startsWith('series-'))?.slice('series-'.length) ?? '';
      el.classList.toggle('dimmed', this.#active.size > 0 && !this.#active.has(key));
    }
    for (const b of this.querySelectorAll<HTMLButtonElement>('button.toggle')) b.setAttribute('aria-pressed', String(this.#active.has(b.dataset['series'] ?? '')));
  }
}

if (!customElements.get('series-highlight')) customElements.define('series-highlight', SeriesHighlight);
