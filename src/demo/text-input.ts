/** The reader's own text -> bytes to score, with a clear message for what cannot be used. */

export type TextCheck = { ok: true; bytes: Uint8Array; note?: string } | { ok: false; message: string };

export function bytesFromText(text: string, maxBytes: number): TextCheck {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length < 2) return { ok: false, message: 'Paste at least two bytes of text to score.' };
  let control = 0;
  for (const b of bytes) if (b < 32 && b !== 9 && b !== 10 && b !== 13) control++;
  if (control / bytes.length > 0.05) return { ok: false, message: 'This looks like binary data, not text: the models read UTF-8 prose.' };
  if (bytes.length > maxBytes) {
    return {
      ok: true,
      bytes: bytes.slice(0, maxBytes),
      note: `Your text is ${bytes.length.toLocaleString('en')} bytes; the demo scores the first ${maxBytes.toLocaleString('en')}.`,
    };
  }
  return { ok: true, bytes };
}
