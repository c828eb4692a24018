/**
 * The roster's memory of member IDs — opinion/3.2 (a member receives one standard a year, so an
 * ID seen again is a duplicate): a map from ID to the row it was first seen on, kept compact so
 * a roster of millions can be streamed. An ID of the resident-number shape (17 digits and a digit
 * or `X`) is packed into two 32-bit integers and its row into a third, in an open-addressing
 * table (12 bytes a slot, at most 3/4 full): about 20 bytes a member instead of about 100 for a
 * `Map` of strings. Any other text, and any row that is not a whole number from 1 to 2^32 − 1,
 * is kept in an ordinary `Map`. Behaves exactly as `Map<string, number>`'s `get` and `set`.
 */

const EMPTY = 0;
const MAX_ROW = 0xffff_ffff;
const FIRST_CAPACITY = 1024;

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

function slotOf(high: number, low: number, mask: number): number {
  let hash = Math.imul(high, 0x9e3779b1) ^ low;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash & mask;
}

/** ID → first row, compact for resident ID numbers. */
export class MemberIdTable {
  private highs = new Uint32Array(FIRST_CAPACITY);
  private lows = new Uint32Array(FIRST_CAPACITY);
  /** the row, or 0 for an empty slot */
  private rows = new Uint32Array(FIRST_CAPACITY);
  private count = 0;
  private readonly packed = new Uint32Array(2);
  private readonly other = new Map<string, number>();

  /** How many IDs are held. */
  get size(): number {
    return this.count + this.other.size;
  }

  /** The row stored for `id`, as `Map.prototype.get`. */
  get(id: string): number | undefined {
    if (pack(id, this.packed)) {
      const slot = this.find(this.packed[0] as number, this.packed[1] as number);
      if (this.rows[slot] !== EMPTY) return this.rows[slot];
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
    if (!(Number.isInteger(row) && row >= 1 && row <= MAX_ROW)) {
      this.remove(high, low);
      this.other.set(id, row);
      return this;
    }
    if (this.other.size !== 0) this.other.delete(id);
    let slot = this.find(high, low);
    if (this.rows[slot] === EMPTY) {
      if ((this.count + 1) * 4 > this.rows.length * 3) {
        this.grow();
        slot = this.find(high, low);
      }
      this.count++;
      this.highs[slot] = high;
      this.lows[slot] = low;
    }
    this.rows[slot] = row;
    return this;
  }

  /** The slot holding the key, or the empty slot where it would go (linear probing). */
  private find(high: number, low: number): number {
    const mask = this.rows.length - 1;
    let slot = slotOf(high, low, mask);
    while (this.rows[slot] !== EMPTY && (this.highs[slot] !== high || this.lows[slot] !== low)) slot = (slot + 1) & mask;
    return slot;
  }

  /** Removes a packed key, shifting later entries of its run back so probing still finds them. */
  private remove(high: number, low: number): void {
    const mask = this.rows.length - 1;
    let hole = this.find(high, low);
    if (this.rows[hole] === EMPTY) return;
    this.rows[hole] = EMPTY;
    this.count--;
    let slot = (hole + 1) & mask;
    while (this.rows[slot] !== EMPTY) {
      const home = slotOf(this.highs[slot] as number, this.lows[slot] as number, mask);
      // move the entry into the hole unless its home lies cyclically in (hole, slot]
      const stays = hole <= slot ? home > hole && home <= slot : home > hole || home <= slot;
      if (!stays) {
        this.highs[hole] = this.highs[slot] as number;
        this.lows[hole] = this.lows[slot] as number;
        this.rows[hole] = this.rows[slot] as number;
        this.rows[slot] = EMPTY;
        hole = slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { highs, lows, rows } = this;
    const capacity = rows.length * 2;
    this.highs = new Uint32Array(capacity);
    this.lows = new Uint32Array(capacity);
    this.rows = new Uint32Array(capacity);
    for (let slot = 0; slot < rows.length; slot++) {
      if (rows[slot] === EMPTY) continue;
      const target = this.find(highs[slot] as number, lows[slot] as number);
      this.highs[target] = highs[slot] as number;
      this.lows[target] = lows[slot] as number;
      this.rows[target] = rows[slot] as number;
    }
  }
}
