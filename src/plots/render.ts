/** Build-time rendering of a figure spec to static SVG markup (Observable Plot on linkedom's DOM). */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { PanelFigure } from './figure-data';
import { stripMarkLabels } from './mark-labels';
import { applyPalette } from './palette';
import { panelPlots, wrapLabel } from './panels';

function plot(options: Plot.PlotOptions): Element {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const figure = Plot.plot({ ...options, document });
  stripMarkLabels(figure);
  stripHtmlStyles(figure);
  roundGeometry(figure);
  return figure;
}

const GEOMETRY = ['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'width', 'height', 'points'];

/**
 * Plot writes coordinates with every float digit (`translate(44,215.43108910161664)`); a tenth of a pixel
 * is below what any screen shows (the benchmark page's inline SVG: 915 → 777 KB).
 */
function roundGeometry(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of GEOMETRY) {
      const value = el.getAttribute(name);
      if (value && /\.\d{2}/.test(value))
        el.setAttribute(
          name,
          value.replace(/-?\d*\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10)),
        );
    }
  }
}

export function renderSvg(options: Plot.PlotOptions): string {
  return plot(options).outerHTML;
}

/** A panelled figure as one SVG per panel, each carrying the palette. */
export function renderPanels(figure: PanelFigure): string[] {
  return panelPlots(figure).map((options) => {
    const svg = plot(options);
    applyPalette(svg);
    return svg.outerHTML;
  });
}

/**
 * The whole figure as one standalone SVG file (the download): the panels in a grid of `columns`,
 * under a title, with a line saying where it comes from.
 */
export function renderFigureFile(figure: PanelFigure, source: string, columns = 3): string {
  const panels = panelPlots(figure).map((options) => {
    const svg = plot(options);
    applyPalette(svg);
    return svg;
  });
  const width = Math.max(...panels.map((p) => Number(p.getAttribute('width'))));
  const height = Math.max(...panels.map((p) => Number(p.getAttribute('height'))));
  const head = 28;
  panels.forEach((p, i) => {
    p.setAttribute('x', String((i % columns) * width));
    p.setAttribute('y', String(head + Math.floor(i / columns) * height));
  });
  const rows = Math.ceil(panels.length / columns);
  const w = columns * width;
  const lines = wrapLabel(source, Math.floor(w / 5.6) - 4);
  const h = head + rows * height + 8 + 13 * lines.length;
  const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif" font-size="10">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="8" y="18" font-size="13" font-weight="600">${escape(figure.title)}</text>`,
    ...panels.map((p) => p.outerHTML),
    ...lines.map((line, i) => `<text x="8" y="${head + rows * height + 10 + 13 * i}">${escape(line)}</text>`),
    '</svg>',
  ].join('\n');
}

/**
 * Plot puts a <style> inside the HTML <div> of a swatch legend, which HTML does not allow in <body>;
 * site.css styles those legends instead. The <style> inside each <svg> is valid SVG and stays.
 */
function stripHtmlStyles(root: Element): void {
  for (const style of root.querySelectorAll('style')) if (!style.closest('svg')) style.remove();
}
