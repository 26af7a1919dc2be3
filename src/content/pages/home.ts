/** The home page's data, for its English and Chinese templates: the taxonomy at a glance and the headline table. */
import { DIGIT_CHANCE } from '../../demo/probe';
import { localizedHref, type Locale } from '../../i18n/locale';
import { benchmark, modelEntry } from '../results';
import { allMethods, subcategoryLabel, taxonomy } from '../site';

/** The headline table's lengths: the training length, a modest and a far extrapolation. */
export const BPB_MULTIPLES = [1, 4, 32] as const;
export const PROBE_MULTIPLES = [1, 4] as const;

export async function homePage(locale: Locale) {
  const tree = (await taxonomy(locale)).map((node) => ({ ...node, groups: node.groups.map((g) => ({ ...g, label: subcategoryLabel(g.subcategory, locale) })) }));
  const methods = await allMethods();
  const names = new Map(methods.map((m) => [m.data.id, m.data.name]));
  /** Every benchmark model has the same backbone (the manifest schema's modelConfig). */
  const layers = modelEntry(benchmark.records[0]!.model).modelConfig.layers;
  const headline = [...new Set(benchmark.records.map((r) => `${r.method}|${r.model}`))].map((key) => {
    const [method, model] = key.split('|') as [string, string];
    const at = (k: number) => benchmark.records.find((r) => r.method === method && r.model === model && r.multiple === k);
    return { method, model, at };
  });
  const trainLength = benchmark.settings.trainLength;
  return {
    tree,
    methodCount: methods.length,
    names,
    methodHref: (id: string) => localizedHref(locale, `methods/${id}/`),
    layers,
    headline,
    trainLength,
    /** the lengths read past the training length, in bytes */
    farLengths: BPB_MULTIPLES.slice(1).map((k) => trainLength * k),
    chance: DIGIT_CHANCE.toFixed(2),
  };
}
