/**
 * What the demo keeps of an attention pass: the picked head's entropy and mean attended distance per
 * query, its attention map averaged over blocks of at most MAP_SIZE x MAP_SIZE cells, and one query's
 * row at full resolution — never the full [L, L] probabilities (16 MB at 2,048 bytes), which the
 * worker drops once this is built. Another row is another pass.
 */
import type { AttentionOutputs, AttentionPick } from './evaluate';
import { mean } from './stats';

export const MAP_SIZE = 64;

/** A pick plus the query whose row the view keeps (0-based; clamped to the text, the last byte by default). */
export interface AttentionRequest extends AttentionPick {
  readonly query?: number;
}

export interface AttentionView extends AttentionPick {
  readonly length: number;
  /** entropy (nats) of each query's attention, [L] */
  readonly entropy: Float32Array;
  /** mean attended distance sum_j p_ij (i - j) of each query, [L] */
  readonly distance: Float32Array;
  /** the map: mean probability over each block of queries x keys, [size, size], block = ceil(L / size) bytes */
  readonly map: Float32Array;
  readonly size: number;
  readonly block: number;
  /** the zoomed query (0-based) and its attention over keys 0..query, [query + 1] */
  readonly query: number;
  readonly row: Float32Array;
}

export function attentionView(out: AttentionOutputs, pick: AttentionRequest, heads: number, length: number): AttentionView {
  const offset = (pick.layer * heads + pick.head) * length;
  const block = Math.ceil(length / MAP_SIZE);
  const size = Math.ceil(length / block);
  const map = new Float32Array(size * size);
  const counts = new Float32Array(size * size);
  for (let i = 0; i < length; i++) {
    for (let j = 0; j < length; j++) {
      const cell = Math.floor(i / block) * size + Math.floor(j / block);
      map[cell]! += out.attention[i * length + j]!;
      counts[cell]! += 1;
    }
  }
  for (let c = 0; c < map.length; c++) map[c]! /= counts[c]!;
  const query = Math.min(length - 1, Math.max(0, Math.round(pick.query ?? length - 1)));
  return {
    layer: pick.layer,
    head: pick.head,
    length,
    entropy: out.entropy.slice(offset, offset + length),
    distance: out.distance.slice(offset, offset + length),
    map,
    size,
    block,
    query,
    row: out.attention.slice(query * length, query * length + query + 1),
  };
}

/** The view's headline: mean entropy (nats) over the shown queries. */
export function meanEntropy(view: AttentionView): number {
  return mean(view.entropy);
}
