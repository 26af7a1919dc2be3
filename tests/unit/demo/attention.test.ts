/** The attention view keeps the picked head's rows of the graph's outputs and a block-mean map whose rows still sum like attention. */
import { describe, expect, it } from 'vitest';
import { attentionView, MAP_SIZE, meanEntropy } from '../../../src/demo/attention';

function uniformCausal(length: number): Float32Array {
  const p = new Float32Array(length * length);
  for (let i = 0; i < length; i++) for (let j = 0; j <= i; j++) p[i * length + j] = 1 / (i + 1);
  return p;
}

describe('attention view', () => {
  it('picks the (layer, head) slice of entropy and distance', () => {
    const [layers, heads, length] = [2, 3, 5];
    const entropy = Float32Array.from({ length: layers * heads * length }, (_, k) => k);
    const out = { logits: new Float32Array(0), entropy, distance: entropy.map((v) => -v), attention: uniformCausal(length) };
    const view = attentionView(out, { layer: 1, head: 2 }, heads, length);
    expect([...view.entropy]).toEqual([25, 26, 27, 28, 29]);
    expect([...view.distance]).toEqual([-25, -26, -27, -28, -29]);
    expect(meanEntropy(view)).toBe(27);
  });

  it(`averages a long input into at most ${MAP_SIZE} x ${MAP_SIZE} blocks, mass preserved`, () => {
    const length = 200;
    const out = { logits: new Float32Array(0), entropy: new Float32Array(length), distance: new Float32Array(length), attention: uniformCausal(length) };
    const view = attentionView(out, { layer: 0, head: 0 }, 1, length);
    expect(view.block).toBe(4);
    expect(view.size).toBe(50);
    let total = 0;
    for (let c = 0; c < view.map.length; c++) total += view.map[c]! * view.block * view.block;
    expect(total).toBeCloseTo(length, 3);
    expect(view.map[0 * view.size + 1]).toBe(0);
  });

  it("keeps one query's full row: the last byte by default, a chosen one clamped to the text", () => {
    const length = 10;
    const out = { logits: new Float32Array(0), entropy: new Float32Array(length), distance: new Float32Array(length), attention: uniformCausal(length) };
    const last = attentionView(out, { layer: 0, head: 0 }, 1, length);
    expect(last.query).toBe(9);
    expect([...last.row]).toEqual(Array(10).fill(0.1).map(Math.fround));
    const third = attentionView(out, { layer: 0, head: 0, query: 2 }, 1, length);
    expect(third.query).toBe(2);
    expect(third.row).toHaveLength(3);
    expect(third.row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(attentionView(out, { layer: 0, head: 0, query: 99 }, 1, length).query).toBe(9);
    expect(attentionView(out, { layer: 0, head: 0, query: -5 }, 1, length).query).toBe(0);
  });
});
