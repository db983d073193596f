/**
 * One pass over the text finds every "anchor" word any rule could need; rules then run their
 * (more precise) regex only when one of their anchors occurred. This keeps the per-message cost
 * close to a single scan instead of one scan per rule.
 *
 * Invariant: a rule's anchors must be NECESSARY for its regex to match (every match contains at
 * least one anchor), so gating never changes a result, only skips work. tests/unit/rules/anchors
 * checks this for each gated pattern on its own examples.
 */

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Ids of the words ending here. */
  ids: number[] | null;
}

/** Which anchor words occurred: a bit set over word ids (a small plain array is cheap to allocate). */
export type Seen = number[];

export function isSeen(seen: Seen, id: number): boolean {
  return (((seen[id >> 5] ?? 0) >>> (id & 31)) & 1) === 1;
}

/** Hash of a character pair, for the bigram pre-filter. */
function pair(c0: number, c1: number): number {
  return (c0 * 37 + c1) & 0xffff;
}

export class AnchorScanner {
  /**
   * First character → 1 + index into `firsts` (0 = no word starts with it): one typed-array read
   * per text character, which is what keeps the scan close to the cost of reading the text.
   */
  private readonly rootIndex = new Int32Array(65_536);
  /** Non-zero when some word of 2+ characters may start with this character pair (hashed). */
  private readonly bigrams = new Uint8Array(65_536);
  private readonly firsts: TrieNode[] = [];
  private readonly words: string[] = [];
  private readonly positional: boolean[] = [];
  private readonly idOf = new Map<string, number>();

  /**
   * Registers a word (lower case) and returns its id. Positional words (brands) also report
   * where they occur; the others only whether they occur (cheaper).
   */
  add(word: string, positional = false): number {
    const existing = this.idOf.get(word);
    if (existing !== undefined) {
      if (positional) this.positional[existing] = true;
      return existing;
    }
    const id = this.words.length;
    this.words.push(word);
    this.positional.push(positional);
    this.idOf.set(word, id);
    const c0 = word.charCodeAt(0);
    if (word.length > 1) this.bigrams[pair(c0, word.charCodeAt(1))] = 1;
    let slot = this.rootIndex[c0] ?? 0;
    if (slot === 0) {
      this.firsts.push({ next: null, ids: null });
      slot = this.firsts.length;
      this.rootIndex[c0] = slot;
    }
    let node = this.firsts[slot - 1] as TrieNode;
    for (let i = 1; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const next: Map<number, TrieNode> = (node.next ??= new Map());
      let child = next.get(c);
      if (!child) {
        child = { next: null, ids: null };
        next.set(c, child);
      }
      node = child;
    }
    (node.ids ??= []).push(id);
    return id;
  }

  get size(): number {
    return this.words.length;
  }

  wordOf(id: number): string {
    return this.words[id] ?? "";
  }

  /**
   * Sets in `seen` every word occurring in `text`, and appends [id, start] pairs of positional
   * words to `hits` (at most `maxHits`). Linear in text length × longest word.
   */
  scan(text: string, seen: Seen, hits: number[], maxHits: number): void {
    const rootIndex = this.rootIndex;
    const bigrams = this.bigrams;
    const firsts = this.firsts;
    const positional = this.positional;
    const n = text.length;
    const limit = maxHits * 2;
    for (let i = 0; i < n; i++) {
      const c0 = text.charCodeAt(i);
      const slot = rootIndex[c0] as number;
      if (slot === 0) continue;
      let node: TrieNode | undefined = firsts[slot - 1];
      let j = i + 1;
      while (node !== undefined) {
        const ids = node.ids;
        if (ids !== null) {
          for (let k = 0; k < ids.length; k++) {
            const id = ids[k] as number;
            seen[id >> 5] = (seen[id >> 5] as number) | (1 << (id & 31));
            if (positional[id] === true && hits.length < limit) hits.push(id, i);
          }
        }
        if (node.next === null || j >= n) break;
        const c = text.charCodeAt(j++);
        // Most starts go no further than one character: the pair filter skips the Map lookup.
        if (j === i + 2 && bigrams[pair(c0, c)] === 0) break;
        node = node.next.get(c);
      }
    }
  }
}

/** The one scanner every rule registers its anchors with, at module load (then never changed). */
export const SCANNER = new AnchorScanner();

export interface ScanResult {
  readonly seen: Seen;
  /** Flat [id, start, id, start, …] pairs of positional words, in text order. */
  readonly hits: readonly number[];
}

const MAX_HITS = 512;

export function scanText(text: string): ScanResult {
  const words = (SCANNER.size + 31) >> 5;
  const seen: Seen = [];
  for (let w = 0; w < words; w++) seen.push(0);
  const hits: number[] = [];
  SCANNER.scan(text, seen, hits, MAX_HITS);
  return { seen, hits };
}

/** A pattern that only runs when one of its anchors occurred. */
export interface Gated {
  readonly re: RegExp;
  readonly anchors: readonly number[];
  /** The anchors as a bit set laid out like Seen: one AND per 32 words. */
  readonly mask: readonly number[];
}

export function gate(re: RegExp, anchors: readonly string[]): Gated {
  const ids = anchors.map((a) => SCANNER.add(a));
  const mask: number[] = [];
  for (const id of ids) {
    while (mask.length <= id >> 5) mask.push(0);
    mask[id >> 5] = (mask[id >> 5] as number) | (1 << (id & 31));
  }
  return { re, anchors: ids, mask };
}

export function anchored(g: Gated, seen: Seen): boolean {
  const mask = g.mask;
  for (let w = 0; w < mask.length; w++) if (((mask[w] as number) & (seen[w] ?? 0)) !== 0) return true;
  return false;
}

/** g.re.test(text), skipped when no anchor occurred. */
export function testGated(g: Gated, seen: Seen, text: string): boolean {
  return anchored(g, seen) && g.re.test(text);
}

/** The first match of g.re in text, or null; skipped when no anchor occurred. */
export function firstGated(g: Gated, seen: Seen, text: string): string | null {
  if (!anchored(g, seen)) return null;
  const m = g.re.exec(text);
  return m ? m[0] : null;
}
