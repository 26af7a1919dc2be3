import type { Locale } from '../locale';

/**
 * A UI dictionary: English strings and their translations, the same keys in every language (the type
 * enforces it). `{name}` placeholders are filled by the translator function.
 */
export type Dictionary<Keys extends string> = Record<Locale, Record<Keys, string>>;

export function dictionary<const Keys extends string>(en: Record<Keys, string>, zh: NoInfer<Record<Keys, string>>): Dictionary<Keys> {
  return { en, zh };
}

export function translator<Keys extends string>(dict: Dictionary<Keys>, locale: Locale): (key: Keys, vars?: Record<string, string | number>) => string {
  return (key, vars) => {
    const text = dict[locale][key];
    return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
  };
}
