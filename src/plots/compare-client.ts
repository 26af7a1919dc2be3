/** /compare/ in the browser: redraw the figure and table for the chosen series with Observable Plot. */
interface CompactSeries {
  key: string;
  method: string;
  label: string;
  color: string;
  points: { multiple: number; bpb: number; far: number; near: number }[];
}
interface CompareData {
  trainLength: number;
  multiples: number[];
  series: CompactSeries[];
}

export async function renderCompare(data: CompareData, keys: string[]): Promise<void> {
  const Plot = await import('@observablehq/plot');
  const chosen = data.series.filter((s) => keys.includes(s.key));
  const rows = chosen.flatMap((s) => s.points.map((p) => ({ ...p, label: s.label, color: s.color })));
  const chart = Plot.plot({
    width: 760,
    height: 380,
    x: { type: 'log', base: 2, label: 'evaluation length (multiple of the training length)', ticks: data.multiples, tickFormat: (d: number) => `${d}×` },
    y: { label: 'bits per byte (held-out text)', grid: true },
    color: { domain: chosen.map((s) => s.label), range: chosen.map((s) => s.color), legend: chosen.length > 0 },
    marks: [Plot.ruleX([1], { stroke: 'currentColor', strokeDasharray: '4 3' }), Plot.line(rows, { x: 'multiple', y: 'bpb', stroke: 'label' }), Plot.dot(rows, { x: 'multiple', y: 'bpb', fill: 'label', tip: true })],
  });
  for (const g of chart.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  const body = document.querySelector('#fig-compare .figure-body');
  body?.replaceChildren(chart);
  body?.setAttribute('aria-label', `Bits per byte against evaluation length for ${chosen.map((s) => s.label).join(', ') || 'no methods'}`);
  const tbody = document.querySelector<HTMLTableSectionElement>('#compare-table tbody');
  if (!tbody) return;
  tbody.replaceChildren(
    ...chosen.map((s) => {
      const tr = document.createElement('tr');
      tr.dataset['key'] = s.key;
      const th = Object.assign(document.createElement('th'), { scope: 'row', textContent: s.label });
      tr.append(th, ...s.points.map((p) => Object.assign(document.createElement('td'), { className: 'num', textContent: p.bpb.toFixed(2) })), ...s.points.map((p) => Object.assign(document.createElement('td'), { className: 'num', textContent: p.far.toFixed(2) })));
      return tr;
    }),
  );
}
