/**
 * The KaTeX font files a rendered page uses, found from the classes KaTeX's stylesheet maps to a face
 * (katex.min.css), so a method page can preload them: a face fetched only once layout meets it arrives
 * after the first paint, and every line holding it moves (measured on /zh/methods/tupe/: a shift of 0.025).
 */
const fontUrls = import.meta.glob<string>('/node_modules/katex/dist/fonts/*.woff2', { query: '?url', import: 'default', eager: true });

/** class (as KaTeX writes it) → face file, after katex.min.css; KaTeX_Main-Regular is the default face of all math. */
const FACE_OF_CLASS: [RegExp, string][] = [
  [/\bclass="katex"/, 'Main-Regular'],
  [/\bmathnormal\b/, 'Math-Italic'],
  [/\bboldsymbol\b/, 'Math-BoldItalic'],
  [/\bmathbf\b/, 'Main-Bold'],
  [/\bmathit\b/, 'Main-Italic'],
  [/\b(amsrm|mathbb|textbb)\b/, 'AMS-Regular'],
  [/\bmathcal\b/, 'Caligraphic-Regular'],
  [/\b(mathfrak|textfrak)\b/, 'Fraktur-Regular'],
  [/\b(mathscr|textscr)\b/, 'Script-Regular'],
  [/\b(mathsf|textsf)\b/, 'SansSerif-Regular'],
  [/\b(mathtt|texttt)\b/, 'Typewriter-Regular'],
  [/\b(delimsizing size1|small-op|delim-size1)\b/, 'Size1-Regular'],
  [/\b(delimsizing size2|large-op)\b/, 'Size2-Regular'],
  [/\bdelimsizing size3\b/, 'Size3-Regular'],
  [/\b(delimsizing size4|delim-size4)\b/, 'Size4-Regular'],
];

/** URLs of the KaTeX faces the HTML uses, in a stable order. */
export function katexFontsIn(html: string): string[] {
  return FACE_OF_CLASS.filter(([pattern]) => pattern.test(html)).map(([, face]) => {
    const url = fontUrls[`/node_modules/katex/dist/fonts/KaTeX_${face}.woff2`];
    if (!url) throw new Error(`KaTeX face ${face} is not in katex/dist/fonts`);
    return url;
  });
}
