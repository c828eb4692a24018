// A workflow state sent back by the host is read field by field: the receipt's voucher number, the
// findings a returned application carries. Each bound at its edges, with the finding's path.
import { describe, expect, it } from "vitest";
import { transition, type WorkflowState } from "../../src/index.js";

const ID = "JJ-2025";
const roster = { members: 2, total: "180.00" };
const payment = { number: "BANK-0001", amount: "180.00", date: "2025-07-01", account: "fund_fiscal_revenue" as const };

/** The invalid_input paths for `state` under an event every state refuses or accepts by status. */
function statePaths(state: unknown): string[] {
  const result = transition(state as WorkflowState, { type: "submit" });
  if (result.ok) return [];
  return result.findings.filter((f) => f.code === "invalid_input").map((f) => (f.path ?? []).join("."));
}

/** The codes `transition` answers `state` with under `submit`. */
function codes(state: unknown): string[] {
  const result = transition(state as WorkflowState, { type: "submit" });
  return result.ok ? [] : result.findings.map((f) => f.code);
}

describe("a receipted state's receipt", () => {
  const receipted = (voucher: string): unknown => ({ status: "receipted", applicationId: ID, roster, payment, receipt: { voucher, amount: "180.00", date: "2025-07-01" } });

  it.each([
    ["", ["state.receipt.voucher"]],
    ["B", []],
    ["B".repeat(200), []],
    ["B".repeat(201), ["state.receipt.voucher"]],
  ])("takes a voucher number of 1 to 200 characters (%#)", (voucher, paths) => {
    expect(statePaths(receipted(voucher))).toEqual(paths);
  });

  it("is read as a state: a receipted application can only be refused the next step, not its own shape", () => {
    expect(codes(receipted("B"))).toEqual(["illegal_transition"]);
  });

  it("needs the receipt's amount and date", () => {
    expect(statePaths({ status: "receipted", applicationId: ID, roster, payment, receipt: { voucher: "B" } })).toEqual(["state.receipt.amount", "state.receipt.date"]);
  });
});

describe("the findings a returned application carries", () => {
  const returned = (findings: unknown): unknown => ({ status: "returned", applicationId: ID, findings });
  const carried = { code: "below_floor", severity: "error", clause: "opinion/3.3" };

  it("keeps any finding with a code, an error or warning severity and a clause, extra fields included", () => {
    expect(codes(returned([carried, { ...carried, severity: "warning", message: { zh: "甲", en: "A" } }]))).toEqual(["illegal_transition"]);
  });

  it.each([
    [{ severity: "error", clause: "opinion/3.3" }, "state.findings.0.code"],
    [{ ...carried, severity: "info" }, "state.findings.0.severity"],
    [{ ...carried, severity: "" }, "state.findings.0.severity"],
    [{ code: "below_floor", severity: "error" }, "state.findings.0.clause"],
  ])("refuses a finding without its code, severity or clause (%#)", (finding, path) => {
    expect(statePaths(returned([finding]))).toEqual([path]);
  });

  it("needs the list itself", () => {
    expect(statePaths({ status: "returned", applicationId: ID })).toEqual(["state.findings"]);
  });
});
