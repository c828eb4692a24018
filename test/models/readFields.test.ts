// The hand-written field readers answer exactly as their references (idNumberProblem, isIsoDate,
// parseFen) at every edge: characters just outside '0'–'9' ('/' and ':'), lengths one either side,
// 'X' against 'x', the years 1799/1800 and 2199/2200, 0–3 decimals, leading zeros, the maximum
// amount ± 1 fen. Each row states the expected answer and checks the reference agrees with it.
import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/core/dates.js";
import { MAX_FEN, parseFen } from "../../src/core/money.js";
import { idNumberProblem } from "../../src/models/idNumber.js";
import { fenOf, isIsoDateText, isValidIdNumber } from "../../src/models/readFields.js";
import { ID_A } from "../helpers/samples.js";

describe("isValidIdNumber", () => {
  it.each([
    ["a valid number ending in a digit", ID_A, true],
    ["a valid number ending in X", "11010519491231002X", true],
    ["the same with a lower-case x (readMember normalises it first)", "11010519491231002x", false],
    ["one character longer", `${ID_A}0`, false],
    ["one character shorter", ID_A.slice(0, 17), false],
    ["a check character that is neither digit nor X", "51040219800101001A", false],
    ["the wrong check digit", "510402198001010019", false],
    // ':' is the code after '9' and '/' the code before '0': with the check character computed as if
    // they were the digits 10 and -1, only the shape rule refuses them.
    ["':' where a digit belongs", "5104021980010100:1", false],
    ["'/' where a digit belongs", "5104021980010100/1", false],
    ["'/' as the last of 17 digits", "5104021980010101/8", false],
    ["born on 1799-12-31", "510402179912310018", false],
    ["born on 1800-01-01", "510402180001010012", true],
    ["born on 2199-12-31", "510402219912310011", true],
    ["born on 2200-01-01", "510402220001010016", true],
    ["born on 30 February", "510402198002300018", false],
  ])("judges %s (%s): %s", (_name, id, valid) => {
    expect(idNumberProblem(id) === undefined).toBe(valid);
    expect(isValidIdNumber(id)).toBe(valid);
  });
});

describe("isIsoDateText", () => {
  it.each([
    ["2025-06-10", true],
    ["2025/06/10", false],
    ["2025-06/10", false],
    ["2025/06-10", false],
    ["2025-0:-01", false],
    ["2025-1:-01", false],
    ["2025-1/-01", false],
    ["2025-a1-01", false],
    ["2025-06-1/", false],
    ["2025-06-0:", false],
    ["202/-06-10", false],
    ["1799-12-31", false],
    ["1800-01-01", true],
    ["2199-12-31", true],
    ["2200-01-01", false],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2025-00-10", false],
    ["2025-06-00", false],
    ["2025-6-10", false],
    ["2025-06-100", false],
    ["", false],
    [20250610, false],
  ])("judges %j: %s", (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
    expect(isIsoDateText(value)).toBe(valid);
  });
});

describe("fenOf", () => {
  it.each([
    ["0", 0],
    ["00", undefined],
    ["05", undefined],
    ["0.5", 50],
    ["0.05", 5],
    ["5", 500],
    ["5.", undefined],
    [".5", undefined],
    ["5.5", 550],
    ["5.55", 555],
    ["5.555", undefined],
    ["5.5a", undefined],
    ["5.:", undefined],
    ["5./", undefined],
    ["1:", undefined],
    ["1/", undefined],
    [":1", undefined],
    ["/1", undefined],
    ["-1", undefined],
    ["+1", undefined],
    [" 1", undefined],
    ["1 ", undefined],
    ["1e3", undefined],
    ["", undefined],
    ["9999999.99", MAX_FEN - 1],
    ["10000000", MAX_FEN],
    ["10000000.00", MAX_FEN],
    ["10000000.01", undefined],
    ["99999999", undefined],
    ["999999999999", undefined],
    ["999999999999.99", undefined],
    ["9999999999999", undefined],
    [0, 0],
    [5, 500],
    [5.5, 550],
    [0.05, 5],
    [0.001, undefined],
    [10_000_000, MAX_FEN],
    [10_000_000.01, undefined],
    [10_000_001, undefined],
    [-1, undefined],
    [-0.5, undefined],
    [Number.NaN, undefined],
    [Infinity, undefined],
    [1e21, undefined],
  ])("reads %j as %s fen", (value, fen) => {
    expect(parseFen(value)).toBe(fen);
    expect(fenOf(value)).toBe(fen);
  });

  it("reads -0 as -0, as parseFen does", () => {
    expect(Object.is(parseFen(-0), -0)).toBe(true);
    expect(Object.is(fenOf(-0), -0)).toBe(true);
  });
});
