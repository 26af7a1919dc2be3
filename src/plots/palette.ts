/**
 * The series colours of the panelled figures: the Okabe–Ito colour-blind-safe hues (Okabe & Ito,
 * "Color Universal Design", 2008) without sky blue, whose darkened light-mode twin is the blue again,
 * and with the text colour in place of their black. Each hue has a light-mode and a dark-mode
 * lightness, chosen for 4.5:1 contrast against the page background (tests/unit/plots checks it),
 * since the direct labels are text in the series' colour.
 *
 * A mark gets the colour through a class (`lg-tone-<i>`) that sets CSS `color`, and draws in
 * currentColor; light-dark() follows the page's color-scheme, and a downloaded SVG reads as light.
 */
export const SERIES_TONES = [
  { name: 'blue', light: '#0072b2', dark: '#3489cb' },
  { name: 'vermillion', light: '#c24e00', dark: '#d55e00' },
  { name: 'bluish green', light: '#00835a', dark: '#009e73' },
  { name: 'reddish purple', light: '#a75785', dark: '#cc79a7' },
  { name: 'orange', light: '#a16400', dark: '#e69f00' },
  { name: 'yellow', light: '#7a7600', dark: '#f0e442' },
  { name: 'text', light: '#1d1f23', dark: '#e7e5df' },
] as const;

/** The class that gives a mark its series colour. */
export function toneClass(tone: number): string {
  return `lg-tone-${tone % SERIES_TONES.length}`;
}

/** A tone as one CSS colour that follows light and dark (for swatches outside the figures). */
export function toneColor(tone: number): string {
  const t = SERIES_TONES[tone % SERIES_TONES.length]!;
  return `light-dark(${t.light}, ${t.dark})`;
}

/** Reference series (drawn faintly in every panel) take the muted text colour. */
export const REFERENCE_CLASS = 'lg-reference';

/** The rules every panelled SVG carries in its own <style>, so that a figure keeps its colours when saved alone. */
export const PALETTE_CSS = [...SERIES_TONES.map((_, i) => `.${toneClass(i)}{color:${toneColor(i)}}`), `.${REFERENCE_CLASS}{color:light-dark(#5a6070,#a5abb8)}`].join('');

/** Gives each chart SVG under (or at) `root` the palette rules, first among its children. */
export function applyPalette(root: Element): void {
  const svgs = root.tagName.toLowerCase() === 'svg' ? [root] : [...root.querySelectorAll('svg')];
  for (const svg of svgs) {
    const style = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = PALETTE_CSS;
    svg.prepend(style);
  }
}
