/**
 * Force and suspension — opinion/3.5 (and annex1/1: one year or a standing mechanism): a plan
 * applies to the years its validity names; a suspension for lack of means takes effect only
 * when the township approved it and the county recorded it, from `from` until `resumedOn`.
 */
import { makeFinding, type Finding } from "../findings/finding.js";
import { isSuspensionFiled, planCoversYear, suspensionOn } from "../models/planStatus.js";
import type { PlanCheckContext } from "./context.js";

const RECORDS = ["townshipApprovedOn", "countyFiledOn"] as const;
const MISSING_ZH = { townshipApprovedOn: "乡镇（街道）审核同意", countyFiledOn: "县（区）备案" } as const;

/** Reports `plan_not_in_force` (with `year`), `plan_suspended` (with `asOf`) and `suspension_not_filed`. */
export function checkInForce({ plan, year, asOf }: PlanCheckContext): Finding[] {
  const findings: Finding[] = [];
  if (year !== undefined && !planCoversYear(plan.validity, year)) findings.push(makeFinding("plan_not_in_force", ["plan", "validity"], { year }));
  const suspensions = plan.suspensions ?? [];
  suspensions.forEach((suspension, index) => {
    if (isSuspensionFiled(suspension)) return;
    const missing = RECORDS.filter((record) => suspension[record] === undefined);
    findings.push(makeFinding("suspension_not_filed", ["plan", "suspensions", index], { from: suspension.from, missing: missing.join(", "), missingZh: missing.map((record) => MISSING_ZH[record]).join("和") }));
  });
  const suspended = asOf === undefined ? undefined : suspensionOn(suspensions, asOf);
  if (suspended !== undefined) {
    findings.push(makeFinding("plan_suspended", ["plan", "suspensions", suspensions.indexOf(suspended)], { from: suspended.from, reason: suspended.reason, date: asOf as string }));
  }
  return findings;
}
