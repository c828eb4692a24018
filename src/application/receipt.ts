/**
 * The receipt letter — annex1/7: the agency issues the 到账函 on the strength of the bank's
 * voucher of the money received; the voucher must be the payment's, for its amount and day,
 * into the fund's fiscal revenue account.
 */
import { formatFen } from "../core/money.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import type { ParsedVoucher } from "../models/application.js";

/** Checks the bank voucher against the payment; returns every failing condition. */
export function checkBankVoucher(bankVoucher: ParsedVoucher | undefined, payment: ParsedVoucher): Finding[] {
  if (bankVoucher === undefined) {
    return [makeFinding("voucher_mismatch", ["event", "bankVoucher"], { field: "bankVoucher", fieldZh: "银行收款凭证编号", expected: payment.number, actual: "(none)", actualZh: "未提供" })];
  }
  const findings: Finding[] = [];
  const path = ["event", "bankVoucher"] as const;
  if (bankVoucher.number !== payment.number) {
    findings.push(makeFinding("voucher_mismatch", [...path, "number"], { field: "number", fieldZh: "凭证编号", expected: payment.number, actual: bankVoucher.number }));
  }
  if (bankVoucher.amount !== payment.amount) {
    findings.push(makeFinding("voucher_mismatch", [...path, "amount"], { field: "amount", expected: formatFen(payment.amount), actual: formatFen(bankVoucher.amount) }));
  }
  if (bankVoucher.date !== payment.date) {
    findings.push(makeFinding("voucher_mismatch", [...path, "date"], { field: "date", expected: payment.date, actual: bankVoucher.date }));
  }
  if (bankVoucher.account !== "fund_fiscal_revenue") {
    findings.push(makeFinding("voucher_mismatch", [...path, "account"], { field: "account", expected: "fund_fiscal_revenue", actual: bankVoucher.account }));
  }
  return findings;
}
