/** Everything pages read about the catalogue, loaded and cross-checked once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import bibSource from '../../content/references.bib?raw';
import { CATEGORIES, SUBCATEGORIES, type Category } from '../schemas/method';
import { parseBibliography, type Reference } from './bibliography';
import { assertCatalogue } from './catalogue';
import type { Locale } from '../i18n/locale';
import { CATEGORY_LABEL, SUBCATEGORY_LABEL } from '../i18n/ui/site';

export type MethodEntry = CollectionEntry<'methods'>;
export type TranslationEntry = CollectionEntry<'methodsZh'>;

export const references: ReadonlyMap<string, Reference> = parseBibliography(bibSource);

let cached: MethodEntry[] | undefined;

export async function allMethods(): Promise<MethodEntry[]> {
  if (cached) return cached;
  const entries = await getCollection('methods');
  assertCatalogue(
    entries.map((e) => ({ file: `content/methods/${e.id}.mdx`, data: e.data })),
    references,
  );
  cached = entries.sort((a, b) => a.data.year - b.data.year || a.data.name.localeCompare(b.data.name));
  return cached;
}

let translationsCached: Map<string, TranslationEntry> | undefined;

/** The Chinese method pages by method id (content/zh/methods/). */
export async function translations(): Promise<Map<string, TranslationEntry>> {
  translationsCached ??= new Map((await getCollection('methodsZh')).map((e) => [e.data.id, e]));
  return translationsCached;
}

export function reference(key: string, where: string): Reference {
  const ref = references.get(key);
  if (!ref) throw new Error(`${where}: "${key}" is not a key in content/references.bib`);
  return ref;
}

export interface TaxonomyNode {
  category: Category;
  label: string;
  groups: { subcategory: string; methods: MethodEntry[] }[];
}

export async function taxonomy(locale: Locale = 'en'): Promise<TaxonomyNode[]> {
  const methods = await allMethods();
  return (Object.keys(CATEGORIES) as Category[]).map((category) => ({
    category,
    label: categoryLabel(category, locale),
    groups: SUBCATEGORIES[category]
      .map((subcategory) => ({ subcategory, methods: methods.filter((m) => m.data.category === category && m.data.subcategory === subcategory) }))
      .filter((g) => g.methods.length > 0),
  }));
}

export function subcategoryLabel(sub: string, locale: Locale = 'en'): string {
  return SUBCATEGORY_LABEL[locale][sub as keyof (typeof SUBCATEGORY_LABEL)['en']] ?? sub;
}

export function categoryLabel(category: Category, locale: Locale = 'en'): string {
  return CATEGORY_LABEL[locale][category];
}

/** A link inside the site, honouring the configured base path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}
