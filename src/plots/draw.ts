/**
 * Figures drawn in the browser: the shared specs and Observable Plot in one chunk, which a page
 * imports dynamically (`await import('…/plots/draw')`) only when it first has something to draw.
 */
import * as Plot from '@observablehq/plot';
import type { PanelFigure } from './figure-data';
import { stripMarkLabels } from './mark-labels';
import { applyPalette } from './palette';
import { panelPlots } from './panels';

export { attentionMap, attentionProfile, lossByPosition } from './specs';

/** A chart element for the page; like the build-time figures, its marks carry no aria-labels of their own. */
export function draw(options: Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const chart = Plot.plot(options);
  stripMarkLabels(chart);
  return chart;
}

/** A panelled figure as one chart per panel, each carrying the palette, as src/plots/render.ts renders them at build time. */
export function drawPanels(figure: PanelFigure): (SVGSVGElement | HTMLElement)[] {
  return panelPlots(figure).map((options) => {
    const chart = draw(options);
    applyPalette(chart);
    return chart;
  });
}
