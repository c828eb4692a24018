import { Decimal } from "decimal.js";

/**
 * The library's own Decimal: an isolated clone, so the host's global Decimal settings are never
 * read or changed. One rounding rule everywhere a rule rounds: half-up (四舍五入), to the fen.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A decimal of this library's configuration. */
export type Dec = InstanceType<typeof Dec>;

/** Rounds yuan half-up to the fen and returns integer fen. */
export function yuanToFenHalfUp(yuan: Dec): number {
  return yuan.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Integer fen as a decimal of yuan. */
export function fenToYuan(fen: number): Dec {
  return new Dec(fen).dividedBy(100);
}
