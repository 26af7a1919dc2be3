/** Build-time rendering of a figure spec to static SVG markup (Observable Plot on linkedom's DOM). */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export function renderSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const figure = Plot.plot({ ...options, document: document as unknown as Document });
  stripMarkLabels(figure);
  stripHtmlStyles(figure);
  return figure.outerHTML;
}

/**
 * Plot labels each mark's <g> with aria-label ("line", "dot"), which is not allowed on an element
 * without a role; the figure as a whole carries the text alternative instead.
 */
export function stripMarkLabels(root: Element): void {
  for (const g of root.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
}

/**
 * Plot puts a <style> inside the HTML <div> of a swatch legend, which HTML does not allow in <body>;
 * site.css styles those legends instead. The <style> inside each <svg> is valid SVG and stays.
 */
function stripHtmlStyles(root: Element): void {
  for (const style of root.querySelectorAll('style')) if (!style.closest('svg')) style.remove();
}
