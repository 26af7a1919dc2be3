import { demoText } from '../text';

/** The scored text (.heat), each byte a <span> shaded by its loss (full red at 8 bits) with the bits as its title. */
export function shadeText(target: HTMLElement, bytes: Uint8Array, bits: Float64Array): void {
  const decoder = new TextDecoder();
  // bits[i] is the loss of predicting byte i + 1, so the first byte, never predicted, is not shown.
  const spans = Array.from(bytes.subarray(1), (byte, i) => {
    const span = document.createElement('span');
    span.textContent = decoder.decode(Uint8Array.of(byte), { stream: true });
    span.style.backgroundColor = `rgba(220, 38, 38, ${Math.min(1, bits[i]! / 8).toFixed(2)})`;
    span.title = demoText('heat.bits', { bits: bits[i]!.toFixed(2) });
    return span;
  });
  target.replaceChildren(...spans);
}

/**
 * One query's attention row (.attention-row): each key byte shaded by its probability relative to the row's
 * largest (square-root scale, as the map), its probability and distance as its title; keys farther from the
 * query than the training length are marked (class beyond-training).
 */
export function shadeRow(target: HTMLElement, bytes: Uint8Array, row: Float32Array, trainLength: number): void {
  const decoder = new TextDecoder();
  const query = row.length - 1;
  const largest = Math.max(...row);
  const spans = Array.from(bytes.subarray(0, row.length), (byte, j) => {
    const span = document.createElement('span');
    span.textContent = decoder.decode(Uint8Array.of(byte), { stream: true });
    span.style.backgroundColor = `rgba(37, 99, 235, ${Math.sqrt(row[j]! / largest).toFixed(2)})`;
    span.title = demoText('heat.row', { p: row[j]!.toPrecision(3), distance: query - j });
    if (query - j >= trainLength) span.className = 'beyond-training';
    return span;
  });
  target.replaceChildren(...spans);
}
