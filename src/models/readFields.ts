/**
 * Hand-written readers for the member's fields — annex1/4 — used by `readMember`: each answers
 * exactly as the checked reader it stands in for (`idNumberProblem`, `isIsoDate`, `parseFen`), by
 * character codes instead of regular expressions, slices and `Number`, so a valid row allocates
 * nothing while it is checked. Property tests hold each to its reference.
 */
import { isRealDate } from "../core/dates.js";
import { MAX_FEN, parseFen, type Fen } from "../core/money.js";

const ZERO = 48;
const NINE = 57;
const DASH = 45;
const DOT = 46;
const BIG_X = 88;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** "10X98765432" as character codes. */
const CHECK_CODES = [49, 48, BIG_X, 57, 56, 55, 54, 53, 52, 51, 50] as const;

/** The digit at `index` (0–9), or -1 when the character there is not an ASCII digit. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= ZERO && code <= NINE ? code - ZERO : -1;
}

/** The number written by the ASCII digits in [from, to), or -1 when one is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const digit = digitAt(text, index);
    if (digit < 0) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** True exactly when `idNumberProblem(id)` is undefined (GB 11643-1999: shape, birth date, check). */
export function isValidIdNumber(id: string): boolean {
  if (id.length !== 18) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const digit = digitAt(id, index);
    if (digit < 0) return false;
    sum += digit * (WEIGHTS[index] as number);
  }
  const year = digitsAt(id, 6, 10);
  if (year < 1800 || !isRealDate(year, digitsAt(id, 10, 12), digitsAt(id, 12, 14))) return false;
  // The check character is a digit or X: the table holds no other code, so nothing else matches.
  return CHECK_CODES[sum % 11] === id.charCodeAt(17);
}

/** True exactly when `isIsoDate(value)`: `YYYY-MM-DD`, a real date between 1800 and 2199. */
export function isIsoDateText(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 10) return false;
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  // A part that is not all digits reads as -1, which no year, month or day range admits.
  return year >= 1800 && year <= 2199 && isRealDate(year, month, day);
}

/**
 * Exactly `parseFen(value)` for a number or a string: `^(0|[1-9]\d{0,11})(\.\d{1,2})?$` read by
 * hand, at most {@link MAX_FEN}. Numbers with a fraction go to `parseFen` itself.
 */
export function fenOf(value: number | string): Fen | undefined {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 0) return value * 100 <= MAX_FEN ? value * 100 : undefined;
    return parseFen(value);
  }
  const length = value.length;
  let index = 0;
  let whole = 0;
  const first = value.charCodeAt(0);
  if (first === ZERO) {
    index = 1;
  } else if (first > ZERO && first <= NINE) {
    // a leading 1–9 and at most 11 more digits
    while (index < length && index < 12) {
      const digit = digitAt(value, index);
      if (digit < 0) break;
      whole = whole * 10 + digit;
      index++;
    }
  } else {
    // not a digit, or the empty string (NaN)
    return undefined;
  }
  let fen = whole * 100;
  if (index < length) {
    if (value.charCodeAt(index) !== DOT) return undefined;
    // No decimal after the dot ("5.") reads NaN as the tenths digit, refused below.
    const decimals = length - index - 1;
    if (decimals > 2) return undefined;
    const tenths = digitAt(value, index + 1);
    const hundredths = decimals === 2 ? digitAt(value, index + 2) : 0;
    if (tenths < 0 || hundredths < 0) return undefined;
    fen += tenths * 10 + hundredths;
  }
  return fen <= MAX_FEN ? fen : undefined;
}
