/**
 * The committed method pages, checked without an Astro build (seconds, so content authors can run
 * `npx vitest run tests/unit/content` after every page): frontmatter against the schema, the
 * catalogue cross-checks against the real references.bib, the body's component references, the
 * section order (METHOD_SECTIONS in src/schemas/method.ts), and that every page compiles as MDX with every formula rendered by
 * the same remark-math + rehype-katex pipeline (and the same strictness) as the build.
 * Every failure names the file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseBibliography } from '../../../src/content/bibliography';
import { catalogueProblems, type MethodFile } from '../../../src/content/catalogue';
import { isMethodId } from '../../../src/pe/registry';
import { METHOD_SECTIONS, MethodSchema, OPTIONAL_SECTIONS } from '../../../src/schemas/method';
import { attrs, mdxProblem, split } from './mdx-source';

const dir = new URL('../../../content/methods/', import.meta.url);
const pages = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => ({ file: `content/methods/${name}`, source: readFileSync(new URL(name, dir), 'utf8') }));
const refs = parseBibliography(readFileSync(new URL('../../../content/references.bib', import.meta.url), 'utf8'));

const parsed: MethodFile[] = [];
const frontmatterProblems: string[] = [];
for (const { file, source } of pages) {
  const parts = split(source);
  if (!parts) {
    frontmatterProblems.push(`${file}: no YAML frontmatter between --- lines`);
    continue;
  }
  let data: unknown;
  try {
    data = parseYaml(parts.frontmatter);
  } catch (err) {
    frontmatterProblems.push(`${file}: frontmatter is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    continue;
  }
  const result = MethodSchema.safeParse(data);
  if (result.success) parsed.push({ file, data: result.data });
  else for (const issue of result.error.issues) frontmatterProblems.push(`${file}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}

describe('committed method pages', () => {
  it('there are method pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('every frontmatter is valid YAML and passes the schema', () => {
    expect(frontmatterProblems).toEqual([]);
  });

  it('the catalogue cross-checks pass (ids, papers in references.bib, related ids, unique aliases)', () => {
    expect(catalogueProblems(parsed, refs)).toEqual([]);
  });

  it('bodies cite known keys, link known methods, and number equations with unique kebab-case ids', () => {
    const ids = new Set(parsed.map((m) => m.data.id));
    const problems: string[] = [];
    for (const { file, source } of pages) {
      const body = split(source)?.body ?? source;
      for (const key of attrs(body, 'Cite', 'key')) if (!refs.has(key)) problems.push(`${file}: <Cite key="${key}"> is not in references.bib`);
      for (const id of attrs(body, 'MethodLink', 'id')) if (!ids.has(id)) problems.push(`${file}: <MethodLink id="${id}"> is not a method id`);
      const seen = new Set<string>();
      for (const id of attrs(body, 'Equation', 'id')) {
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push(`${file}: <Equation id="${id}"> is not kebab-case`);
        if (seen.has(id)) problems.push(`${file}: <Equation id="${id}"> appears twice`);
        seen.add(id);
      }
      for (const [, inner] of body.matchAll(/<Equation\b[^>]*>([\s\S]*?)<\/Equation>/g)) {
        if ((inner!.match(/\$\$/g) ?? []).length !== 2) problems.push(`${file}: an <Equation> must wrap exactly one $$ … $$ block`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every page runs a live model (its method in src/pe/registry.ts) or says in whyNoLiveModel why none, not both', () => {
    const problems = parsed.flatMap(({ file, data }) => {
      const live = isMethodId(data.id);
      if (live && data.whyNoLiveModel) return [`${file}: has a live model, so whyNoLiveModel must go`];
      if (!live && !data.whyNoLiveModel) return [`${file}: no live model (not in src/pe/registry.ts) and no whyNoLiveModel`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('bodies have the sections of METHOD_SECTIONS, in order, each required one present', () => {
    const problems: string[] = [];
    for (const { file, source } of pages) {
      const headings = [...source.matchAll(/^## (.+?)\s*$/gm)].map((m) => m[1]!);
      const expected = METHOD_SECTIONS.filter((h) => !OPTIONAL_SECTIONS.includes(h) || headings.includes(h));
      if (JSON.stringify(headings) !== JSON.stringify(expected)) problems.push(`${file}: sections are ${JSON.stringify(headings)}, expected ${JSON.stringify(expected)}`);
    }
    expect(problems).toEqual([]);
  });

  it('every page compiles as MDX and every formula renders with KaTeX', async () => {
    const problems: string[] = [];
    for (const { file, source } of pages) {
      const problem = await mdxProblem(file, source);
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
