// The benchmark's contenders are only a fair comparison while they decide what the library
// decides: a rule change in src/ that the hand-written baseline or the rules engine misses made the
// benchmark (and CI) fail late. This catches it with the ordinary suite.
import { describe, expect, it } from "vitest";
import { baselineRoster, baselineRows, toBaselineRecords } from "../../bench/baseline.js";
import { benchOptions, benchPlan, generateRoster } from "../../bench/roster.js";
import { createRulesEngine, rulesEngineRoster } from "../../bench/rulesEngine.js";
import { parseFen } from "../../src/core/money.js";
import { computeRoster } from "../../src/index.js";

const rows = generateRoster(3_000, 7);
const decisions = computeRoster(rows, benchPlan, benchOptions).decisions;
/** Rows every contender reads: valid, and the first occurrence of their ID. */
const compared = decisions.flatMap((decision, index) =>
  decision.status === "invalid" || decision.findings.some((f) => f.code === "duplicate_member") ? [] : [{ index, fen: parseFen(decision.amount) }],
);

describe("the benchmark's contenders", () => {
  it("decide a mix that covers granted, denied, hardship and government-paid rows", () => {
    expect(compared.length).toBeGreaterThan(2_900);
    expect(decisions.some((d) => d.status === "denied")).toBe(true);
    expect(decisions.some((d) => d.status === "granted" && d.basis === "hardship")).toBe(true);
    expect(rows.some((row, index) => row.contributions.some((c) => c.period === 2025 && Number(c.governmentPaid ?? 0) > 0 && Number(c.selfPaid) > 0) && decisions[index]?.status === "granted")).toBe(true);
  });

  it("the hand-written baseline gives every row the library's amount, from the rows and from pre-converted records", () => {
    const fromRows = new Float64Array(rows.length);
    const fromRecords = new Float64Array(rows.length);
    baselineRows(rows, fromRows);
    baselineRoster(toBaselineRecords(rows), fromRecords);
    expect(compared.filter(({ index, fen }) => fromRows[index] !== fen).map(({ index }) => index)).toEqual([]);
    expect(compared.filter(({ index, fen }) => fromRecords[index] !== fen).map(({ index }) => index)).toEqual([]);
  });

  it("the json-rules-engine contender gives the library's amount on the first 500 rows", async () => {
    const count = 500;
    const amounts = new Float64Array(count);
    await rulesEngineRoster(createRulesEngine(), toBaselineRecords(rows.slice(0, count)), amounts);
    const checked = compared.filter(({ index }) => index < count);
    expect(checked.length).toBeGreaterThan(480);
    expect(checked.filter(({ index, fen }) => amounts[index] !== fen).map(({ index }) => index)).toEqual([]);
  });
});
