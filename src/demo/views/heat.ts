/** The scored text (.heat), each byte a <span> shaded by its loss (full red at 8 bits) with the bits as its title. */
export function shadeText(target: HTMLElement, bytes: Uint8Array, bits: Float64Array): void {
  const decoder = new TextDecoder();
  // bits[i] is the loss of predicting byte i + 1, so the first byte, never predicted, is not shown.
  const spans = Array.from(bytes.subarray(1), (byte, i) => {
    const span = document.createElement('span');
    span.textContent = decoder.decode(Uint8Array.of(byte), { stream: true });
    span.style.backgroundColor = `rgba(220, 38, 38, ${Math.min(1, bits[i]! / 8).toFixed(2)})`;
    span.title = `${bits[i]!.toFixed(2)} bits`;
    return span;
  });
  target.replaceChildren(...spans);
}
