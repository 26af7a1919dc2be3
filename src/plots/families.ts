/**
 * The panels of the benchmark's small multiples: each series goes to a family derived from its
 * method's frontmatter (category, subcategory; src/schemas/method.ts) and from whether its model is
 * a fine-tune (its manifest entry has `initFrom`). A family with more series than there are colours
 * is split into numbered panels of even size, so no colour repeats within a panel. RoPE and ALiBi are drawn
 * faintly in every other panel as references.
 */
import type { Category } from '../schemas/method';
import { SERIES_TONES } from './palette';

export interface MethodFacts {
  category: Category;
  subcategory: string;
}

/** Families in the order the panels appear, with their titles. */
export const FAMILIES = {
  absolute: 'Absolute positions',
  bias: 'Attention biases (T5-bias family)',
  relative: 'RoPE, NoPE and other relative',
  'scaling-frequency': 'RoPE scalings, training-free: linear, NTK, base',
  'scaling-per-dimension': 'RoPE scalings, training-free: per dimension',
  'scaling-tuned': 'RoPE scalings, fine-tuned',
  windows: 'Windows and chunks (on RoPE)',
  randomized: 'Randomized positions',
} as const;
export type Family = keyof typeof FAMILIES;

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
 */
export function groupPanels(series: readonly SeriesFacts[], facts: ReadonlyMap<string, MethodFacts & { name: string }>, size = SERIES_TONES.length): PanelGroup[] {
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
        title: chunks > 1 ? `${FAMILIES[family]} (${c + 1} of ${chunks})` : FAMILIES[family],
        members: part.map((s, tone) => ({ key: s.key, tone, label: unique(s) ? name(s) : s.label })),
        references: REFERENCE_KEYS.filter((k) => present.has(k) && !part.some((s) => s.key === k)),
      };
    });
  });
}
