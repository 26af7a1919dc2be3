/**
 * The benchmark's panelled figures (src/plots): panels by family from the method pages' frontmatter,
 * no colour twice in a panel, readable colours in light and dark, labels that do not overlap, and
 * tables and CSV files that hold exactly the plotted numbers.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { figureCitation } from '../../../src/content/figure-citation';
import { parseBibliography } from '../../../src/content/bibliography';
import { benchmarkFigures, comparisonFigure, methodAttentionFigures } from '../../../src/plots/benchmark-figures';
import { FAMILIES, REFERENCE_KEYS, familyOf, groupPanels, type MethodFacts } from '../../../src/plots/families';
import { MAX_TABLE_COLUMNS, figureCsv, figureTable, figureXs, tableXs, type PanelFigure } from '../../../src/plots/figure-data';
import { SERIES_TONES } from '../../../src/plots/palette';
import { spreadLabels, wrapLabel } from '../../../src/plots/panels';
import { renderFigureFile, renderPanels } from '../../../src/plots/render';
import { benchmark, facts, figureInput, json, root } from './committed-figure-input';

const built = benchmarkFigures(figureInput);
const figures = Object.values(built.figures);

describe('panels by family', () => {
  it('puts every series in exactly one panel, the family its frontmatter and model give', () => {
    const members = built.groups.flatMap((g) => g.members.map((m) => m.key));
    expect([...members].sort()).toEqual(built.series.map((s) => s.key).sort());
    for (const s of built.series) {
      const group = built.groups.find((g) => g.members.some((m) => m.key === s.key))!;
      expect(group.id.replace(/-\d+$/, ''), s.key).toBe(familyOf(facts.get(s.method)!, s.fineTuned));
    }
  });

  it('keeps fine-tuned RoPE scalings apart from the training-free ones', () => {
    const tuned = built.series.filter((s) => s.fineTuned && facts.get(s.method)?.category === 'interpolation');
    expect(tuned.length).toBeGreaterThan(0);
    for (const s of tuned) expect(familyOf(facts.get(s.method)!, true)).toBe('scaling-tuned');
    expect(familyOf({ category: 'interpolation', subcategory: 'linear' }, false)).toBe('scaling-frequency');
    expect(familyOf({ category: 'rpe', subcategory: 't5-bias-family' }, false)).toBe('bias');
  });

  it('repeats RoPE and ALiBi as references in every panel but their own', () => {
    for (const g of built.groups) {
      for (const key of REFERENCE_KEYS) expect(g.references.includes(key), `${g.id} ${key}`).toBe(!g.members.some((m) => m.key === key));
    }
  });

  it('splits a family with more series than colours into balanced panels, labelled apart', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ key: `m${i}`, method: `m${i}`, label: `M${i}`, fineTuned: false }));
    const rpe = new Map<string, MethodFacts & { name: string }>(many.map((s) => [s.method, { name: s.label, category: 'ape', subcategory: 'learned' }]));
    const groups = groupPanels(many, rpe);
    expect(groups.map((g) => g.members.length)).toEqual([5, 5]);
    expect(groups.map((g) => g.title)).toEqual([`${FAMILIES.absolute} (1 of 2)`, `${FAMILIES.absolute} (2 of 2)`]);
  });
});

/** The tone classes of the series marks in a rendered panel, by series class. */
function tonesInSvg(svg: string): Map<string, Set<string>> {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const tones = new Map<string, Set<string>>();
  for (const g of document.querySelectorAll('g.series')) {
    const classes = [...g.classList];
    const key = classes.find((c) => c.startsWith('series-'))!;
    const tone = classes.find((c) => c.startsWith('lg-tone-'));
    if (tone) tones.set(key, new Set([...(tones.get(key) ?? []), tone]));
  }
  return tones;
}

describe('colours', () => {
  it('never uses a colour twice within a panel, in the data or in the drawn SVG', () => {
    for (const figure of figures) {
      const svgs = renderPanels(figure);
      figure.panels.forEach((panel, i) => {
        const tones = panel.curves.map((c) => c.tone);
        expect(new Set(tones).size, `${figure.id} ${panel.id}`).toBe(tones.length);
        expect(Math.max(...(tones as number[]))).toBeLessThan(SERIES_TONES.length);
        const drawn = tonesInSvg(svgs[i]!);
        expect(drawn.size, `${figure.id} ${panel.id}: every series drawn`).toBe(panel.curves.length);
        for (const set of drawn.values()) expect(set.size).toBe(1);
        const used = [...drawn.values()].map((set) => [...set][0]);
        expect(new Set(used).size, `${figure.id} ${panel.id}`).toBe(used.length);
      });
    }
  });

  it('has tones legible as text (4.5:1) on the page background in light and dark, and distinct from each other', () => {
    const css = readFileSync(new URL('src/styles/site.css', root), 'utf8');
    const backgrounds = [...css.matchAll(/--lg-bg:\s*(#[0-9a-f]{6})/g)].map((m) => m[1]!);
    const [light, dark] = [backgrounds[0]!, backgrounds[1]!];
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      const f = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    for (const tone of SERIES_TONES) {
      expect(contrast(tone.light, light), `${tone.name} on ${light}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(tone.dark, dark), `${tone.name} on ${dark}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const theme of ['light', 'dark'] as const) expect(new Set(SERIES_TONES.map((t) => t[theme])).size).toBe(SERIES_TONES.length);
  });
});

describe('direct labels', () => {
  it('spreads crowded labels apart, keeps their order and stays within the plot', () => {
    const ys = [100, 101, 102, 50, 198];
    const heights = [11, 22, 11, 11, 11];
    const placed = spreadLabels(ys, heights, 40, 200);
    const order = ys.map((_, i) => i).sort((a, b) => ys[a]! - ys[b]!);
    for (let k = 1; k < order.length; k++) {
      const [a, b] = [order[k - 1]!, order[k]!];
      expect(placed[b]! - placed[a]!).toBeGreaterThanOrEqual((heights[a]! + heights[b]!) / 2 - 1e-9);
    }
    expect(placed[3]).toBe(50);
    expect(Math.max(...placed.map((p, i) => p + heights[i]! / 2))).toBeLessThanOrEqual(200);
  });

  it('wraps long labels at spaces', () => {
    expect(wrapLabel('Scaling laws of RoPE extrapolation', 22)).toEqual(['Scaling laws of RoPE', 'extrapolation']);
    expect(wrapLabel('ALiBi', 22)).toEqual(['ALiBi']);
  });

  it('labels every series of a panel once, references included', () => {
    for (const figure of figures) {
      const svgs = renderPanels(figure);
      figure.panels.forEach((panel, i) => {
        const text = svgs[i]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
        for (const c of [...panel.curves, ...panel.references]) expect(text, `${figure.id} ${panel.id}`).toContain(wrapLabel(c.label).join(' '));
      });
    }
  });
});

/** A minimal CSV reader for figureCsv's output (quoted fields may hold commas). */
function readCsv(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].filter((m) => m.index < line.length || m[1] !== '').map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"')));
}

describe('tables and files', () => {
  it('has a table row per series and a column per plotted x, or per power of two on a long per-position curve', () => {
    let sampled = 0;
    // the figures by position draw the longest multiple, where a series whose outputs are not finite has no curve
    const byPosition = ['loss-by-position', 'attention-entropy', 'attention-distance'];
    const unscoredAtLongest = benchmark.unscored.filter((u) => u.multiple === benchmark.settings.multiples.at(-1)).length;
    for (const figure of figures) {
      const table = figureTable(figure);
      const xs = figureXs(figure);
      expect(table.rows.length, figure.id).toBe(built.series.length - (byPosition.includes(figure.id) ? unscoredAtLongest : 0));
      expect(table.plotted).toBe(xs.length);
      for (const row of table.rows) expect(row.length).toBe(table.headers.length);
      const columns = tableXs(figure);
      expect(table.headers.length).toBe(2 + columns.length);
      if (xs.length <= MAX_TABLE_COLUMNS) {
        expect(columns, figure.id).toEqual(xs);
        continue;
      }
      sampled++;
      expect(figure.x.multiples, figure.id).toBeUndefined();
      expect(columns.at(-1)).toBe(xs.at(-1));
      const powers = Array.from({ length: Math.floor(Math.log2(xs.at(-1)!)) + 1 }, (_, i) => 2 ** i);
      for (const p of powers) {
        const gap = Math.min(...xs.map((x) => Math.abs(x - p)));
        expect(
          columns.some((c) => Math.abs(c - p) === gap),
          `${figure.id}: a column nearest ${p}`,
        ).toBe(true);
      }
      expect(columns.length).toBeLessThanOrEqual(powers.length + 1);
    }
    expect(sampled, 'the per-position figures are long enough to be sampled').toBeGreaterThan(0);
  });

  it('writes in the CSV exactly the points each panel plots (with the band ends where there is a band)', () => {
    for (const figure of figures) {
      const [header, ...rows] = readCsv(figureCsv(figure));
      expect(header).toEqual(['panel', 'series', 'key', figure.x.field, figure.y.field, ...(figure.half ? ['low', 'high'] : [])]);
      const expected = figure.panels.flatMap((panel) =>
        panel.curves.flatMap((c) =>
          c.points.map((p) => {
            const y = p[figure.y.field]!;
            const [lo, hi] = figure.y.domain ?? [figure.y.floor ?? -Infinity, Infinity];
            const band = figure.half ? [y - p[figure.half]!, y + p[figure.half]!].map((v) => Math.min(hi, Math.max(lo, v))) : [];
            return [panel.title, c.label, c.key, p[figure.x.field]!, y, ...band];
          }),
        ),
      );
      expect(rows.length, figure.id).toBe(expected.length);
      rows.forEach((row, i) => {
        const want = expected[i]!;
        expect(row.slice(0, 3), figure.id).toEqual(want.slice(0, 3));
        row.slice(3).forEach((v, j) => expect(Number(v)).toBeCloseTo(want[3 + j] as number, 10));
      });
      expect(rows.length).toBeGreaterThan(0);
      if (figure.half && (figure.y.field === 'bpb' || figure.y.field === 'bits'))
        expect(Math.min(...rows.map((r) => Number(r.at(-2)))), `${figure.id}: no band below 0 bits`).toBeGreaterThanOrEqual(0);
    }
  });

  it('shows in the table the plotted values, to three decimals', () => {
    const figure = built.figures['loss-by-length'];
    const table = figureTable(figure);
    const xs = figureXs(figure);
    for (const panel of figure.panels) {
      for (const c of panel.curves) {
        const row = table.rows.find((r) => r[0] === panel.title && r[1] === c.label)!;
        for (const p of c.points) expect(row[2 + xs.indexOf(p['multiple']!)]).toBe(p['bpb']!.toFixed(3));
      }
    }
  });

  it('gives every panelled figure on /benchmark/ its data block (table, SVG and CSV links, cite line), each figure exactly once', () => {
    const page = readFileSync(new URL('src/pages/benchmark.astro', root), 'utf8');
    const blocks = [...page.matchAll(/<Figure\b([\s\S]*?)<\/Figure>/g)].map((m) => m[1]!);
    const panelled = blocks.filter((b) => /\bpanels\b/.test(b.split('>')[0]!));
    expect(panelled.length).toBe(blocks.length);
    const ids = panelled.flatMap((b) => {
      const data = /<FigureData slot="data" all=\{all\} ids=\{\[([^\]]*)\]\}/.exec(b);
      expect(data, b.slice(0, 80)).not.toBeNull();
      return [...data![1]!.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
    });
    expect([...ids].sort()).toEqual(Object.keys(built.figures).sort());
  });

  it('renders each figure as one standalone SVG file with every panel and the citation', () => {
    const figure: PanelFigure = built.figures['passkey-far'];
    const file = renderFigureFile(figure, 'Cite this: Longitude');
    expect(file.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(file.match(/<svg[\s>]/g)!.length).toBe(1 + figure.panels.length);
    expect(file).toContain('Cite this: Longitude');
    expect(file).toContain('.lg-tone-0{color:');
  });

  it("/compare/'s figure is the same spec with one panel, coloured in the order listed", () => {
    const chosen = built.series.slice(0, 3).map((s) => ({ key: s.key, label: s.label, points: [{ multiple: 1, bpb: 2, bpbHalf: 0.1 }] }));
    const figure = comparisonFigure(chosen, benchmark.settings.multiples);
    expect(figure.panels[0]!.curves.map((c) => c.tone)).toEqual([0, 1, 2]);
    expect(renderPanels(figure)).toHaveLength(1);
    expect(renderPanels(comparisonFigure([], benchmark.settings.multiples))[0]).not.toMatch(/NaN|Infinity/);
  });

  it('names the figure, the site, its version and the results commit in the citation line', () => {
    const site = parseBibliography(readFileSync(new URL('content/references.bib', root), 'utf8')).get('longitude')!;
    const version = (json('package.json') as { version: string }).version;
    const line = figureCitation({ site, number: 2, title: 'Bits per byte by position', commit: 'abcdef0123456789', url: 'https://example.org/benchmark/#fig-x' });
    expect(line).toBe(
      `${site.authors.join(', ')} (${site.year}). Figure 2: Bits per byte by position. In ${site.title}, version ${version}, results commit abcdef012345. https://example.org/benchmark/#fig-x`,
    );
  });
});

describe("a method page's attention figures", () => {
  it("cut Figure 3 to the method's own series, in distinct tones, with RoPE and ALiBi as references", () => {
    const cut = methodAttentionFigures(built, 'pi')!;
    expect(cut.map((f) => f.id)).toEqual(['attention-entropy-pi', 'attention-distance-pi']);
    for (const [i, figure] of cut.entries()) {
      const whole = [built.figures['attention-entropy'], built.figures['attention-distance']][i]!;
      const [panel] = figure.panels;
      expect(figure.panels).toHaveLength(1);
      const own = built.series.filter((s) => s.method === 'pi').map((s) => s.key);
      expect(panel!.curves.map((c) => c.key).sort()).toEqual(own.sort());
      expect(new Set(panel!.curves.map((c) => c.tone)).size).toBe(panel!.curves.length);
      expect(new Set(panel!.curves.map((c) => c.label)).size, 'labels tell the series apart').toBe(panel!.curves.length);
      expect(panel!.references.map((c) => c.key)).toEqual([...REFERENCE_KEYS]);
      const source = whole.panels.flatMap((p) => p.curves).find((c) => c.key === own[0]);
      expect(panel!.curves.find((c) => c.key === own[0])!.points).toEqual(source!.points);
    }
  });

  it("draw RoPE's page without RoPE as its own reference, and nothing for a method without a profile", () => {
    expect(methodAttentionFigures(built, 'rope')![0]!.panels[0]!.references.map((c) => c.key)).toEqual(['alibi']);
    expect(methodAttentionFigures(built, 'shaw-not-a-method')).toBeUndefined();
  });
});
