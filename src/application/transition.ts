import { formatFen } from "../core/money.js";
import { pushAll } from "../core/pushAll.js";
import { hasError, makeFinding, type Finding } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import type { ParsedVoucher, Voucher } from "../models/application.js";
import { checkAllocation } from "./allocation.js";
import { checkPayment } from "./payment.js";
import { checkBankVoucher } from "./receipt.js";
import {
  AllocateEventSchema,
  EventTypeSchema,
  PayEventSchema,
  ReceiptEventSchema,
  ReconcileEventSchema,
  ReviewEventSchema,
  StateSchema,
  type ParsedState,
  type WORKFLOW_EVENTS,
  type WORKFLOW_STATUSES,
} from "./workflowSchemas.js";

/** Where an application stands in the agency's workflow (annex1/3–7). */
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];
/** What can happen to it. */
export type WorkflowEventType = (typeof WORKFLOW_EVENTS)[number];

/** The reviewed roster: how many members and its total (yuan, two decimals). */
export interface WorkflowRoster {
  readonly members: number;
  readonly total: string;
}

/** The single payment made (annex1/5), from its voucher; amount in yuan with two decimals. */
export interface WorkflowPayment {
  readonly number: string;
  readonly amount: string;
  readonly date: string;
  readonly account: "fund_fiscal_revenue" | "other";
}

/** The receipt letter issued (annex1/7), from the bank voucher. */
export interface WorkflowReceipt {
  readonly voucher: string;
  readonly amount: string;
  readonly date: string;
}

/** A state of the workflow with what it has established so far. */
export type WorkflowState =
  | { readonly status: "draft"; readonly applicationId: string }
  | { readonly status: "submitted"; readonly applicationId: string }
  | { readonly status: "returned"; readonly applicationId: string; readonly findings: readonly Finding[] }
  | { readonly status: "reviewed"; readonly applicationId: string; readonly roster: WorkflowRoster }
  | { readonly status: "standards_entered"; readonly applicationId: string; readonly roster: WorkflowRoster }
  | { readonly status: "paid"; readonly applicationId: string; readonly roster: WorkflowRoster; readonly payment: WorkflowPayment }
  | { readonly status: "allocated"; readonly applicationId: string; readonly roster: WorkflowRoster; readonly payment: WorkflowPayment }
  | { readonly status: "reconciled"; readonly applicationId: string; readonly roster: WorkflowRoster; readonly payment: WorkflowPayment }
  | {
      readonly status: "receipted";
      readonly applicationId: string;
      readonly roster: WorkflowRoster;
      readonly payment: WorkflowPayment;
      readonly receipt: WorkflowReceipt;
    };

/** The parts of a `checkApplication` report the review reads. */
export interface ReviewReport {
  readonly compliant: boolean;
  readonly findings: readonly Finding[];
  readonly totals: { readonly members: number; readonly claimed: string };
}

/** The parts of a `reconcile` result the reconciliation step reads. */
export interface ReconciliationOutcome {
  readonly balanced: boolean;
  readonly totals: { readonly roster: string; readonly payment: string; readonly bookings: string };
  readonly findings: readonly Finding[];
}

/** Something that happens to an application. */
export type WorkflowEvent =
  | { readonly type: "submit" }
  | { readonly type: "review"; readonly report: ReviewReport }
  | { readonly type: "revise" }
  | { readonly type: "enter_standards" }
  | { readonly type: "pay"; readonly transfers?: readonly Voucher[] }
  | { readonly type: "allocate"; readonly voucher?: Voucher; readonly roster?: { readonly members: number; readonly total: number | string } }
  | { readonly type: "reconcile"; readonly result: ReconciliationOutcome }
  | { readonly type: "issue_receipt"; readonly bankVoucher?: Voucher };

/** The next state, or why the event cannot happen (the state is then unchanged). */
export type TransitionResult = { readonly ok: true; readonly state: WorkflowState } | { readonly ok: false; readonly findings: readonly Finding[] };

function failed(findings: readonly Finding[]): TransitionResult {
  return { ok: false, findings };
}

function payment(voucher: ParsedVoucher): WorkflowPayment {
  return { number: voucher.number, amount: formatFen(voucher.amount), date: voucher.date, account: voucher.account };
}

function illegal(from: WorkflowStatus, event: WorkflowEventType): TransitionResult {
  return failed([makeFinding("illegal_transition", ["event", "type"], { from, event })]);
}

/* v8 ignore next 3 -- @preserve: TS exhaustiveness check, unreachable by type */
function assertNever(value: never): never {
  throw new Error(`[collective-pension-subsidy] unreachable: ${String(value)}`);
}

/**
 * Moves an application one step through the agency's workflow.
 *
 * @remarks
 * annex1/3–7 in the order of opinion/3.5: `draft` –submit→ `submitted` –review→ `reviewed` (or
 * `returned` when the `checkApplication` report has errors; –revise→ `draft`) –enter_standards→
 * `standards_entered` –pay→ `paid` –allocate→ `allocated` –reconcile→ `reconciled`
 * –issue_receipt→ `receipted`. Each state has exactly one way forward; anything else is
 * `illegal_transition`. Guards: the payment is one transfer of exactly the reviewed roster total
 * into the fund's fiscal revenue account (annex1/5); allocation needs the voucher of that payment
 * (its number, amount and date, into the fund's fiscal revenue account — the same evidence the
 * receipt step reads) and the reviewed roster (annex1/6); reconciliation must balance for the payment and roster on
 * record (annex1/6); the receipt is issued only from a bank voucher that matches the payment
 * (annex1/7). Amounts are compared in integer fen. A failed guard leaves the state as it was.
 *
 * @param state - the current state, as JSON from the host
 * @param event - what happened, with the documents its guard reads
 * @returns `{ ok: true, state }`, or `{ ok: false, findings }` with `illegal_transition`,
 * `payment_missing`, `payment_not_in_full`, `payment_split`, `payment_wrong_account`, `allocation_document_missing`,
 * `allocation_document_mismatch`, `reconciliation_mismatch` (or the reconcile result's own
 * findings), `voucher_mismatch`, `invalid_input`
 *
 * @example
 * ```ts
 * const reviewed = transition({ status: "submitted", applicationId: "JJ-2025" }, {
 *   type: "review",
 *   report: { compliant: true, findings: [], totals: { members: 2, claimed: "180.00" } },
 * });
 * reviewed.ok && reviewed.state;
 * //=> { status: "reviewed", applicationId: "JJ-2025", roster: { members: 2, total: "180.00" } }
 * const paid = transition({ status: "standards_entered", applicationId: "JJ-2025", roster: { members: 2, total: "180.00" } }, {
 *   type: "pay",
 *   transfers: [
 *     { number: "B-1", amount: 100, date: "2025-07-01", account: "fund_fiscal_revenue" },
 *     { number: "B-2", amount: 80, date: "2025-07-02", account: "fund_fiscal_revenue" },
 *   ],
 * });
 * paid.ok ? [] : paid.findings.map((f) => f.code);
 * //=> ["payment_split"]
 * transition({ status: "draft", applicationId: "JJ-2025" }, { type: "pay", transfers: [] }).ok;
 * //=> false
 * ```
 */
export function transition(state: WorkflowState, event: WorkflowEvent): TransitionResult {
  const parsedState = StateSchema.safeParse(state);
  const parsedType = EventTypeSchema.safeParse(event);
  if (!parsedState.success || !parsedType.success) {
    const findings: Finding[] = [];
    if (!parsedState.success) pushAll(findings, findingsFromZodError(parsedState.error, ["state"], state));
    if (!parsedType.success) pushAll(findings, findingsFromZodError(parsedType.error, ["event"], event));
    return failed(findings);
  }
  const current: ParsedState = parsedState.data;
  const type = parsedType.data.type;
  const { applicationId } = current;

  switch (type) {
    case "submit":
      if (current.status !== "draft") return illegal(current.status, type);
      return { ok: true, state: { status: "submitted", applicationId } };

    case "revise":
      if (current.status !== "returned") return illegal(current.status, type);
      return { ok: true, state: { status: "draft", applicationId } };

    case "review": {
      if (current.status !== "submitted") return illegal(current.status, type);
      const parsed = ReviewEventSchema.safeParse(event);
      if (!parsed.success) return failed(findingsFromZodError(parsed.error, ["event"], event));
      const { report } = parsed.data;
      const findings = report.findings as unknown as Finding[];
      if (!report.compliant || hasError(findings)) {
        return { ok: true, state: { status: "returned", applicationId, findings: findings.filter((finding) => finding.severity === "error") } };
      }
      return { ok: true, state: { status: "reviewed", applicationId, roster: { members: report.totals.members, total: formatFen(report.totals.claimed) } } };
    }

    case "enter_standards":
      if (current.status !== "reviewed") return illegal(current.status, type);
      return { ok: true, state: { status: "standards_entered", applicationId, roster: { members: current.roster.members, total: formatFen(current.roster.total) } } };

    case "pay": {
      if (current.status !== "standards_entered") return illegal(current.status, type);
      const parsed = PayEventSchema.safeParse(event);
      if (!parsed.success) return failed(findingsFromZodError(parsed.error, ["event"], event));
      const transfers = parsed.data.transfers ?? [];
      const findings = checkPayment(transfers, current.roster.total);
      const single = transfers[0];
      if (findings.length > 0 || single === undefined) return failed(findings);
      const roster = { members: current.roster.members, total: formatFen(current.roster.total) };
      return { ok: true, state: { status: "paid", applicationId, roster, payment: payment(single) } };
    }

    case "allocate": {
      if (current.status !== "paid") return illegal(current.status, type);
      const parsed = AllocateEventSchema.safeParse(event);
      if (!parsed.success) return failed(findingsFromZodError(parsed.error, ["event"], event));
      const findings = checkAllocation(parsed.data.voucher, parsed.data.roster, current.payment, current.roster);
      if (findings.length > 0) return failed(findings);
      const roster = { members: current.roster.members, total: formatFen(current.roster.total) };
      return { ok: true, state: { status: "allocated", applicationId, roster, payment: payment(current.payment) } };
    }

    case "reconcile": {
      if (current.status !== "allocated") return illegal(current.status, type);
      const parsed = ReconcileEventSchema.safeParse(event);
      if (!parsed.success) return failed(findingsFromZodError(parsed.error, ["event"], event));
      const { result } = parsed.data;
      const findings = (result.findings as unknown as Finding[]).filter((finding) => finding.severity === "error");
      const totalsPath = ["event", "result", "totals"] as const;
      if (result.totals.payment !== current.payment.amount) {
        findings.push(
          makeFinding("reconciliation_mismatch", [...totalsPath, "payment"], {
            what: "payment on record",
            whatZh: "记录的缴款金额",
            expected: formatFen(current.payment.amount),
            actual: formatFen(result.totals.payment),
          }),
        );
      }
      if (result.totals.roster !== current.roster.total) {
        findings.push(
          makeFinding("reconciliation_mismatch", [...totalsPath, "roster"], {
            what: "reviewed roster total",
            whatZh: "审核时的花名册合计",
            expected: formatFen(current.roster.total),
            actual: formatFen(result.totals.roster),
          }),
        );
      }
      if (findings.length === 0 && (!result.balanced || result.totals.bookings !== result.totals.roster)) {
        findings.push(
          makeFinding("reconciliation_mismatch", [...totalsPath, "bookings"], {
            what: "bookings",
            whatZh: "入账合计",
            expected: formatFen(result.totals.roster),
            actual: formatFen(result.totals.bookings),
          }),
        );
      }
      if (findings.length > 0) return failed(findings);
      const roster = { members: current.roster.members, total: formatFen(current.roster.total) };
      return { ok: true, state: { status: "reconciled", applicationId, roster, payment: payment(current.payment) } };
    }

    case "issue_receipt": {
      if (current.status !== "reconciled") return illegal(current.status, type);
      const parsed = ReceiptEventSchema.safeParse(event);
      if (!parsed.success) return failed(findingsFromZodError(parsed.error, ["event"], event));
      const findings = checkBankVoucher(parsed.data.bankVoucher, current.payment);
      const bankVoucher = parsed.data.bankVoucher;
      if (findings.length > 0 || bankVoucher === undefined) return failed(findings);
      const roster = { members: current.roster.members, total: formatFen(current.roster.total) };
      return {
        ok: true,
        state: {
          status: "receipted",
          applicationId,
          roster,
          payment: payment(current.payment),
          receipt: { voucher: bankVoucher.number, amount: formatFen(bankVoucher.amount), date: bankVoucher.date },
        },
      };
    }

    /* v8 ignore next 2 -- @preserve: TS exhaustiveness check, unreachable by type */
    default:
      return assertNever(type);
  }
}
