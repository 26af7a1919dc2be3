/**
 * Keeps KaTeX markup out of the Pagefind index: every rendered formula (class "katex", inline or
 * display) gets data-pagefind-ignore, so its glyph soup and LaTeX annotation are not indexed or
 * shown in result excerpts. Runs after rehype-katex.
 */
export function rehypePagefindIgnoreMath() {
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
  return (tree) => walk(tree);
}
