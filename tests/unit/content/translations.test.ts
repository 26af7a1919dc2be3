/**
 * The Chinese method pages (content/zh/methods/) against the English ones, without an Astro build:
 * one translation per English page and no other, prose-only frontmatter, the same equations (ids, order,
 * formulas), citations, method links and measured facts, the translated section titles in order, Chinese
 * prose in every section, names that search can tell apart, and MDX that compiles with every formula rendered.
 * A translation older than its English page is not a failure: the page shows a notice (MethodLayout).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { METHOD_SECTIONS_ZH, MethodSchema, MethodTranslationSchema, type MethodTranslation } from '../../../src/schemas/method';
import { attrs, mdxProblem, split } from './mdx-source';

function read(dir: string): Map<string, string> {
  const url = new URL(`../../../${dir}/`, import.meta.url);
  return new Map(
    readdirSync(url)
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => [name.replace(/\.mdx$/, ''), readFileSync(new URL(name, url), 'utf8')]),
  );
}

const english = read('content/methods');
const chinese = read('content/zh/methods');
const englishData = new Map([...english].map(([id, source]) => [id, MethodSchema.parse(parseYaml(split(source)!.frontmatter))]));
const CJK = /[\u4e00-\u9fff]/;

function frontmatter(id: string): { data?: MethodTranslation; problems: string[] } {
  const parts = split(chinese.get(id)!);
  if (!parts) return { problems: [`content/zh/methods/${id}.mdx: no YAML frontmatter`] };
  const result = MethodTranslationSchema.safeParse(parseYaml(parts.frontmatter));
  if (!result.success) return { problems: result.error.issues.map((i) => `content/zh/methods/${id}.mdx: ${i.path.join('.') || '(frontmatter)'}: ${i.message}`) };
  return { data: result.data, problems: [] };
}

/** The display formulas of a page, in order, with their ids. */
function equations(body: string): string[] {
  return [...body.matchAll(/<Equation\b[^>]*\bid=["']([^"']*)["'][^>]*>([\s\S]*?)<\/Equation>/g)].map((m) => `${m[1]}: ${m[2]!.replace(/\s+/g, ' ').trim()}`);
}

/** Every <Fact …/> with its attributes, in order: the measured numbers a translation must keep. */
function facts(body: string): string[] {
  return [...body.matchAll(/<Fact\b([^>]*?)\/>/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim()).sort();
}

const both = [...english.keys()].filter((id) => chinese.has(id));

describe('Chinese method pages', () => {
  it('every English method page has its Chinese counterpart, and the reverse', () => {
    const missing = [...english.keys()].filter((id) => !chinese.has(id)).map((id) => `content/zh/methods/${id}.mdx is missing`);
    const extra = [...chinese.keys()].filter((id) => !english.has(id)).map((id) => `content/zh/methods/${id}.mdx has no English page`);
    expect([...missing, ...extra]).toEqual([]);
  });

  it('frontmatter is prose only, its id the file name, whyNoLiveModel exactly where the English page has it', () => {
    const problems = both.flatMap((id) => {
      const { data, problems } = frontmatter(id);
      if (!data) return problems;
      const file = `content/zh/methods/${id}.mdx`;
      if (data.id !== id) problems.push(`${file}: id is "${data.id}"`);
      if (!!data.whyNoLiveModel !== !!englishData.get(id)!.whyNoLiveModel) problems.push(`${file}: whyNoLiveModel must be present exactly when content/methods/${id}.mdx has it`);
      for (const field of ['summary', 'whyNoLiveModel'] as const) if (data[field] && !CJK.test(data[field])) problems.push(`${file}: ${field} is not in Chinese`);
      return problems;
    });
    expect(problems).toEqual([]);
  });

  it('Chinese names and aliases are unique and never another method’s name', () => {
    const owner = new Map<string, string>();
    for (const [id, m] of englishData) for (const term of [m.name, ...m.aliases]) owner.set(term.toLowerCase(), id);
    const problems: string[] = [];
    for (const id of both) {
      const data = frontmatter(id).data;
      for (const term of [...(data?.fullName && CJK.test(data.fullName) ? [data.fullName] : []), ...(data?.aliases ?? [])]) {
        const key = term.toLowerCase();
        const other = owner.get(key);
        if (other !== undefined && other !== id) problems.push(`content/zh/methods/${id}.mdx: "${term}" is already ${other}'s`);
        owner.set(key, id);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the same equations (ids, order, formulas), citations, method links and facts as the English page', () => {
    const problems: string[] = [];
    for (const id of both) {
      const en = split(english.get(id)!)!.body;
      const zh = split(chinese.get(id)!)?.body ?? '';
      const file = `content/zh/methods/${id}.mdx`;
      const same = (what: string, a: string[], b: string[]) => {
        if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${file}: ${what} differ from the English page: ${JSON.stringify(b)} vs ${JSON.stringify(a)}`);
      };
      same('equations', equations(en), equations(zh));
      same('cited keys', [...new Set(attrs(en, 'Cite', 'key'))].sort(), [...new Set(attrs(zh, 'Cite', 'key'))].sort());
      same('linked methods', [...new Set(attrs(en, 'MethodLink', 'id'))].sort(), [...new Set(attrs(zh, 'MethodLink', 'id'))].sort());
      same('facts', facts(en), facts(zh));
      same(
        'other components',
        [...en.matchAll(/<(CriticalDimensionTable)\b/g)].map((m) => m[1]!),
        [...zh.matchAll(/<(CriticalDimensionTable)\b/g)].map((m) => m[1]!),
      );
    }
    expect(problems).toEqual([]);
  });

  it('the sections are the English page’s, titled as METHOD_SECTIONS_ZH, each with Chinese prose', () => {
    const problems: string[] = [];
    for (const id of both) {
      const headings = (source: string) => [...source.matchAll(/^## (.+?)\s*$/gm)].map((m) => m[1]!);
      const expected = headings(english.get(id)!).map((h) => METHOD_SECTIONS_ZH[h as keyof typeof METHOD_SECTIONS_ZH] ?? h);
      const zh = chinese.get(id)!;
      const file = `content/zh/methods/${id}.mdx`;
      if (JSON.stringify(headings(zh)) !== JSON.stringify(expected)) problems.push(`${file}: sections are ${JSON.stringify(headings(zh))}, expected ${JSON.stringify(expected)}`);
      for (const section of (split(zh)?.body ?? '').split(/^## .*$/m).slice(1)) {
        const prose = section.replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$|<[^>]*>/g, '');
        if (!CJK.test(prose)) problems.push(`${file}: a section has no Chinese prose: ${JSON.stringify(section.trim().slice(0, 80))}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every Chinese page compiles as MDX and every formula renders with KaTeX', async () => {
    const problems: string[] = [];
    for (const id of both) {
      const problem = await mdxProblem(`content/zh/methods/${id}.mdx`, chinese.get(id)!);
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
