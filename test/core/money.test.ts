import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFen, MAX_FEN, parseFen } from "../../src/core/money.js";

describe("parseFen", () => {
  it.each([
    [0, 0],
    [60, 6000],
    [60.5, 6050],
    [0.07, 7],
    [0.1, 10],
    [1.15, 115],
    ["60", 6000],
    ["60.5", 6050],
    ["60.50", 6050],
    ["0.01", 1],
    ["10000000", MAX_FEN],
    [10_000_000, MAX_FEN],
  ])("reads %j as %i fen", (input, fen) => {
    expect(parseFen(input)).toBe(fen);
  });

  it.each([
    [-0.01],
    ["-1"],
    [60.001],
    ["60.001"],
    ["1e3"],
    [1e21],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ["10000000.01"],
    [10_000_000.01],
    ["060"],
    [" 60"],
    ["60."],
    [".5"],
    [""],
    [null],
    [true],
    [{}],
    [1e-7],
    [-1],
    [-10_000_000],
    [Number.NEGATIVE_INFINITY],
  ])("refuses %j", (input) => {
    expect(parseFen(input)).toBeUndefined();
  });

  it.each([
    ["an array holding a money text", ["60"]],
    ["an array holding a number", [60]],
    ["a boxed string", new String("60")],
    ["a bigint", 60n],
    ["an object whose text is an amount", { toString: () => "60" }],
    ["undefined", undefined],
  ])("refuses %s, even when its text reads as an amount", (_name, input) => {
    expect(parseFen(input)).toBeUndefined();
  });

  it.each([
    ["0", 0],
    ["0.5", 50],
    ["0.05", 5],
    ["7.05", 705],
    ["9999999.99", MAX_FEN - 1],
    ["10000000.00", MAX_FEN],
    [9_999_999.99, MAX_FEN - 1],
  ])("reads %j to the fen as %i", (input, fen) => {
    expect(parseFen(input)).toBe(fen);
  });
});

describe("formatFen", () => {
  it.each([
    [0, "0.00"],
    [1, "0.01"],
    [10, "0.10"],
    [6000, "60.00"],
    [123456, "1234.56"],
  ])("prints %i fen as %s", (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it("round-trips every amount: parsing the printed value gives the same fen", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => parseFen(formatFen(fen)) === fen));
  });

  it("reads a two-decimal JSON number exactly as its decimal string", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
        const text = formatFen(fen);
        return parseFen(Number(text)) === parseFen(text);
      }),
    );
  });
});
