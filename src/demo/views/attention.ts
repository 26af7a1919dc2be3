/**
 * The attention view (.demo-attention): one layer and head's attention map over the evaluated text and,
 * per query, its entropy and mean attended distance, then one query's row over the bytes. The root carries
 * data-attention-layer, data-attention-head, data-attention-entropy (mean nats over the shown queries) and
 * data-attention-query (0-based) once drawn.
 */
import { meanEntropy, type AttentionView } from '../attention';
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
      chart(attentionMap(view, trainLength), `Attention of layer ${view.layer + 1}, head ${view.head + 1} over ${view.length} bytes, in blocks of ${view.block}`),
      chart(attentionProfile(view.entropy, 'entropy', trainLength), `Attention entropy by query position; mean ${entropy.toFixed(2)} nats`),
      chart(attentionProfile(view.distance, 'distance', trainLength), 'Mean attended distance by query position'),
    );
  root.querySelector('.attention-caption')!.textContent =
    `Layer ${view.layer + 1}, head ${view.head + 1} at ${view.length} bytes: mean probability over blocks of ${view.block} × ${view.block} bytes (square-root colour scale; blank above the diagonal, which the causal mask hides), ` +
    `then each query's attention entropy (mean ${entropy.toFixed(3)} nats; uniform attention over i + 1 keys has ln(i + 1)) and mean attended distance. Dashed: the ${trainLength}-byte training length.`;
  const top = topKeys(view.row, 3)
    .map((j) => `${view.query - j} bytes back (p = ${view.row[j]!.toFixed(3)})`)
    .join(', ');
  root.querySelector('.attention-row-caption')!.textContent =
    `Query byte ${view.query + 1} of ${view.length}: its attention over the ${view.query + 1} bytes up to it, each shaded by its probability (relative to the largest, square-root scale; hover for the value). ` +
    `Underlined: keys more than ${trainLength} bytes back, a distance never seen in training. Strongest: ${top}.`;
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
