/**
 * Money as integer fen (1 yuan = 100 fen). Every amount the library reads is turned into a
 * safe integer number of fen once, at the boundary; every amount it prints is a string with
 * exactly two decimals. No rule ever does floating-point arithmetic on yuan.
 */

/** A whole number of fen. Always a safe integer within [0, MAX_FEN]. */
export type Fen = number;

/**
 * The largest amount accepted anywhere: 10,000,000.00 yuan. It keeps the sum of five million
 * maximal amounts below Number.MAX_SAFE_INTEGER, so totals over any realistic roster stay exact.
 */
export const MAX_FEN = 1_000_000_000;

const MONEY_TEXT = /^(0|[1-9]\d{0,11})(?:\.(\d{1,2}))?$/;

/**
 * Reads a JSON number or a decimal string ("60", "60.5", "60.50") as fen.
 * Returns undefined for anything else: negative, more than two decimals, exponent notation,
 * not finite, or above {@link MAX_FEN}.
 */
export function parseFen(value: unknown): Fen | undefined {
  if (typeof value === "number") {
    // NaN and Infinity are not integers and their text ("NaN", "Infinity") fails the pattern.
    if (value < 0) return undefined;
    // Integers are the common case and need no text round trip.
    if (Number.isInteger(value)) return value * 100 <= MAX_FEN ? value * 100 : undefined;
    // String(60.1) is "60.1": the shortest text that reads back as the same double, which is
    // the decimal the host wrote in its JSON.
    return fenOfText(String(value));
  }
  return typeof value === "string" ? fenOfText(value) : undefined;
}

/** Reads a decimal text of yuan (at most two decimals, at most {@link MAX_FEN}) as fen. */
function fenOfText(text: string): Fen | undefined {
  const match = MONEY_TEXT.exec(text);
  if (match === null) return undefined;
  // No decimals read as "00": Number("00") is 0.
  const fen = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return fen <= MAX_FEN ? fen : undefined;
}

/** Prints fen as yuan with exactly two decimals: 6000 → "60.00". */
export function formatFen(fen: Fen): string {
  const whole = Math.trunc(fen / 100);
  const rest = fen - whole * 100;
  return `${whole}.${rest < 10 ? "0" : ""}${rest}`;
}

/** Zero, printed. */
export const ZERO_YUAN = "0.00";
