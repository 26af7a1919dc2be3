/**
 * The alias-slug map behind /methods/<alias>/ redirects (src/content/alias-redirects.ts): slugs, the collision
 * rules on a made-up catalogue, and the real catalogue (every name and alias either redirects to its method or is
 * a method's own page).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { aliasRedirects, slugify, type NamedMethodTerms } from '../../../src/content/alias-redirects';

describe('slugify', () => {
  it('lower-cases, drops apostrophes and accents, and joins words with single hyphens', () => {
    expect(slugify('StreamingLLM')).toBe('streamingllm');
    expect(slugify('streaming LLM')).toBe('streaming-llm');
    expect(slugify("Extending LLMs' Context Window with 100 Samples")).toBe('extending-llms-context-window-with-100-samples');
    expect(slugify('  Rozière / Code Llama  ')).toBe('roziere-code-llama');
    expect(slugify('relative_key_query')).toBe('relative-key-query');
    expect(slugify('√(1/t)')).toBe('1-t');
    expect(slugify('—')).toBe('');
  });
});

describe('collision rules', () => {
  const methods: NamedMethodTerms[] = [
    { id: 'alpha', name: 'Alpha', aliases: ['A method', 'beta', 'Shared Name'] },
    { id: 'beta', name: 'Beta', aliases: ['B method', 'shared-name', '!!!'] },
    { id: 'gamma', name: 'Gamma', aliases: ['Alpha'] },
  ];
  const { redirects, skipped } = aliasRedirects(methods);

  it('redirects a slug claimed by one method, and never its own id', () => {
    expect(redirects.get('a-method')).toBe('alpha');
    expect(redirects.get('b-method')).toBe('beta');
    expect(redirects.has('gamma')).toBe(false);
  });

  it('leaves a slug that is a method id to that method, whoever else claims it', () => {
    expect(redirects.has('beta')).toBe(false);
    expect(redirects.has('alpha')).toBe(false);
    expect(skipped).toContainEqual({ slug: 'beta', reason: 'method-id', methods: ['alpha'] });
    expect(skipped).toContainEqual({ slug: 'alpha', reason: 'method-id', methods: ['gamma'] });
  });

  it('gives an ambiguous slug to no one, and skips empty slugs', () => {
    expect(redirects.has('shared-name')).toBe(false);
    expect(skipped).toContainEqual({ slug: 'shared-name', reason: 'ambiguous', methods: ['alpha', 'beta'] });
    expect(redirects.has('')).toBe(false);
  });

  it('is deterministic: the same map whatever the order of methods and terms', () => {
    const shuffled = [...methods].reverse().map((m) => ({ ...m, aliases: [...m.aliases].reverse() }));
    const again = aliasRedirects(shuffled);
    expect([...again.redirects]).toEqual([...redirects]);
    expect(again.skipped).toEqual(skipped);
    expect([...redirects.keys()]).toEqual([...redirects.keys()].sort());
  });
});

describe('the real catalogue', () => {
  const dir = new URL('../../../content/methods/', import.meta.url);
  const methods = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(new URL(f, dir), 'utf8'))![1]!) as NamedMethodTerms);
  const ids = new Set(methods.map((m) => m.id));
  const { redirects, skipped } = aliasRedirects(methods);

  it('sends /methods/streamingllm/ to attention-sinks', () => {
    expect(redirects.get('streamingllm')).toBe('attention-sinks');
  });

  it('never shadows a method page, and every name and alias lands on its own method', () => {
    for (const slug of redirects.keys()) expect(ids.has(slug)).toBe(false);
    for (const m of methods) {
      for (const term of [m.name, ...m.aliases]) {
        const slug = slugify(term);
        if (slug === m.id) continue;
        expect(redirects.get(slug), `"${term}" (${m.id}) → /methods/${slug}/`).toBe(m.id);
      }
    }
  });

  it("skips nothing today: no alias is another method's id or shares its slug with another method's term", () => {
    expect(skipped).toEqual([]);
  });
});
