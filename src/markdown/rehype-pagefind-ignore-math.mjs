/**
 * Keeps KaTeX markup out of the Pagefind index: every rendered formula (class "katex", inline or
 * display) gets data-pagefind-ignore, so its glyph soup and LaTeX annotation are not indexed or
 * shown in result excerpts. Runs after rehype-katex.
 */
/**
 * The fields of a hast node that this plugin reads and writes.
 * @typedef {{ type: string, properties?: Record<string, unknown>, children?: Node[] }} Node
 */

export function rehypePagefindIgnoreMath() {
  /** @param {Node} node */
  const walk = (node) => {
    if (node.type === 'element') {
      const classes = node.properties?.className;
      if (Array.isArray(classes) && classes.includes('katex')) {
        node.properties['dataPagefindIgnore'] = '';
        return;
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  return (/** @type {Node} */ tree) => walk(tree);
}
