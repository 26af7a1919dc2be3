/** Build-time rendering of a figure spec to static SVG markup (Observable Plot on linkedom's DOM). */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export function renderSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const figure = Plot.plot({ ...options, document: document as unknown as Document });
  return figure.outerHTML;
}
