/** The taxonomy page's data, for its English and Chinese templates: the tree, the timeline and the survey. */
import { localizedHref, type Locale } from '../../i18n/locale';
import { allMethods, reference, subcategoryLabel, taxonomy } from '../site';

export async function taxonomyPage(locale: Locale) {
  const tree = (await taxonomy(locale)).map((node) => ({
    ...node,
    count: node.groups.reduce((n, g) => n + g.methods.length, 0),
    groups: node.groups.map((g) => ({ ...g, label: subcategoryLabel(g.subcategory, locale) })),
  }));
  const methods = await allMethods();
  const years = [...new Set(methods.map((m) => m.data.year))].sort();
  return {
    tree,
    /** every category's and group's name, for the search index's "families" field */
    families: tree.flatMap((node) => [node.label, ...node.groups.map((g) => g.label)]).join(', '),
    timeline: years.map((year) => ({ year, methods: methods.filter((m) => m.data.year === year) })),
    methodHref: (id: string) => localizedHref(locale, `methods/${id}/`),
    survey: reference('zhao-etal-2024-length', '/taxonomy/'),
  };
}
