import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  transition,
  WORKFLOW_EVENTS,
  WORKFLOW_STATUSES,
  type Finding,
  type TransitionResult,
  type WorkflowEvent,
  type WorkflowEventType,
  type WorkflowState,
  type WorkflowStatus,
} from "../../src/index.js";

const ID = "JJ-2025";
const roster = { members: 2, total: "180.00" };
const voucher = { number: "BANK-0001", amount: "180.00", date: "2025-07-01", account: "fund_fiscal_revenue" as const };

/** A valid state for each status. */
const STATES: { readonly [status in WorkflowStatus]: WorkflowState } = {
  draft: { status: "draft", applicationId: ID },
  submitted: { status: "submitted", applicationId: ID },
  returned: { status: "returned", applicationId: ID, findings: [] },
  reviewed: { status: "reviewed", applicationId: ID, roster },
  standards_entered: { status: "standards_entered", applicationId: ID, roster },
  paid: { status: "paid", applicationId: ID, roster, payment: voucher },
  allocated: { status: "allocated", applicationId: ID, roster, payment: voucher },
  reconciled: { status: "reconciled", applicationId: ID, roster, payment: voucher },
  receipted: { status: "receipted", applicationId: ID, roster, payment: voucher, receipt: { voucher: "BANK-0001", amount: "180.00", date: "2025-07-01" } },
};

/** A valid event of each type, whose guard passes from its legal source state. */
const EVENTS: { readonly [type in WorkflowEventType]: WorkflowEvent } = {
  submit: { type: "submit" },
  review: { type: "review", report: { compliant: true, findings: [], totals: { members: 2, claimed: "180.00" } } },
  revise: { type: "revise" },
  enter_standards: { type: "enter_standards" },
  pay: { type: "pay", transfers: [voucher] },
  allocate: { type: "allocate", voucher, roster },
  reconcile: { type: "reconcile", result: { balanced: true, totals: { roster: "180.00", payment: "180.00", bookings: "180.00" }, findings: [] } },
  issue_receipt: { type: "issue_receipt", bankVoucher: voucher },
};

/** The legal edges of annex1/3–7: each state has exactly one way forward. */
const LEGAL: readonly (readonly [WorkflowStatus, WorkflowEventType, WorkflowStatus])[] = [
  ["draft", "submit", "submitted"],
  ["submitted", "review", "reviewed"],
  ["returned", "revise", "draft"],
  ["reviewed", "enter_standards", "standards_entered"],
  ["standards_entered", "pay", "paid"],
  ["paid", "allocate", "allocated"],
  ["allocated", "reconcile", "reconciled"],
  ["reconciled", "issue_receipt", "receipted"],
];

const ALL_PAIRS = WORKFLOW_STATUSES.flatMap((status) => WORKFLOW_EVENTS.map((event) => [status, event] as const));
const ILLEGAL_PAIRS = ALL_PAIRS.filter(([status, event]) => !LEGAL.some(([from, via]) => from === status && via === event));

function failure(result: TransitionResult): readonly Finding[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.findings;
}

function nextState(result: TransitionResult): WorkflowState {
  expect(result.ok).toBe(true);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.state;
}

describe("transition", () => {
  it("walks the whole workflow from draft to receipted", () => {
    let state: WorkflowState = STATES.draft;
    for (const type of ["submit", "review", "enter_standards", "pay", "allocate", "reconcile", "issue_receipt"] as const) {
      state = nextState(transition(state, EVENTS[type]));
    }
    expect(state).toEqual({
      status: "receipted",
      applicationId: ID,
      roster,
      payment: voucher,
      receipt: { voucher: "BANK-0001", amount: "180.00", date: "2025-07-01" },
    });
  });

  it.each(LEGAL)("allows %s –%s→ %s", (from, event, to) => {
    expect(nextState(transition(STATES[from], EVENTS[event])).status).toBe(to);
  });

  it("has 72 state×event pairs, 8 of them legal", () => {
    expect(ALL_PAIRS).toHaveLength(72);
    expect(ILLEGAL_PAIRS).toHaveLength(64);
  });

  it.each(ILLEGAL_PAIRS)("rejects %s –%s→ with illegal_transition", (from, event) => {
    const findings = failure(transition(STATES[from], EVENTS[event]));
    expect(findings).toEqual([
      expect.objectContaining({ code: "illegal_transition", severity: "error", clause: "opinion/3.5", path: ["event", "type"], details: { from, event } }),
    ]);
  });

  describe("review (annex1/4)", () => {
    it("returns an application whose report has errors, keeping the errors only", () => {
      const error = { code: "application_not_sealed", severity: "error", clause: "annex1/3", message: { zh: "", en: "" }, path: ["application", "sealed"] } as const;
      const warning = { code: "below_floor", severity: "warning", clause: "opinion/3.3", message: { zh: "", en: "" } } as const;
      const state = nextState(
        transition(STATES.submitted, { type: "review", report: { compliant: false, findings: [error, warning], totals: { members: 2, claimed: "180.00" } } }),
      );
      expect(state).toEqual({ status: "returned", applicationId: ID, findings: [error] });
      expect(nextState(transition(state, { type: "revise" }))).toEqual({ status: "draft", applicationId: ID });
    });

    it("returns an application whose report says compliant but carries an error", () => {
      const error = { code: "roster_empty", severity: "error", clause: "annex1/3", message: { zh: "", en: "" } } as const;
      const state = nextState(transition(STATES.submitted, { type: "review", report: { compliant: true, findings: [error], totals: { members: 0, claimed: "0" } } }));
      expect(state.status).toBe("returned");
    });

    it("passes a report with only warnings and records the roster total", () => {
      const warning = { code: "below_floor", severity: "warning", clause: "opinion/3.3", message: { zh: "", en: "" } } as const;
      const state = nextState(transition(STATES.submitted, { type: "review", report: { compliant: true, findings: [warning], totals: { members: 3, claimed: 230 } as never } }));
      expect(state).toEqual({ status: "reviewed", applicationId: ID, roster: { members: 3, total: "230.00" } });
    });

    it("answers a review without a report with invalid_input naming it", () => {
      const findings = failure(transition(STATES.submitted, { type: "review" } as never));
      expect(findings[0]).toMatchObject({ code: "invalid_input", clause: "annex1/4", path: ["event", "report"] });
    });
  });

  describe("payment (annex1/5)", () => {
    it.each([
      ["179.99", false],
      ["180.00", true],
      ["180.01", false],
    ])("with one transfer of %s yuan for a roster of 180.00 passes: %s", (amount, passes) => {
      const result = transition(STATES.standards_entered, { type: "pay", transfers: [{ ...voucher, amount }] });
      if (passes) {
        expect(nextState(result)).toMatchObject({ status: "paid", payment: voucher });
      } else {
        expect(failure(result)).toEqual([
          expect.objectContaining({
            code: "payment_not_in_full",
            clause: "annex1/5",
            path: ["event", "transfers", 0, "amount"],
            details: { expected: "180.00", paid: amount },
          }),
        ]);
      }
    });

    it("rejects a payment split in two transfers even when they add up", () => {
      const findings = failure(
        transition(STATES.standards_entered, {
          type: "pay",
          transfers: [
            { ...voucher, amount: "100.00" },
            { ...voucher, number: "BANK-0002", amount: "80.00" },
          ],
        }),
      );
      expect(findings).toEqual([
        expect.objectContaining({ code: "payment_split", clause: "annex1/5", path: ["event", "transfers"], details: { count: 2, paid: "180.00" } }),
      ]);
    });

    it("reports a split that does not add up twice over: split and not in full", () => {
      const findings = failure(
        transition(STATES.standards_entered, {
          type: "pay",
          transfers: [
            { ...voucher, amount: "100.00" },
            { ...voucher, number: "BANK-0002", amount: "79.99" },
          ],
        }),
      );
      expect(findings.map((f) => [f.code, f.path])).toEqual([
        ["payment_split", ["event", "transfers"]],
        ["payment_not_in_full", ["event", "transfers"]],
      ]);
    });

    it.each([[undefined], [[]]])("rejects a payment with no transfer (%j) as missing and not in full", (transfers) => {
      const findings = failure(transition(STATES.standards_entered, { type: "pay", transfers } as WorkflowEvent));
      expect(findings).toEqual([
        expect.objectContaining({ code: "payment_missing", clause: "annex1/5", path: ["event", "transfers"] }),
        expect.objectContaining({ code: "payment_not_in_full", clause: "annex1/5", details: { expected: "180.00", paid: "0.00" } }),
      ]);
    });

    it("rejects a payment into another account", () => {
      const findings = failure(transition(STATES.standards_entered, { type: "pay", transfers: [{ ...voucher, account: "other" }] }));
      expect(findings).toEqual([
        expect.objectContaining({ code: "payment_wrong_account", clause: "annex1/5", path: ["event", "transfers", 0, "account"], details: { number: "BANK-0001", account: "other" } }),
      ]);
    });

    it("answers an unreadable transfer with invalid_input naming its field", () => {
      const findings = failure(transition(STATES.standards_entered, { type: "pay", transfers: [{ ...voucher, amount: "1.234" }] }));
      expect(findings[0]).toMatchObject({ code: "invalid_input", path: ["event", "transfers", 0, "amount"] });
    });
  });

  describe("allocation (annex1/6)", () => {
    it.each([
      [{ roster }, ["event", "voucher"], "voucher"],
      [{ voucher }, ["event", "roster"], "roster"],
    ])("needs both documents (%j)", (documents, path, document) => {
      const findings = failure(transition(STATES.paid, { type: "allocate", ...documents }));
      expect(findings).toEqual([expect.objectContaining({ code: "allocation_document_missing", clause: "annex1/6", path, details: { document } })]);
    });

    it("reports both documents missing", () => {
      expect(failure(transition(STATES.paid, { type: "allocate" })).map((f) => f.path)).toEqual([
        ["event", "voucher"],
        ["event", "roster"],
      ]);
    });

    it.each([
      [{ voucher: { ...voucher, amount: "180.001" }, roster }, ["event", "voucher", "amount"]],
      [{ voucher, roster: { members: -1, total: "180.00" } }, ["event", "roster", "members"]],
    ])("answers an unreadable allocation document with invalid_input naming its field (%#)", (documents, path) => {
      const findings = failure(transition(STATES.paid, { type: "allocate", ...documents }));
      expect(findings).toEqual([expect.objectContaining({ code: "invalid_input", severity: "error", clause: "annex1/4", path })]);
    });

    it.each([
      [{ voucher: { ...voucher, number: "BANK-9" }, roster }, ["event", "voucher", "number"], { field: "voucher.number", fieldZh: "缴存凭证编号", expected: "BANK-0001", actual: "BANK-9" }],
      [{ voucher: { ...voucher, amount: "179.99" }, roster }, ["event", "voucher", "amount"], { field: "voucher.amount", fieldZh: "缴存凭证金额", expected: "180.00", actual: "179.99" }],
      [{ voucher, roster: { members: 3, total: "180.00" } }, ["event", "roster", "members"], { field: "roster.members", fieldZh: "花名册人数", expected: 2, actual: 3 }],
      [{ voucher, roster: { members: 2, total: "180.01" } }, ["event", "roster", "total"], { field: "roster.total", fieldZh: "花名册合计金额", expected: "180.00", actual: "180.01" }],
      [{ voucher: { ...voucher, date: "2025-06-30" }, roster }, ["event", "voucher", "date"], { field: "voucher.date", fieldZh: "缴存凭证日期", expected: "2025-07-01", actual: "2025-06-30" }],
      [{ voucher: { ...voucher, date: "2025-07-02" }, roster }, ["event", "voucher", "date"], { field: "voucher.date", fieldZh: "缴存凭证日期", expected: "2025-07-01", actual: "2025-07-02" }],
      [{ voucher: { ...voucher, account: "other" as const }, roster }, ["event", "voucher", "account"], { field: "voucher.account", fieldZh: "缴入账户", expected: "fund_fiscal_revenue", actual: "other" }],
    ])("rejects documents that do not match the record (%#)", (documents, path, details) => {
      const findings = failure(transition(STATES.paid, { type: "allocate", ...documents }));
      expect(findings).toEqual([expect.objectContaining({ code: "allocation_document_mismatch", severity: "error", clause: "annex1/6", path, details })]);
    });

    it("checks the returned voucher on the same four points as the receipt step, reporting every one that differs", () => {
      const other = { number: "BANK-9", amount: "179.99", date: "2025-07-02", account: "other" as const };
      const allocation = failure(transition(STATES.paid, { type: "allocate", voucher: other, roster }));
      const receipt = failure(transition(STATES.reconciled, { type: "issue_receipt", bankVoucher: other }));
      expect(allocation.map((f) => f.path?.[2])).toEqual(["number", "amount", "date", "account"]);
      expect(allocation[2]?.message.zh).toBe("反馈的缴存凭证或花名册与记录不符：缴存凭证日期应为 2025-07-01，实为 2025-07-02");
      expect(receipt.map((f) => f.path?.[2])).toEqual(["number", "amount", "date", "account"]);
    });

    it("refuses a voucher into another account even when the paid state on record says so too", () => {
      const state = { ...STATES.paid, payment: { ...voucher, account: "other" } } as WorkflowState;
      const findings = failure(transition(state, { type: "allocate", voucher: { ...voucher, account: "other" }, roster }));
      expect(findings.map((f) => [f.code, f.path])).toEqual([["allocation_document_mismatch", ["event", "voucher", "account"]]]);
    });
  });

  describe("reconciliation (annex1/6)", () => {
    const balanced = { balanced: true, totals: { roster: "180.00", payment: "180.00", bookings: "180.00" }, findings: [] };

    it("refuses an unbalanced result, passing its error findings on", () => {
      const mismatch = { code: "booking_missing", severity: "error", clause: "annex1/6", message: { zh: "", en: "" }, path: ["input", "roster", 1] } as const;
      const findings = failure(
        transition(STATES.allocated, { type: "reconcile", result: { balanced: false, totals: { ...balanced.totals, bookings: "80.00" }, findings: [mismatch] } }),
      );
      expect(findings).toEqual([mismatch]);
    });

    it.each([
      [{ ...balanced.totals, payment: "179.99", roster: "179.99", bookings: "179.99" }, [["event", "result", "totals", "payment"], ["event", "result", "totals", "roster"]]],
      [{ ...balanced.totals, roster: "180.01" }, [["event", "result", "totals", "roster"]]],
    ])("refuses a result for other totals than those on record (%j)", (totals, paths) => {
      const findings = failure(transition(STATES.allocated, { type: "reconcile", result: { ...balanced, totals } }));
      expect(findings.map((f) => [f.code, f.clause, f.path])).toEqual(paths.map((path) => ["reconciliation_mismatch", "annex1/6", path]));
    });

    it.each([
      [{ type: "reconcile" }, [["event", "result"]]],
      [{ type: "reconcile", result: { ...balanced, totals: { ...balanced.totals, bookings: "180.001" } } }, [["event", "result", "totals", "bookings"]]],
      [{ type: "reconcile", result: { ...balanced, findings: [{ code: "x", severity: "fatal", clause: "annex1/6" }] } }, [["event", "result", "findings", 0, "severity"]]],
    ])("answers an unreadable reconcile result with invalid_input naming its field (%#)", (event, paths) => {
      const findings = failure(transition(STATES.allocated, event as never));
      expect(findings.map((f) => [f.code, f.clause, f.path])).toEqual(paths.map((path) => ["invalid_input", "annex1/4", path]));
    });

    it("refuses a result marked unbalanced without findings", () => {
      const findings = failure(transition(STATES.allocated, { type: "reconcile", result: { ...balanced, balanced: false } }));
      expect(findings).toEqual([expect.objectContaining({ code: "reconciliation_mismatch", path: ["event", "result", "totals", "bookings"] })]);
    });
  });

  describe("receipt (annex1/7)", () => {
    it.each([
      [{ ...voucher, number: "BANK-0002" }, "number", "BANK-0001", "BANK-0002", "凭证编号应为 BANK-0001，实为 BANK-0002"],
      [{ ...voucher, amount: "180.01" }, "amount", "180.00", "180.01", "金额应为 180.00，实为 180.01"],
      [{ ...voucher, date: "2025-07-02" }, "date", "2025-07-01", "2025-07-02", "日期应为 2025-07-01，实为 2025-07-02"],
      [{ ...voucher, account: "other" as const }, "account", "fund_fiscal_revenue", "other", "缴入账户应为 基金财政收入户，实为 其他"],
    ])("issues no receipt from a bank voucher that differs in %#", (bankVoucher, field, expected, actual, zh) => {
      const findings = failure(transition(STATES.reconciled, { type: "issue_receipt", bankVoucher }));
      const details = field === "number" ? { field, fieldZh: "凭证编号", expected, actual } : { field, expected, actual };
      expect(findings).toEqual([expect.objectContaining({ code: "voucher_mismatch", clause: "annex1/7", path: ["event", "bankVoucher", field], details })]);
      expect(findings[0]?.message.zh).toBe(`银行收款凭证与缴费记录不符：${zh}`);
    });

    it("answers an unreadable bank voucher with invalid_input naming its field", () => {
      const findings = failure(transition(STATES.reconciled, { type: "issue_receipt", bankVoucher: { ...voucher, date: "2025-02-30" } }));
      expect(findings).toEqual([expect.objectContaining({ code: "invalid_input", severity: "error", clause: "annex1/4", path: ["event", "bankVoucher", "date"] })]);
    });

    it("issues no receipt without a bank voucher", () => {
      const findings = failure(transition(STATES.reconciled, { type: "issue_receipt" }));
      expect(findings).toEqual([expect.objectContaining({ code: "voucher_mismatch", clause: "annex1/7", path: ["event", "bankVoucher"] })]);
    });
  });

  describe("input", () => {
    it("answers an unknown state and an unknown event with invalid_input for both", () => {
      const findings = failure(transition({ status: "approved", applicationId: ID } as never, { type: "approve" } as never));
      expect(findings.map((f) => [f.code, f.path])).toEqual([
        ["invalid_input", ["state", "status"]],
        ["invalid_input", ["event", "type"]],
      ]);
    });

    it("answers an unreadable state with invalid_input for the state alone when the event is readable", () => {
      const findings = failure(transition({ status: "paid", applicationId: ID, roster } as never, EVENTS.allocate));
      expect(findings).toEqual([
        {
          code: "invalid_input",
          severity: "error",
          clause: "annex1/4",
          message: { zh: "办理状态的缴款有误：缺少该项", en: "Invalid input at state.payment: Invalid input: expected object, received undefined" },
          path: ["state", "payment"],
          details: { field: "state.payment", fieldZh: "办理状态的缴款", problem: "Invalid input: expected object, received undefined", problemZh: "缺少该项", issue: "invalid_type" },
        },
      ]);
    });

    it("answers a readable state with an unknown event with invalid_input for the event alone", () => {
      const findings = failure(transition(STATES.paid, { type: "refund" } as never));
      expect(findings.map((f) => [f.code, f.clause, f.path])).toEqual([["invalid_input", "annex1/4", ["event", "type"]]]);
    });

    it("never throws on arbitrary JSON", () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.jsonValue(), (state, event) => {
          const result = transition(state as never, event as never);
          expect(result.ok).toBe(false);
        }),
      );
    });

    it("never throws on arbitrary events from any state, and never mutates them", () => {
      const statuses = fc.constantFrom(...WORKFLOW_STATUSES);
      const eventArb = fc.oneof(
        fc.constantFrom(...Object.values(EVENTS)),
        fc.record({ type: fc.constantFrom(...WORKFLOW_EVENTS) }, { requiredKeys: [] }).chain((base) => fc.dictionary(fc.string(), fc.jsonValue()).map((extra) => ({ ...extra, ...base }))),
      );
      fc.assert(
        fc.property(statuses, eventArb, (status, event) => {
          const state = STATES[status];
          const before = structuredClone([state, event]);
          transition(state, event as WorkflowEvent);
          expect([state, event]).toEqual(before);
        }),
      );
    });
  });

  describe("guards at their edges", () => {
    const balanced = { balanced: true, totals: { roster: "180.00", payment: "180.00", bookings: "180.00" }, findings: [] };

    it("reports payment_missing when nothing was transferred, even for a roster total of 0.00", () => {
      const empty = { status: "standards_entered", applicationId: ID, roster: { members: 0, total: "0.00" } } as const;
      for (const event of [{ type: "pay" }, { type: "pay", transfers: [] }] as const) {
        expect(transition(empty, event)).toEqual({
          ok: false,
          findings: [
            {
              code: "payment_missing",
              severity: "error",
              clause: "annex1/5",
              message: { zh: "没有缴入记录：集体补助资金应一次性足额缴入", en: "No transfer was recorded: the subsidy must be paid once, in full" },
              path: ["event", "transfers"],
            },
          ],
        });
      }
    });

    it("reconciles a balanced result whose findings are only warnings", () => {
      const warning = { code: "below_floor", severity: "warning", clause: "opinion/3.3", message: { zh: "", en: "" } } as const;
      expect(nextState(transition(STATES.allocated, { type: "reconcile", result: { ...balanced, findings: [warning] } }))).toEqual({
        status: "reconciled",
        applicationId: ID,
        roster,
        payment: voucher,
      });
    });

    it("names the payment and the roster total on record when a reconcile result is for other totals", () => {
      const totals = { roster: "179.99", payment: "180.01", bookings: "179.99" };
      expect(failure(transition(STATES.allocated, { type: "reconcile", result: { ...balanced, totals } }))).toEqual([
        {
          code: "reconciliation_mismatch",
          severity: "error",
          clause: "annex1/6",
          message: { zh: "对账不符：记录的缴款金额应为 180.00 元，实为 180.01 元", en: "Reconciliation does not agree: payment on record is 180.01 yuan, expected 180.00 yuan" },
          path: ["event", "result", "totals", "payment"],
          details: { what: "payment on record", whatZh: "记录的缴款金额", expected: "180.00", actual: "180.01" },
        },
        {
          code: "reconciliation_mismatch",
          severity: "error",
          clause: "annex1/6",
          message: { zh: "对账不符：审核时的花名册合计应为 180.00 元，实为 179.99 元", en: "Reconciliation does not agree: reviewed roster total is 179.99 yuan, expected 180.00 yuan" },
          path: ["event", "result", "totals", "roster"],
          details: { what: "reviewed roster total", whatZh: "审核时的花名册合计", expected: "180.00", actual: "179.99" },
        },
      ]);
    });

    it.each([
      [true, "179.99"],
      [false, "180.00"],
    ])("refuses a result (balanced: %s) whose bookings total is %s for a roster of 180.00, naming both totals", (isBalanced, bookingsTotal) => {
      const result = { ...balanced, balanced: isBalanced, totals: { ...balanced.totals, bookings: bookingsTotal } };
      expect(failure(transition(STATES.allocated, { type: "reconcile", result }))).toEqual([
        {
          code: "reconciliation_mismatch",
          severity: "error",
          clause: "annex1/6",
          message: { zh: `对账不符：入账合计应为 180.00 元，实为 ${bookingsTotal} 元`, en: `Reconciliation does not agree: bookings is ${bookingsTotal} yuan, expected 180.00 yuan` },
          path: ["event", "result", "totals", "bookings"],
          details: { what: "bookings", whatZh: "入账合计", expected: "180.00", actual: bookingsTotal },
        },
      ]);
    });

    it("issues no receipt without a bank voucher, saying none was given", () => {
      expect(failure(transition(STATES.reconciled, { type: "issue_receipt" }))).toEqual([
        {
          code: "voucher_mismatch",
          severity: "error",
          clause: "annex1/7",
          message: { zh: "银行收款凭证与缴费记录不符：银行收款凭证编号应为 BANK-0001，实为 未提供", en: "The bank voucher does not match the payment: bankVoucher is (none), expected BANK-0001" },
          path: ["event", "bankVoucher"],
          details: { field: "bankVoucher", fieldZh: "银行收款凭证编号", expected: "BANK-0001", actual: "(none)", actualZh: "未提供" },
        },
      ]);
    });
  });
});
