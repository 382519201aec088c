/**
 * Scratch buffers shared by every call (the tokeniser, the PII word reader) double when full: this is the one
 * copy step they share.
 */

/**
 * A new array of the same kind with room for `capacity` elements, starting with `array`'s content.
 *
 * @example grown(new Int32Array([1, 2]), 4) // Int32Array [1, 2, 0, 0]
 */
export function grown<T extends Int32Array | Uint16Array | Uint8Array>(array: T, capacity: number): T {
  const next = (
    array instanceof Uint8Array
      ? new Uint8Array(capacity)
      : array instanceof Uint16Array
        ? new Uint16Array(capacity)
        : new Int32Array(capacity)
  ) as T;
  next.set(array);
  return next;
}
