/** Links from a page to method pages, in the page's language where that method's page exists in it. */
import { localizedHref, type Locale } from '../../i18n/locale';
import { translations } from '../site';

/**
 * The method page for each id: /zh/methods/<id>/ on a Chinese page when the method has a Chinese translation,
 * otherwise the English page (a Chinese page exists only where its translation does).
 */
export async function methodLinks(locale: Locale): Promise<(id: string) => string> {
  const translated = locale === 'zh' ? await translations() : undefined;
  return (id) => localizedHref(translated && !translated.has(id) ? 'en' : locale, `methods/${id}/`);
}
