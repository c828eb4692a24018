/**
 * Payment — annex1/5: after the review the organisation pays the whole subsidy at once and in
 * full (一次性足额) into the resident pension fund's fiscal revenue account.
 */
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import type { ParsedVoucher } from "../models/application.js";

/** Checks the transfers against the reviewed roster total; returns every failing condition. */
export function checkPayment(transfers: readonly ParsedVoucher[], rosterTotal: Fen): Finding[] {
  const findings: Finding[] = [];
  let paid = 0;
  for (const transfer of transfers) paid += transfer.amount;
  // Paying nothing is a failure of its own, even against a roster total of 0.00.
  if (transfers.length === 0) findings.push(makeFinding("payment_missing", ["event", "transfers"]));
  if (transfers.length > 1) {
    findings.push(makeFinding("payment_split", ["event", "transfers"], { count: transfers.length, paid: formatFen(paid) }));
  }
  if (paid !== rosterTotal) {
    findings.push(
      makeFinding("payment_not_in_full", transfers.length === 1 ? ["event", "transfers", 0, "amount"] : ["event", "transfers"], {
        expected: formatFen(rosterTotal),
        paid: formatFen(paid),
      }),
    );
  }
  transfers.forEach((transfer, index) => {
    if (transfer.account !== "fund_fiscal_revenue") {
      findings.push(makeFinding("payment_wrong_account", ["event", "transfers", index, "account"], { number: transfer.number, account: transfer.account }));
    }
  });
  return findings;
}
