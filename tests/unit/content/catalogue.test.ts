/** The content model: frontmatter schema, bibliography parsing, and the cross-file checks that fail the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseBibliography } from '../../../src/content/bibliography';
import { catalogueProblems, type MethodFile } from '../../../src/content/catalogue';
import { MethodSchema, type Method } from '../../../src/schemas/method';

const good: Method = MethodSchema.parse({
  id: 'alibi',
  name: 'ALiBi',
  aliases: ['attention with linear biases'],
  category: 'rpe',
  subcategory: 't5-bias-family',
  year: 2021,
  paper: 'press2022train',
  trainable: false,
  needsFineTuning: false,
  related: [],
  summary: 'Biases attention logits by distance.',
  surveySection: '§3.2.2',
});
const bib = parseBibliography(`@inproceedings{press2022train, title={Train Short, Test Long}, author={Press, Ofir and Smith, Noah A. and Lewis, Mike}, year={2022}, eprint={2108.12409}}
@misc{bad2023, title={Bad id}, author={Someone}, year={2023}, eprint={23.1}}`);

describe('method frontmatter schema', () => {
  it('accepts a complete entry and fills the defaults of omitted lists', () => {
    expect(good.aliases).toEqual(['attention with linear biases']);
    const { aliases: _aliases, related: _related, ...minimal } = good;
    const parsed = MethodSchema.parse(minimal);
    expect(parsed.aliases).toEqual([]);
    expect(parsed.related).toEqual([]);
  });

  it.each([
    ['an unknown category', { category: 'absolute' }, 'category'],
    ['a subcategory of another category', { subcategory: 'rope-family', category: 'ape' }, 'subcategory'],
    ['a non-kebab id', { id: 'ALiBi' }, 'id'],
    ['a missing paper', { paper: undefined }, 'paper'],
    ['an unknown field', { venue: 'ICLR' }, ''],
  ])('rejects %s, naming the field', (_name, change, field) => {
    const result = MethodSchema.safeParse({ ...good, ...change });
    expect(result.success).toBe(false);
    if (!result.success && field) expect(result.error.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});

describe('bibliography', () => {
  it('parses authors, year and arXiv id with a real BibTeX parser, keeping the raw entry', () => {
    const ref = bib.get('press2022train')!;
    expect(ref.authors).toEqual(['Ofir Press', 'Noah A. Smith', 'Mike Lewis']);
    expect(ref.title).toBe('Train Short, Test Long');
    expect(ref.eprint).toBe('2108.12409');
    expect(ref.bibtex.startsWith('@inproceedings{press2022train')).toBe(true);
  });

  it('rejects duplicate keys and entries without authors', () => {
    expect(() => parseBibliography('@misc{a, title={x}, author={Y}, year={2020}}\n@misc{a, title={z}, author={W}, year={2021}}')).toThrow(/duplicate key "a"/);
    expect(() => parseBibliography('@misc{a, title={x}, year={2020}}')).toThrow(/needs title, author and year/);
  });

  it('the committed references.bib parses, every entry has title, authors and year', () => {
    const refs = parseBibliography(readFileSync(new URL('../../../content/references.bib', import.meta.url), 'utf8'));
    expect(refs.has('zhao-etal-2024-length')).toBe(true);
    for (const ref of refs.values()) expect(ref.authors.length, ref.key).toBeGreaterThan(0);
  });
});

describe('catalogue cross-checks', () => {
  const file = (data: Partial<Method>): MethodFile => ({ file: `content/methods/${data.id ?? 'alibi'}.mdx`, data: { ...good, ...data } });

  it('passes a consistent catalogue', () => {
    expect(catalogueProblems([file({})], bib)).toEqual([]);
  });

  it('names the file and field of each problem', () => {
    const problems = catalogueProblems(
      [
        file({ paper: 'nope2020' }),
        file({ id: 'rope', name: 'RoPE', aliases: ['ALiBi'], related: ['yarn'], paper: 'bad2023' }),
        { file: 'content/methods/x.mdx', data: { ...good, id: 'y', name: 'Y', aliases: [] } },
      ],
      bib,
    );
    expect(problems).toContain('content/methods/alibi.mdx: paper "nope2020" is not a key in content/references.bib');
    expect(problems).toContain('content/methods/rope.mdx: related "yarn" is not a method id');
    expect(problems).toContain('content/methods/rope.mdx: alias "ALiBi" is already used by "alibi"');
    expect(problems).toContain('content/methods/rope.mdx: paper "bad2023" has a malformed arXiv id "23.1"');
    expect(problems).toContain('content/methods/x.mdx: id "y" must equal the file name "x"');
  });
});

describe('exact-match search list', () => {
  it('matches a name or alias ignoring case and surrounding space, nothing for partial words', async () => {
    const { exactMatches } = await import('../../../src/content/exact-match');
    const methods = [
      { url: '/methods/rope/', name: 'RoPE', terms: ['RoPE', 'rotary'] },
      { url: '/methods/resonance-rope/', name: 'Resonance RoPE', terms: ['Resonance RoPE'] },
    ];
    expect(exactMatches(methods, '  rope ').map((m) => m.url)).toEqual(['/methods/rope/']);
    expect(exactMatches(methods, 'Rotary').map((m) => m.url)).toEqual(['/methods/rope/']);
    expect(exactMatches(methods, 'ro')).toEqual([]);
    expect(exactMatches(methods, '')).toEqual([]);
  });

  // The header search lists these matches first (tests/e2e/search*.spec.ts type a few terms into the built site's box).
  it.each(['en', 'zh'] as const)('on a page in %s, every name and alias of every method matches that method alone', async (locale) => {
    const { exactMatches, searchNames } = await import('../../../src/content/exact-match');
    const frontmatter = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(`${dir}/${f}`, 'utf8'))![1]!) as { id: string; name: string; aliases?: string[]; fullName?: string });
    const zh = new Map(frontmatter('content/zh/methods').map((t) => [t.id, { fullName: t.fullName, aliases: t.aliases ?? [] }]));
    const methods = frontmatter('content/methods').map((m) => ({ id: m.id, name: m.name, aliases: m.aliases ?? [], zh: zh.get(m.id) }));
    const names = searchNames(methods, locale, (id) => `/${locale === 'zh' ? 'zh/' : ''}methods/${id}/`);
    let terms = 0;
    for (const m of methods) {
      const own = [m.name, ...m.aliases, ...(locale === 'zh' && m.zh ? [...(m.zh.fullName ? [m.zh.fullName] : []), ...m.zh.aliases] : [])];
      for (const term of own) {
        terms++;
        expect(
          exactMatches(names, ` ${term.toUpperCase()} `).map((n) => n.url),
          `"${term}"`,
        ).toEqual([`/${locale === 'zh' ? 'zh/' : ''}methods/${m.id}/`]);
      }
    }
    expect(methods.length).toBeGreaterThan(40);
    expect(terms).toBeGreaterThan(locale === 'zh' ? 2 * methods.length : methods.length);
    if (locale === 'zh') expect(exactMatches(names, '旋转位置编码').map((n) => n.url)).toEqual(['/zh/methods/rope/']);
  });
});
