/** Locale paths: which language a URL is in, the same page in the other language, and the hreflang alternates. */
import { describe, expect, it } from 'vitest';
import { alternateLinks, localizedHref, pageIn, splitPath } from '../../../src/i18n/locale';

describe('locale paths (base /)', () => {
  it('splits a path into its language and the page below it', () => {
    expect(splitPath('/methods/rope/')).toEqual({ locale: 'en', path: 'methods/rope/' });
    expect(splitPath('/zh/methods/rope/')).toEqual({ locale: 'zh', path: 'methods/rope/' });
    expect(splitPath('/zh/')).toEqual({ locale: 'zh', path: '' });
    expect(splitPath('/zh')).toEqual({ locale: 'zh', path: '' });
    // A page whose name starts with "zh" is English.
    expect(splitPath('/zhao/')).toEqual({ locale: 'en', path: 'zhao/' });
  });

  it('links a page in either language', () => {
    expect(localizedHref('en', 'benchmark/')).toBe('/benchmark/');
    expect(localizedHref('zh', 'benchmark/')).toBe('/zh/benchmark/');
    expect(localizedHref('zh', '')).toBe('/zh/');
  });

  it('sends the 404 pages to each other: /404.html (what hosts serve) and /zh/404/', () => {
    expect(pageIn('en', '404/')).toBe('/404.html');
    expect(pageIn('zh', '404/')).toBe('/zh/404/');
  });

  it('gives absolute hreflang alternates for every language and x-default, and none without a site', () => {
    const site = new URL('https://example.org/');
    expect(alternateLinks('/zh/methods/rope/', site)).toEqual([
      { hreflang: 'en', href: 'https://example.org/methods/rope/' },
      { hreflang: 'zh-CN', href: 'https://example.org/zh/methods/rope/' },
      { hreflang: 'x-default', href: 'https://example.org/methods/rope/' },
    ]);
    expect(alternateLinks('/404/', site).map((a) => a.href)).toEqual(['https://example.org/404.html', 'https://example.org/zh/404/', 'https://example.org/404.html']);
    expect(alternateLinks('/methods/rope/', undefined)).toEqual([]);
  });
});
