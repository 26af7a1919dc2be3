/**
 * Every HTML page exists in both languages: each .astro route under src/pages/ has its Chinese counterpart at the
 * same path under src/pages/zh/, and the reverse. Data endpoints (.ts: JSON, CSV, BibTeX, SVG) are language-neutral.
 * The method pages' content is checked file by file in translations.test.ts.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = 'src/pages';

function routes(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routes(path);
    return name.endsWith('.astro') ? [relative(root, path)] : [];
  });
}

describe('pages in both languages', () => {
  const all = routes(root);
  const chinese = new Set(all.filter((p) => p.startsWith('zh/')).map((p) => p.slice(3)));
  const english = new Set(all.filter((p) => !p.startsWith('zh/')));

  it('there are pages', () => {
    expect(english.size).toBeGreaterThan(5);
  });

  it('every English page has a Chinese page at src/pages/zh/<same path>, and the reverse', () => {
    const problems = [
      ...[...english].filter((p) => !chinese.has(p)).map((p) => `src/pages/zh/${p} is missing`),
      ...[...chinese].filter((p) => !english.has(p)).map((p) => `src/pages/zh/${p} has no English page`),
    ];
    expect(problems).toEqual([]);
  });
});
