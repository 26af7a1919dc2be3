/**
 * rehype-katex only reports a formula it cannot render as a warning and renders the source in
 * red. Longitude fails the build instead, naming the page and the formula.
 */
export function rehypeFailOnMathErrors() {
  /** @param {unknown} _tree @param {import('vfile').VFile} file */
  return (_tree, file) => {
    const problems = file.messages.filter((m) => m.source === 'rehype-katex');
    if (problems.length) {
      const where = file.path ?? 'a page';
      throw new Error(`${where}: KaTeX could not render ${problems.length} formula(s): ${problems.map((m) => m.reason + (m.cause ? ` (${m.cause.message})` : '')).join('; ')}`);
    }
  };
}
