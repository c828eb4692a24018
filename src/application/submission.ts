/**
 * The application itself — annex1/3 (sealed, every year, with the roster and the organisation's
 * own plan attached), annex1/1 (the plan holds for one year or as a standing mechanism) and
 * opinion/3.5 (a plan is implemented only after the county records it; a filed suspension stops
 * the subsidy).
 */
import { makeFinding, type Finding } from "../findings/finding.js";
import type { ParsedApplication } from "../models/application.js";
import type { Organisation } from "../models/plan.js";
import { planCoversYear, suspensionOn } from "../models/planStatus.js";

const ORGANISATION_FIELDS = ["name", "kind", "township", "county"] as const satisfies readonly (keyof Organisation)[];
const ORGANISATION_FIELDS_ZH = { name: "名称", kind: "类别", township: "所属乡镇（街道）", county: "所属县（区）" } as const;

/** An application whose rows are read one by one elsewhere. */
export type ApplicationEnvelope = Omit<ParsedApplication, "roster" | "subsidyTime" | "contributionStatus"> & { readonly roster: readonly unknown[] };

/** Every problem of the application as a document, in a stable order. */
export function checkSubmission(application: ApplicationEnvelope): Finding[] {
  const findings: Finding[] = [];
  const { plan, year, submittedOn } = application;

  if (!application.sealed) findings.push(makeFinding("application_not_sealed", ["application", "sealed"]));

  for (const field of ORGANISATION_FIELDS) {
    if (application.organisation[field] !== plan.organisation[field]) {
      findings.push(
        makeFinding("application_organisation_mismatch", ["application", "plan", "organisation", field], {
          field,
          fieldZh: ORGANISATION_FIELDS_ZH[field],
          application: application.organisation[field],
          plan: plan.organisation[field],
        }),
      );
    }
  }

  if (!planCoversYear(plan.validity, year)) {
    const validity = plan.validity.kind === "one_year" ? String(plan.validity.year) : `${plan.validity.fromYear}–${plan.validity.toYear ?? ""}`;
    findings.push(makeFinding("application_year_mismatch", ["application", "plan", "validity"], { year, validity }));
  }

  const filedOn = plan.procedure?.countyFiling?.date;
  if (filedOn !== undefined && submittedOn < filedOn) {
    findings.push(makeFinding("submitted_before_filing", ["application", "submittedOn"], { submittedOn, filedOn }));
  }

  const suspensions = plan.suspensions ?? [];
  const suspension = suspensionOn(suspensions, submittedOn);
  if (suspension !== undefined) {
    const index = suspensions.indexOf(suspension);
    findings.push(makeFinding("plan_suspended", ["application", "plan", "suspensions", index], { from: suspension.from, reason: suspension.reason, date: submittedOn }));
  }

  if (application.roster.length === 0) findings.push(makeFinding("roster_empty", ["application", "roster"]));
  return findings;
}
