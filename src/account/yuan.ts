/**
 * Printing exact amounts of the account: fen held as a `Dec` (balances can outgrow the fen
 * integers of `core/money`) printed as yuan with exactly two decimals, with a sign when negative.
 */
import type { Dec } from "../core/decimal.js";

/** Prints whole fen held in a Dec as yuan: 12345 → "123.45", -5 → "-0.05". */
export function formatFenDec(fen: Dec): string {
  return fen.dividedBy(100).toFixed(2);
}
