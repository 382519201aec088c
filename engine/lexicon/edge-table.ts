/**
 * A map from (node id, word id) to a child node id, in one typed array: the trie's exact transitions.
 *
 * A `Map<string, Node>` per node spreads a transition over several objects (the map, its backing store, the key
 * string, the child node); reading them was most of the trie's time. Here a transition is three adjacent integers
 * found by open addressing (linear probing), and the answer is an integer that indexes the trie's other typed
 * tables.
 *
 * @example
 * const edges = new EdgeTable();
 * edges.set(3, 17, 42);
 * edges.get(3, 17); // 42
 * edges.get(3, 18); // -1
 */
export class EdgeTable {
  /** [parent + 1 (0: free slot), word, child] per slot. */
  private keys: Int32Array;
  private mask: number;
  private used = 0;

  constructor(capacity = 1 << 12) {
    let size = 8;
    while (size < capacity) size *= 2;
    this.keys = new Int32Array(size * 3);
    this.mask = size - 1;
  }

  /** Number of transitions stored. */
  get size(): number {
    return this.used;
  }

  /** The child of `parent` for `word`, or -1. Both are non-negative integers below 2³¹ - 1. */
  get(parent: number, word: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let at = slotOf(parent, word) & mask;
    for (;;) {
      const p = keys[at * 3]!;
      if (p === 0) return -1;
      if (p === parent + 1 && keys[at * 3 + 1] === word) return keys[at * 3 + 2]!;
      at = (at + 1) & mask;
    }
  }

  /** Stores (or replaces) the child of `parent` for `word`. */
  set(parent: number, word: number, child: number): void {
    // At most half full: probe sequences stay short, and `get` always meets a free slot.
    if ((this.used + 1) * 4 > (this.mask + 1) * 3) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    let at = slotOf(parent, word) & mask;
    for (;;) {
      const p = keys[at * 3]!;
      if (p === 0) {
        this.used++;
        break;
      }
      if (p === parent + 1 && keys[at * 3 + 1] === word) break;
      at = (at + 1) & mask;
    }
    keys[at * 3] = parent + 1;
    keys[at * 3 + 1] = word;
    keys[at * 3 + 2] = child;
  }

  /** Replaces every parent and child id `id` by `renamed[id]` (a permutation of the ids). */
  rename(renamed: Int32Array): void {
    const old = this.keys;
    this.keys = new Int32Array(old.length);
    this.used = 0;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] !== 0) this.set(renamed[old[at]! - 1]!, old[at + 1]!, renamed[old[at + 2]!]!);
    }
  }

  /** Removes every transition (keeps the memory). */
  clear(): void {
    this.keys.fill(0);
    this.used = 0;
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.used = 0;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] !== 0) this.set(old[at]! - 1, old[at + 1]!, old[at + 2]!);
    }
  }
}

/** A hash of the pair: multiplicative, so that neighbouring node ids and word ids land far apart. */
function slotOf(parent: number, word: number): number {
  return (Math.imul(parent, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) >>> 7;
}
