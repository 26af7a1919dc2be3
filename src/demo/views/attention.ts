/**
 * The attention view (.demo-attention): one layer and head's attention map over the evaluated text and,
 * per query, its entropy and mean attended distance, then one query's row over the bytes. The root carries
 * data-attention-layer, data-attention-head, data-attention-entropy (mean nats over the shown queries) and
 * data-attention-query (0-based) once drawn; src/demo/ui.ts adds data-attention-method (whose model: this page's or an
 * added curve's).
 */
import { meanEntropy, type AttentionView } from '../attention';
import { documentLocale } from '../../i18n/locale';
import { demoText } from '../text';
import { shadeRow } from './heat';

export async function drawAttention(root: HTMLElement, view: AttentionView, bytes: Uint8Array, trainLength: number): Promise<void> {
  const { attentionMap, attentionProfile, draw } = await import('../../plots/draw');
  const chart = (spec: Parameters<typeof draw>[0], label: string) => {
    const element = draw(spec);
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', label);
    return element;
  };
  const entropy = meanEntropy(view);
  root
    .querySelector('.attention-plots')!
    .replaceChildren(
      chart(attentionMap(view, trainLength, documentLocale()), demoText('attention.map-label', { layer: view.layer + 1, head: view.head + 1, length: view.length, block: view.block })),
      chart(attentionProfile(view.entropy, 'entropy', trainLength, documentLocale()), demoText('attention.entropy-label', { mean: entropy.toFixed(2) })),
      chart(attentionProfile(view.distance, 'distance', trainLength, documentLocale()), demoText('attention.distance-label')),
    );
  root.querySelector('.attention-caption')!.textContent = demoText('attention.caption', {
    layer: view.layer + 1,
    head: view.head + 1,
    length: view.length,
    block: view.block,
    mean: entropy.toFixed(3),
    trainLength,
  });
  const top = topKeys(view.row, 3)
    .map((j) => demoText('attention.top', { distance: view.query - j, p: view.row[j]!.toFixed(3) }))
    .join(demoText('attention.top-separator'));
  root.querySelector('.attention-row-caption')!.textContent = demoText('attention.row-caption', { query: view.query + 1, length: view.length, trainLength, top });
  shadeRow(root.querySelector('.attention-row')!, bytes, view.row, trainLength);
  root.dataset['attentionLayer'] = String(view.layer);
  root.dataset['attentionHead'] = String(view.head);
  root.dataset['attentionEntropy'] = entropy.toFixed(6);
  root.dataset['attentionQuery'] = String(view.query);
}

function topKeys(row: Float32Array, count: number): number[] {
  return Array.from(row.keys())
    .sort((a, b) => row[b]! - row[a]!)
    .slice(0, count);
}
