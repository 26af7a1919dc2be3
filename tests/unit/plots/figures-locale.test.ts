/**
 * The figures and findings in Chinese: the same specs and the same code on the same numbers, with only the
 * words changed (titles, axis labels, series labels, table headers, citation, findings' sentences).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureCitation } from '../../../src/content/figure-citation';
import { parseBibliography } from '../../../src/content/bibliography';
import { findings } from '../../../src/content/findings';
import { figures as words } from '../../../src/i18n/ui/figures';
import { benchmarkFigures } from '../../../src/plots/benchmark-figures';
import { figureCsv, figureTable } from '../../../src/plots/figure-data';
import { textWidth, wrapLabel } from '../../../src/plots/panels';
import { resultHeaders } from '../../../src/plots/table';
import { benchmark, figureInput, root } from './committed-figure-input';

const input = figureInput;
const en = benchmarkFigures(input);
const zh = benchmarkFigures({ ...input, locale: 'zh' });
const cjk = /[\u4e00-\u9fff]/;

describe('figures in Chinese', () => {
  it('have the same series, panels and points as the English ones, and Chinese titles and axes', () => {
    expect(zh.series.map((s) => s.key)).toEqual(en.series.map((s) => s.key));
    expect(zh.groups.map((g) => [g.id, g.members.map((m) => [m.key, m.tone]), g.references])).toEqual(en.groups.map((g) => [g.id, g.members.map((m) => [m.key, m.tone]), g.references]));
    for (const id of Object.keys(en.figures) as (keyof typeof en.figures)[]) {
      const [a, b] = [en.figures[id], zh.figures[id]];
      expect(b.id).toBe(a.id);
      expect(b.panels.map((p) => p.curves.map((c) => c.points))).toEqual(a.panels.map((p) => p.curves.map((c) => c.points)));
      for (const text of [b.title, b.x.label, b.y.label, ...b.panels.map((p) => p.title)]) expect(text, id).toMatch(cjk);
      // the table's numbers are the same; only the headers' words and the panel titles differ
      expect(figureTable(b, 'zh').rows.map((r) => r.slice(2))).toEqual(figureTable(a).rows.map((r) => r.slice(2)));
      expect(figureTable(b, 'zh').headers.slice(0, 2)).toEqual(['面板', '系列']);
      expect(figureCsv(b).split('\n').length).toBe(figureCsv(a).split('\n').length);
    }
  });

  it('keep the English words by default', () => {
    expect(en.figures['loss-by-length'].title).toBe('Bits per byte against evaluation length');
    expect(resultHeaders([1])).toEqual(['bits/byte 1×', 'pass key (far) 1×']);
    expect(resultHeaders([1], 'zh')).toEqual(['每字节比特数 1×', '密钥检索（远）1×']);
  });

  it('wrap and measure labels by their printed width (a CJK character is two Latin ones)', () => {
    expect(textWidth('RoPE，微调')).toBe(10);
    expect(wrapLabel('Scaling laws of RoPE extrapolation')).toEqual(['Scaling laws of RoPE', 'extrapolation']);
  });

  it('cite a figure in Chinese', () => {
    const site = parseBibliography(readFileSync(new URL('content/references.bib', root), 'utf8')).get('longitude')!;
    const line = figureCitation({ site, number: 2, title: '标题', commit: 'abcdef0123456789', url: undefined, locale: 'zh' });
    expect(line).toContain('图 2：标题。');
    expect(line).toContain('abcdef012345');
  });

  it('have every dictionary entry in both languages', () => {
    expect(Object.keys(words.zh).sort()).toEqual(Object.keys(words.en).sort());
  });
});

describe('findings in Chinese', () => {
  it('have the same ids, sources, verdicts and numbers, in Chinese sentences', () => {
    const [a, b] = [findings(benchmark), findings(benchmark, 'zh')];
    expect(b.map((f) => [f.id, f.source.key, f.verdict])).toEqual(a.map((f) => [f.id, f.source.key, f.verdict]));
    const numbers = (s: string) => s.match(/-?\d+\.\d+/g) ?? [];
    for (const [i, f] of b.entries()) {
      expect(f.claim).toMatch(cjk);
      expect(f.measured).toMatch(cjk);
      expect(f.rule).toMatch(cjk);
      expect(f.verdictLabel).toMatch(cjk);
      expect(numbers(f.measured).sort()).toEqual(numbers(a[i]!.measured).sort());
      expect(a[i]!.verdictLabel).toBe(a[i]!.verdict);
    }
  });
});
