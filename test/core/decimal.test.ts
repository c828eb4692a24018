import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { Dec, fenToYuan, yuanToFenHalfUp } from "../../src/core/decimal.js";

describe("yuanToFenHalfUp", () => {
  it.each([
    ["0", 0],
    ["0.004", 0],
    ["0.0049999", 0],
    ["0.005", 1],
    ["0.015", 2],
    ["0.025", 3],
    ["1.234", 123],
    ["1.235", 124],
    ["59.995", 6000],
    ["12.3456789", 1235],
  ])("rounds %s yuan half-up to %i fen (四舍五入)", (yuan, fen) => {
    expect(yuanToFenHalfUp(new Dec(yuan))).toBe(fen);
  });

  it("rounds half-up even while the host's global Decimal rounds half-even", () => {
    const saved = Decimal.rounding;
    Decimal.set({ rounding: Decimal.ROUND_HALF_EVEN });
    try {
      expect(yuanToFenHalfUp(new Dec("0.025"))).toBe(3);
      expect(new Dec("2.5").toDecimalPlaces(0).toString()).toBe("3");
    } finally {
      Decimal.set({ rounding: saved });
    }
  });
});

describe("fenToYuan", () => {
  it.each([
    [0, "0"],
    [1, "0.01"],
    [6000, "60"],
    [6050, "60.5"],
    [123456, "1234.56"],
  ])("reads %i fen as %s yuan", (fen, yuan) => {
    expect(fenToYuan(fen).toString()).toBe(yuan);
  });

  it("is a decimal of the library's own configuration", () => {
    expect(fenToYuan(1)).toBeInstanceOf(Dec);
    expect(Dec.precision).toBe(40);
    expect(Dec.rounding).toBe(Decimal.ROUND_HALF_UP);
  });
});
