/**
 * The panels of the benchmark's small multiples: each series goes to a family derived from its
 * method's frontmatter (category, subcategory; src/schemas/method.ts) and from whether its model is
 * a fine-tune (its manifest entry has `initFrom`). A family with more series than there are colours
 * is split into numbered panels of even size, so no colour repeats within a panel. RoPE and ALiBi are drawn
 * faintly in every other panel as references.
 */
import type { Category } from '../schemas/method';
import type { Locale } from '../i18n/locale';
import { figureWords, figures } from '../i18n/ui/figures';
import { SERIES_TONES } from './palette';

export interface MethodFacts {
  category: Category;
  subcategory: string;
}

/** Families in the order the panels appear, with their (English) titles; familyTitle gives them in any language. */
export const FAMILIES = {
  absolute: figures.en['family.absolute'],
  bias: figures.en['family.bias'],
  relative: figures.en['family.relative'],
  'scaling-frequency': figures.en['family.scaling-frequency'],
  'scaling-per-dimension': figures.en['family.scaling-per-dimension'],
  'scaling-tuned': figures.en['family.scaling-tuned'],
  windows: figures.en['family.windows'],
  randomized: figures.en['family.randomized'],
} as const;
export type Family = keyof typeof FAMILIES;

/** A family's panel title in `locale`. */
export function familyTitle(family: Family, locale: Locale = 'en'): string {
  return figureWords(locale)(`family.${family}`);
}

/** The series drawn faintly in every panel but their own, by series key. */
export const REFERENCE_KEYS = ['rope', 'alibi'] as const;

export function familyOf({ category, subcategory }: MethodFacts, fineTuned: boolean): Family {
  if (category === 'ape') return 'absolute';
  if (category === 'randomized') return 'randomized';
  if (category === 'related' || subcategory === 'window-remapping') return 'windows';
  if (category === 'interpolation') return fineTuned ? 'scaling-tuned' : subcategory === 'per-dimension' ? 'scaling-per-dimension' : 'scaling-frequency';
  return subcategory === 't5-bias-family' ? 'bias' : 'relative';
}

/** What grouping needs to know of a series. */
export interface SeriesFacts {
  key: string;
  method: string;
  label: string;
  fineTuned: boolean;
}

export interface PanelGroup {
  id: string;
  title: string;
  /** the panel's own series, in the order given, and each one's colour (its index here) and label in the panel */
  members: { key: string; tone: number; label: string }[];
  /** reference series drawn faintly here (those of REFERENCE_KEYS that are not members) */
  references: string[];
}

/**
 * Series (in the order given) into panels by family. `facts` maps method id -> frontmatter facts; a
 * series whose method has no page is grouped by its model alone, as relative. Within a panel a
 * series is labelled by its method's name where that is unique there (the title says the rest).
 * Titles are in `locale`; ids are the same in every language.
 */
export function groupPanels(series: readonly SeriesFacts[], facts: ReadonlyMap<string, MethodFacts & { name: string }>, size = SERIES_TONES.length, locale: Locale = 'en'): PanelGroup[] {
  const t = figureWords(locale);
  const byFamily = new Map<Family, SeriesFacts[]>();
  for (const s of series) {
    const f = facts.get(s.method);
    const family = familyOf(f ?? { category: 'rpe', subcategory: 'neither-family' }, s.fineTuned);
    byFamily.set(family, [...(byFamily.get(family) ?? []), s]);
  }
  const present = new Set(series.map((s) => s.key));
  return (Object.keys(FAMILIES) as Family[]).flatMap((family) => {
    const members = byFamily.get(family) ?? [];
    const chunks = Math.ceil(members.length / size);
    const per = Math.ceil(members.length / chunks);
    return Array.from({ length: chunks }, (_, c) => {
      const part = members.slice(c * per, (c + 1) * per);
      const name = (s: SeriesFacts) => facts.get(s.method)?.name ?? s.label;
      const unique = (s: SeriesFacts) => part.filter((o) => name(o) === name(s)).length === 1;
      return {
        id: chunks > 1 ? `${family}-${c + 1}` : family,
        title: chunks > 1 ? t('family.part', { title: familyTitle(family, locale), part: c + 1, count: chunks }) : familyTitle(family, locale),
        members: part.map((s, tone) => ({ key: s.key, tone, label: unique(s) ? name(s) : s.label })),
        references: REFERENCE_KEYS.filter((k) => present.has(k) && !part.some((s) => s.key === k)),
      };
    });
  });
}
