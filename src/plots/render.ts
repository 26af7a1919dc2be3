/** Build-time rendering of a figure spec to static SVG markup (Observable Plot on linkedom's DOM). */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { stripMarkLabels } from './mark-labels';

export function renderSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const figure = Plot.plot({ ...options, document });
  stripMarkLabels(figure);
  stripHtmlStyles(figure);
  return figure.outerHTML;
}

/**
 * Plot puts a <style> inside the HTML <div> of a swatch legend, which HTML does not allow in <body>;
 * site.css styles those legends instead. The <style> inside each <svg> is valid SVG and stays.
 */
function stripHtmlStyles(root: Element): void {
  for (const style of root.querySelectorAll('style')) if (!style.closest('svg')) style.remove();
}
