/**
 * <compare-view>: the /compare/ picker, figure and table. It holds a fieldset.picker of checkboxes
 * (one per series key), a figure (.figure-body), a table (tbody) and the series as JSON in a
 * <script type="application/json">. The selection is read from and written to ?methods=; the
 * build-time figure already shows the default selection, so the charting library (src/plots/draw.ts)
 * loads only when the selection differs from it.
 */
import { documentLocale } from '../../i18n/locale';
import { figureWords } from '../../i18n/ui/figures';
import { comparisonFigure } from '../benchmark-figures';
import type { SeriesSummary } from '../series';
import { resultCells } from '../table';

export interface CompareData {
  multiples: number[];
  series: SeriesSummary[];
}

export class CompareView extends HTMLElement {
  connectedCallback(): void {
    const source = this.querySelector('script[type="application/json"]');
    const picker = this.querySelector('fieldset.picker');
    if (!source || !picker || this.dataset['ready']) return;
    this.dataset['ready'] = 'true';
    const data = JSON.parse(source.textContent ?? '') as CompareData;
    const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const chosen = () => boxes.filter((b) => b.checked).map((b) => b.value);
    const fromUrl = new URLSearchParams(location.search).get('methods');
    if (fromUrl !== null) {
      const wanted = new Set(fromUrl.split(',').filter(Boolean));
      for (const b of boxes) b.checked = wanted.has(b.value);
      void this.#render(data, chosen());
    }
    picker.addEventListener('change', () => {
      const keys = chosen();
      history.replaceState(null, '', `?methods=${keys.join(',')}`);
      void this.#render(data, keys);
    });
  }

  async #render(data: CompareData, keys: string[]): Promise<void> {
    const chosen = data.series.filter((s) => keys.includes(s.key));
    this.#table(chosen, data.multiples);
    const { drawPanels } = await import('../draw');
    const body = this.querySelector('.figure-body');
    const locale = documentLocale();
    const t = figureWords(locale);
    body?.replaceChildren(...drawPanels(comparisonFigure(chosen, data.multiples, locale)));
    body?.setAttribute('aria-label', t('compare.alt', { methods: chosen.map((s) => s.label).join(t('compare.separator')) || t('compare.none') }));
  }

  #table(chosen: SeriesSummary[], multiples: number[]): void {
    const rows = chosen.map((s) => {
      const tr = document.createElement('tr');
      const th = Object.assign(document.createElement('th'), { scope: 'row', textContent: s.label });
      tr.append(th, ...resultCells(s.points, multiples).map((text) => Object.assign(document.createElement('td'), { className: 'num', textContent: text })));
      return tr;
    });
    this.querySelector('tbody')?.replaceChildren(...rows);
  }
}

if (!customElements.get('compare-view')) customElements.define('compare-view', CompareView);
