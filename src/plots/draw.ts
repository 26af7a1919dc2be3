/**
 * Figures drawn in the browser: the shared specs and Observable Plot in one chunk, which a page
 * imports dynamically (`await import('…/plots/draw')`) only when it first has something to draw.
 */
import * as Plot from '@observablehq/plot';
import { stripMarkLabels } from './mark-labels';

export { attentionMap, attentionProfile, lossByMultiple, lossByPosition } from './specs';

/** A chart element for the page; like the build-time figures, its marks carry no aria-labels of their own. */
export function draw(options: Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const chart = Plot.plot(options);
  stripMarkLabels(chart);
  return chart;
}
