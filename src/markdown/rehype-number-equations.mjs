/**
 * Numbers the <Equation> components of an MDX page in document order (1, 2, …) by giving each a
 * `number` attribute, so the number is real text in the HTML (readable without CSS, in print, by
 * screen readers and when copied) rather than a CSS counter.
 */
/**
 * The fields of an MDX hast node that this plugin reads and writes.
 * @typedef {{ type: string, name?: string | null, attributes?: Array<{ type: string, name?: string, value?: unknown }>, children?: Node[] }} Node
 */

export function rehypeNumberEquations() {
  /** @param {Node} tree */
  return (tree) => {
    let n = 0;
    /** @param {Node} node */
    const walk = (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Equation') {
        n += 1;
        node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== 'number'), { type: 'mdxJsxAttribute', name: 'number', value: String(n) }];
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
  };
}
