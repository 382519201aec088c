/**
 * The conversation order of every turn seen, when the page shows only some of them at a time
 * (virtualised lists unmount old turns and mount them again when the user scrolls back).
 */

/**
 * Inserts the keys the page shows for the first time next to their mounted neighbours, in place.
 * With no known neighbour at all, they are new messages: appended.
 * @example const order = ['a', 'b']; mergeOrder(order, ['z', 'a'], (k) => order.includes(k)); // ['z', 'a', 'b']
 */
export function mergeOrder(order: string[], mounted: readonly string[], known: (key: string) => boolean): void {
  const anyKnown = mounted.some(known);
  let anchor = anyKnown ? -1 : order.length - 1;
  for (const key of mounted) {
    const at = order.indexOf(key);
    if (at >= 0) {
      anchor = at;
      continue;
    }
    order.splice(anchor + 1, 0, key);
    anchor += 1;
  }
}
