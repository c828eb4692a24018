/**
 * The roster's memory of member IDs — opinion/3.2 (a member receives one standard a year, so an
 * ID seen again is a duplicate): a map from ID to the row it was first seen on, kept compact so
 * a roster of millions can be streamed. An ID of the resident-number shape (17 digits and a digit
 * or `X`) is packed into two 32-bit integers and its row into a third, in an open-addressing
 * table (12 bytes a slot, side by side in one array so a probe reads one cache line; at most 3/4
 * full): about 20 bytes a member instead of about 100 for a `Map` of strings. Any other text,
 * and any row that is not a whole number from 1 to 2^32 − 1, is kept in an ordinary `Map`.
 * Behaves exactly as `Map<string, number>`'s `get` and `set`; `claim` is the two in one lookup.
 */

const EMPTY = 0;
const MAX_ROW = 0xffff_ffff;
const FIRST_CAPACITY = 1024;
/** The most slots a table starts with (48 MB), whatever the size announced. */
const MAX_FIRST_CAPACITY = 1 << 22;
/** A slot's three numbers: the packed ID's high and low parts, then the row (0: empty). */
const WIDTH = 3;
const LOW = 1;
const ROW = 2;

/** Packs a resident-number-shaped ID into `packed[0..1]`; false for any other text. */
function pack(id: string, packed: Uint32Array): boolean {
  if (id.length !== 18) return false;
  let high = 0;
  let low = 0;
  for (let index = 0; index < 17; index++) {
    const digit = id.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return false;
    if (index < 9) high = high * 10 + digit;
    else low = low * 10 + digit;
  }
  const last = id.charCodeAt(17);
  const check = last === 88 ? 10 : last - 48;
  if (check < 0 || check > 10) return false;
  packed[0] = high; // < 10^9
  packed[1] = low * 11 + check; // < 1.1 × 10^9
  return true;
}

/** True for a row the table holds itself: a whole number from 1 to 2^32 − 1. */
function isRow(row: number): boolean {
  return Number.isInteger(row) && row >= 1 && row <= MAX_ROW;
}

function slotOf(high: number, low: number, mask: number): number {
  let hash = Math.imul(high, 0x9e3779b1) ^ low;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash & mask;
}

/** ID → first row, compact for resident ID numbers. */
export class MemberIdTable {
  private capacity: number;
  /** `capacity` slots of WIDTH numbers each */
  private slots: Uint32Array;
  private count = 0;
  private readonly packed = new Uint32Array(2);
  private readonly other = new Map<string, number>();

  /**
   * @param expected - how many IDs the table will likely hold (a roster's length): it starts big
   * enough for them, up to MAX_FIRST_CAPACITY slots, instead of growing step by step
   */
  constructor(expected = 0) {
    let capacity = FIRST_CAPACITY;
    while (capacity < MAX_FIRST_CAPACITY && capacity * 3 < expected * 4) capacity *= 2;
    this.capacity = capacity;
    this.slots = new Uint32Array(capacity * WIDTH);
  }

  /** How many IDs are held. */
  get size(): number {
    return this.count + this.other.size;
  }

  /** The row stored for `id`, as `Map.prototype.get`. */
  get(id: string): number | undefined {
    if (pack(id, this.packed)) {
      const at = this.find(this.packed[0] as number, this.packed[1] as number);
      if (this.slots[at + ROW] !== EMPTY) return this.slots[at + ROW];
    }
    return this.other.size === 0 ? undefined : this.other.get(id);
  }

  /** Stores `row` for `id`, replacing any earlier row, as `Map.prototype.set`. */
  set(id: string, row: number): this {
    if (!pack(id, this.packed)) {
      this.other.set(id, row);
      return this;
    }
    const high = this.packed[0] as number;
    const low = this.packed[1] as number;
    if (!isRow(row)) {
      this.remove(high, low);
      this.other.set(id, row);
      return this;
    }
    if (this.other.size !== 0) this.other.delete(id);
    const at = this.find(high, low);
    if (this.slots[at + ROW] === EMPTY) this.insert(high, low, row, at);
    else this.slots[at + ROW] = row;
    return this;
  }

  /**
   * The row stored for `id`; when there is none, stores `row` for it. Exactly `get` followed,
   * when that answers undefined, by `set` — with one lookup where a roster needs two.
   */
  claim(id: string, row: number): number | undefined {
    if (!isRow(row) || !pack(id, this.packed)) {
      const earlier = this.get(id);
      if (earlier === undefined) this.set(id, row);
      return earlier;
    }
    const high = this.packed[0] as number;
    const low = this.packed[1] as number;
    const at = this.find(high, low);
    if (this.slots[at + ROW] !== EMPTY) return this.slots[at + ROW];
    const other = this.other.size === 0 ? undefined : this.other.get(id);
    if (other !== undefined) return other;
    this.insert(high, low, row, at);
    return undefined;
  }

  /** Puts a new key into the empty slot at `at` (found again after growing). */
  private insert(high: number, low: number, row: number, at: number): void {
    if ((this.count + 1) * 4 > this.capacity * 3) {
      this.grow();
      at = this.find(high, low);
    }
    this.count++;
    this.slots[at] = high;
    this.slots[at + LOW] = low;
    this.slots[at + ROW] = row;
  }

  /** Where the slot holding the key starts, or the empty slot where it would go (linear probing). */
  private find(high: number, low: number): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    let slot = slotOf(high, low, mask);
    let at = slot * WIDTH;
    while (slots[at + ROW] !== EMPTY && (slots[at] !== high || slots[at + LOW] !== low)) {
      slot = (slot + 1) & mask;
      at = slot * WIDTH;
    }
    return at;
  }

  /** Removes a packed key, shifting later entries of its run back so probing still finds them. */
  private remove(high: number, low: number): void {
    const slots = this.slots;
    const mask = this.capacity - 1;
    const found = this.find(high, low);
    if (slots[found + ROW] === EMPTY) return;
    slots[found + ROW] = EMPTY;
    this.count--;
    let hole = found / WIDTH;
    let slot = (hole + 1) & mask;
    while (slots[slot * WIDTH + ROW] !== EMPTY) {
      const at = slot * WIDTH;
      const home = slotOf(slots[at] as number, slots[at + LOW] as number, mask);
      // move the entry into the hole unless its home lies cyclically in (hole, slot]
      const stays = hole <= slot ? home > hole && home <= slot : home > hole || home <= slot;
      if (!stays) {
        slots.copyWithin(hole * WIDTH, at, at + WIDTH);
        slots[at + ROW] = EMPTY;
        hole = slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    const slots = new Uint32Array(this.capacity * WIDTH);
    this.slots = slots;
    for (let at = 0; at < old.length; at += WIDTH) {
      if (old[at + ROW] === EMPTY) continue;
      const high = old[at] as number;
      const low = old[at + LOW] as number;
      const target = this.find(high, low);
      slots[target] = high;
      slots[target + LOW] = low;
      slots[target + ROW] = old[at + ROW] as number;
    }
  }
}
