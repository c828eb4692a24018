/**
 * Allocation — annex1/6: the organisation returns the payment voucher and the subsidy roster to
 * the agency; both must be there and agree with the payment made and the roster reviewed. The
 * voucher is held to the same evidence as the receipt step's bank voucher (annex1/7): number,
 * amount, date and the fund's fiscal revenue account.
 */
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import type { ParsedVoucher } from "../models/application.js";

/** The reviewed roster: its count and total. */
export interface RosterSummary {
  readonly members: number;
  readonly total: Fen;
}

/** Checks the returned documents; returns every failing condition. */
export function checkAllocation(
  voucher: ParsedVoucher | undefined,
  roster: RosterSummary | undefined,
  payment: ParsedVoucher,
  reviewed: RosterSummary,
): Finding[] {
  const findings: Finding[] = [];
  if (voucher === undefined) {
    findings.push(makeFinding("allocation_document_missing", ["event", "voucher"], { document: "voucher" }));
  } else {
    if (voucher.number !== payment.number) {
      findings.push(makeFinding("allocation_document_mismatch", ["event", "voucher", "number"], { field: "voucher.number", fieldZh: "缴存凭证编号", expected: payment.number, actual: voucher.number }));
    }
    if (voucher.amount !== payment.amount) {
      findings.push(
        makeFinding("allocation_document_mismatch", ["event", "voucher", "amount"], { field: "voucher.amount", fieldZh: "缴存凭证金额", expected: formatFen(payment.amount), actual: formatFen(voucher.amount) }),
      );
    }
    if (voucher.date !== payment.date) {
      findings.push(makeFinding("allocation_document_mismatch", ["event", "voucher", "date"], { field: "voucher.date", fieldZh: "缴存凭证日期", expected: payment.date, actual: voucher.date }));
    }
    // The account the money went into, checked as the receipt step checks it (annex1/5, annex1/7).
    if (voucher.account !== "fund_fiscal_revenue") {
      findings.push(makeFinding("allocation_document_mismatch", ["event", "voucher", "account"], { field: "voucher.account", fieldZh: "缴入账户", expected: "fund_fiscal_revenue", actual: voucher.account }));
    }
  }
  if (roster === undefined) {
    findings.push(makeFinding("allocation_document_missing", ["event", "roster"], { document: "roster" }));
  } else {
    if (roster.members !== reviewed.members) {
      findings.push(makeFinding("allocation_document_mismatch", ["event", "roster", "members"], { field: "roster.members", fieldZh: "花名册人数", expected: reviewed.members, actual: roster.members }));
    }
    if (roster.total !== reviewed.total) {
      findings.push(
        makeFinding("allocation_document_mismatch", ["event", "roster", "total"], { field: "roster.total", fieldZh: "花名册合计金额", expected: formatFen(reviewed.total), actual: formatFen(roster.total) }),
      );
    }
  }
  return findings;
}
