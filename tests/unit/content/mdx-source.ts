/** Reading a method page's source without an Astro build: frontmatter and body, component attributes, compilation. */
import { compile } from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { rehypeFailOnMathErrors } from '../../../src/markdown/rehype-fail-on-math-errors.mjs';

export function split(source: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1]!, body: match[2]! } : undefined;
}

/** Attribute values of a component, e.g. attrs(body, 'Cite', 'key'). */
export function attrs(body: string, component: string, attr: string): string[] {
  const tag = new RegExp(`<${component}\\b[^>]*?\\b${attr}=["']([^"']*)["']`, 'g');
  return [...body.matchAll(tag)].map((m) => m[1]!);
}

/**
 * What is wrong with a page as MDX, compiled with the build's remark-math + rehype-katex pipeline and strictness;
 * undefined when it compiles. The frontmatter becomes blank lines, so reported line numbers stay the file's.
 */
export async function mdxProblem(file: string, source: string): Promise<string | undefined> {
  const parts = split(source);
  const value = parts ? '\n'.repeat(parts.frontmatter.split('\n').length + 2) + parts.body : source;
  try {
    await compile({ path: file, value }, { remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { strict: 'error' }], rehypeFailOnMathErrors] });
    return undefined;
  } catch (err) {
    return `${file}: ${(err as Error).message.split('\n')[0]}`;
  }
}
