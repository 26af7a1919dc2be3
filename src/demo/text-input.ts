/** The reader's own text -> bytes to score, with a clear message (in the page's language) for what cannot be used. */
import { demoText } from './text';

export type TextCheck = { ok: true; bytes: Uint8Array; note?: string } | { ok: false; message: string };

export function bytesFromText(text: string, maxBytes: number): TextCheck {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length < 2) return { ok: false, message: demoText('text.too-short') };
  let control = 0;
  for (const b of bytes) if (b < 32 && b !== 9 && b !== 10 && b !== 13) control++;
  if (control / bytes.length > 0.05) return { ok: false, message: demoText('text.binary') };
  if (bytes.length > maxBytes) {
    return {
      ok: true,
      bytes: bytes.slice(0, maxBytes),
      note: demoText('text.clamped', { bytes: bytes.length.toLocaleString('en'), max: maxBytes.toLocaleString('en') }),
    };
  }
  return { ok: true, bytes };
}
