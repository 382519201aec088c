/**
 * Integer ids for folded words: the first word met gets 1, the next new one 2, and so on (see `Tokens.ids`).
 *
 * An open-addressing table keyed by the word's `normHash`, which the tokeniser has already computed: a lookup is one
 * read of two adjacent integers and, when the hash matches, one string comparison. (A `Map` hashed every new string
 * again and cost ~0.5 µs per lookup on the bench, 3 % of `analyze()`.)
 *
 * @example
 * const ids = new WordIds();
 * ids.get('mal', normHash('mal')); // 1
 * ids.get('tete', normHash('tete')); // 2
 * ids.get('mal', normHash('mal')); // 1
 */
export class WordIds {
  /** [hash, id (0: free slot)] per slot. */
  private keys: Int32Array;
  private words: string[];
  /** The words by id (index 0 unused): `norm(id)`. */
  private readonly byId: string[] = [''];
  private mask: number;
  private count = 0;

  constructor(capacity = 1 << 12) {
    let size = 8;
    while (size < capacity) size *= 2;
    this.keys = new Int32Array(size * 2);
    this.words = new Array<string>(size).fill('');
    this.mask = size - 1;
  }

  /** Number of distinct words (the largest id). */
  get size(): number {
    return this.count;
  }

  /** The word of an id this table gave. */
  norm(id: number): string {
    return this.byId[id]!;
  }

  /** The id of `norm`, given `hash`, any integer that equal words always share (`normHash`). */
  get(norm: string, hash: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let at = slotOf(hash) & mask;
    for (;;) {
      const id = keys[at * 2 + 1]!;
      if (id === 0) break;
      if (keys[at * 2] === hash && this.words[at] === norm) return id;
      at = (at + 1) & mask;
    }
    // At most half full: probe sequences stay short, and a lookup always meets a free slot.
    if ((this.count + 1) * 2 > mask + 1) {
      this.grow();
      return this.get(norm, hash);
    }
    const kept = detached(norm);
    keys[at * 2] = hash;
    keys[at * 2 + 1] = ++this.count;
    this.words[at] = kept;
    this.byId.push(kept);
    return this.count;
  }

  private grow(): void {
    const keys = this.keys;
    const words = this.words;
    const size = (this.mask + 1) * 2;
    this.keys = new Int32Array(size * 2);
    this.words = new Array<string>(size).fill('');
    this.mask = size - 1;
    for (let old = 0; old < words.length; old++) {
      const id = keys[old * 2 + 1]!;
      if (id === 0) continue;
      let at = slotOf(keys[old * 2]!) & this.mask;
      while (this.keys[at * 2 + 1] !== 0) at = (at + 1) & this.mask;
      this.keys[at * 2] = keys[old * 2]!;
      this.keys[at * 2 + 1] = id;
      this.words[at] = words[old]!;
    }
  }
}

/**
 * A copy of `norm` that holds no reference to the text it was cut from. V8 keeps a slice of 13 characters or more as a
 * view on its parent string: the tokeniser's `text.slice` of a long plain word would then keep the whole message alive
 * for as long as the table keeps the word (the table outlives tabs and conversations; no conversation text is to be
 * kept). Concatenating makes a new string of the word alone; the slice of that one keeps only the word.
 */
function detached(norm: string): string {
  return norm.length < 13 ? norm : (' ' + norm).slice(1);
}

/** Spreads the hash's bits (FNV-1a's low bits alone cluster for short words). */
function slotOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> 8;
}
