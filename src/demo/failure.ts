/**
 * Failures the demo explains to the reader in the page's language. The code that fails throws a
 * DemoFailure: its message is the English one (what an English page shows, and what logs and tests read),
 * its `failure` the same facts as data, which crosses from the worker to the page (protocol.ts) and which
 * src/demo/text.ts turns into words. Any other error is shown with its own message.
 */
export type Failure =
  | { kind: 'download'; file: string; status: number }
  | { kind: 'data'; url: string; status: number }
  | { kind: 'corrupt'; file: string }
  | { kind: 'out-of-memory'; bytes: number; detail: string }
  | { kind: 'worker' }
  | { kind: 'no-attention' }
  | { kind: 'no-comparison'; method: string; multiple: number }
  | { kind: 'not-finite'; bytes: number; position: number };

export class DemoFailure extends Error {
  readonly failure: Failure;

  constructor(message: string, failure: Failure) {
    super(message);
    this.failure = failure;
  }
}

/** The failure of a run whose bits are not all finite (the model's numbers overflow, e.g. FLOATER's continued ODE), or none. */
export function nonFiniteFailure(bits: ArrayLike<number>, bytes: number): DemoFailure | undefined {
  const position = Array.prototype.findIndex.call(bits, (b: number) => !Number.isFinite(b));
  if (position < 0) return undefined;
  return new DemoFailure(`the model's outputs are not finite from input position ${position} at ${bytes} bytes (its numbers overflow); try a shorter length`, {
    kind: 'not-finite',
    bytes,
    position,
  });
}
