/**
 * The demo's words in the page's language (<html lang>): the translator over src/i18n/ui/demo.ts's client
 * dictionary, and an error as the reader reads it. Main thread only; the worker sends failures as data.
 */
import { documentLocale } from '../i18n/locale';
import { translator } from '../i18n/ui/dictionary';
import { demoClient, type DemoClientKey } from '../i18n/ui/demo';
import { DemoFailure } from './failure';

let t: ((key: DemoClientKey, vars?: Record<string, string | number>) => string) | undefined;

export function demoText(key: DemoClientKey, vars?: Record<string, string | number>): string {
  t ??= translator(demoClient, documentLocale());
  return t(key, vars);
}

/** What went wrong, for the reader: a named failure in the page's language, any other error by its message. */
export function failureText(error: unknown): string {
  if (!(error instanceof DemoFailure)) return error instanceof Error ? error.message : String(error);
  const { kind, ...vars } = error.failure;
  return demoText(`failure.${kind}`, vars);
}
