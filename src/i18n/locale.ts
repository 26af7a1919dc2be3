/**
 * The site's languages: English at the root, Simplified Chinese under /zh/. Pages and client scripts read
 * the locale from the URL (or <html lang>), so components need no locale prop.
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const HTML_LANG = { en: 'en', zh: 'zh-CN' } as const satisfies Record<Locale, string>;
/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAME = { en: 'English', zh: '中文' } as const satisfies Record<Locale, string>;

function basePath(): string {
  return import.meta.env.BASE_URL.replace(/\/$/, '');
}

/** A pathname split into its language and the path below it ('methods/rope/' for /zh/methods/rope/). */
export function splitPath(pathname: string): { locale: Locale; path: string } {
  const base = basePath();
  const rest = (pathname.startsWith(base) ? pathname.slice(base.length) : pathname).replace(/^\//, '');
  if (rest === 'zh' || rest.startsWith('zh/')) return { locale: 'zh', path: rest.replace(/^zh\/?/, '') };
  return { locale: 'en', path: rest };
}

export function localeOf(url: URL): Locale {
  return splitPath(url.pathname).locale;
}

/** The locale of the page a client script runs in. */
export function documentLocale(): Locale {
  return document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
}

/** A page of the site in one language, honouring the base path: localizedHref('zh', 'methods/') = /zh/methods/. */
export function localizedHref(locale: Locale, path: string): string {
  const page = path.replace(/^\//, '');
  return `${basePath()}/${locale === 'en' ? page : `${locale}/${page}`}`;
}

/**
 * The hreflang alternates of the page at `pathname`: the same page in every language, and x-default (English).
 * Search engines accept only absolute URLs there, so without a configured site (LONGITUDE_SITE) there are none.
 * The English 404 is the host's /404.html, served for every unknown address; the Chinese one a page like any other.
 */
export function alternateLinks(pathname: string, site: URL | undefined): { hreflang: string; href: string }[] {
  if (!site) return [];
  const { path } = splitPath(pathname);
  const links = LOCALES.map((l) => ({ hreflang: HTML_LANG[l], href: new URL(pageIn(l, path), site).href }));
  return [...links, { hreflang: 'x-default', href: links[0]!.href }];
}

/** A page's path in `locale`, for `path` as splitPath gives it. */
export function pageIn(locale: Locale, path: string): string {
  return locale === 'en' && path === '404/' ? localizedHref('en', '404.html') : localizedHref(locale, path);
}

/** Links to pages in the language of the page at `url`; data files (JSON, BibTeX, SVG) use href(). */
export function pageLinks(url: URL): (path: string) => string {
  const locale = localeOf(url);
  return (path) => localizedHref(locale, path);
}
