/** Accessibility clean-up of a chart Observable Plot made, in the build (linkedom) and in the browser alike. */

/**
 * Plot labels each mark's <g> with aria-label ("line", "dot"), which is not allowed on an element
 * without a role; the figure as a whole carries the text alternative instead.
 */
export function stripMarkLabels(root: Element): void {
  for (const g of root.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
}
