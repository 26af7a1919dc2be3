/** The citation components' Chinese forms: short citations and locators (Cite.astro, the taxonomy tree). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBibliography, shortCitation } from '../../../src/content/bibliography';
import { citeStrings, localizeLocator } from '../../../src/i18n/ui/pages';

const bib = parseBibliography(readFileSync('content/references.bib', 'utf8'));
const zh = citeStrings.zh;
const forms = { single: zh.single, pair: zh.pair, etAl: zh['et-al'] };

describe('short citations', () => {
  it('reads as before in English and as "Su 等（2021）" in Chinese', () => {
    const roformer = bib.get('su2024roformer')!;
    expect(shortCitation(roformer)).toMatch(/^Su et al\. \(\d{4}\)$/);
    expect(shortCitation(roformer, forms)).toMatch(/^Su 等（\d{4}）$/);
  });
});

describe('localizeLocator', () => {
  it('leaves English locators alone on English pages', () => {
    expect(localizeLocator('abstract, Table 1', 'en')).toBe('abstract, Table 1');
  });

  it('translates the standard parts of a paper and keeps section signs and numbers', () => {
    expect(localizeLocator('abstract, Table 1', 'zh')).toBe('摘要，表 1');
    expect(localizeLocator('§5, Appendix A.2', 'zh')).toBe('§5，附录 A.2');
    expect(localizeLocator('Fig. 1', 'zh')).toBe('图 1');
    expect(localizeLocator('§3.2.1, Eq. 12–14', 'zh')).toBe('§3.2.1，式 12–14');
    expect(localizeLocator('§3.2 (named, not detailed)', 'zh')).toBe('§3.2，仅提及名称，未详述');
    expect(localizeLocator('§2 footnote, §6.2', 'zh')).toBe('§2 脚注，§6.2');
  });

  it('passes locators already written in Chinese through unchanged', () => {
    expect(localizeLocator('摘要，引理 1', 'zh')).toBe('摘要，引理 1');
    expect(localizeLocator('§计算 (computation)', 'zh')).toBe('§计算 (computation)');
  });
});
