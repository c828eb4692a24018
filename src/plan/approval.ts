/**
 * Approval and filing — opinion/3.5, annex1/2: after the assembly's resolution and the
 * publicity, the township approves the plan (after the last day of publicity) and the county HR
 * bureau records it (not before the township's approval); only then is it implemented.
 */
import { makeFinding, type Finding, type FindingPath } from "../findings/finding.js";
import type { ParsedPlan } from "../models/plan.js";
import type { PlanCheckContext } from "./context.js";

/** One dated event of the procedure, in the order the events must happen. */
interface Link {
  readonly item: string;
  readonly date: string | undefined;
  readonly path: FindingPath;
  /** the items this one must come strictly after (others: on or after) */
  readonly strictlyAfter?: readonly string[];
}

const PROCEDURE: FindingPath = ["plan", "procedure"];

/**
 * The resolution's date: the first `assembly_resolution` step, else the assembly's date. It opens
 * the chain, so it is never the link reported out of order: no finding points at its path.
 */
function resolutionLink(plan: ParsedPlan): Link {
  const step = plan.procedure?.steps.find((entry) => entry.step === "assembly_resolution");
  return { item: "assembly_resolution", date: step !== undefined ? step.date : plan.procedure?.assembly?.date, path: PROCEDURE };
}

function chainOf(plan: ParsedPlan): Link[] {
  const procedure = plan.procedure;
  return [
    resolutionLink(plan),
    { item: "publicity.postedOn", date: procedure?.publicity?.postedOn, path: [...PROCEDURE, "publicity", "postedOn"] },
    { item: "publicity.endsOn", date: procedure?.publicity?.endsOn, path: [...PROCEDURE, "publicity", "endsOn"] },
    {
      item: "townshipApproval",
      date: procedure?.townshipApproval?.date,
      path: [...PROCEDURE, "townshipApproval", "date"],
      strictlyAfter: ["publicity.postedOn", "publicity.endsOn"],
    },
    { item: "countyFiling", date: procedure?.countyFiling?.date, path: [...PROCEDURE, "countyFiling", "date"] },
  ];
}

/** Reports `township_approval_missing`, `county_filing_missing` and `procedure_out_of_order`. */
export function checkApproval({ plan }: PlanCheckContext): Finding[] {
  const findings: Finding[] = [];
  if (plan.procedure?.townshipApproval === undefined) findings.push(makeFinding("township_approval_missing", [...PROCEDURE, "townshipApproval"]));
  if (plan.procedure?.countyFiling === undefined) findings.push(makeFinding("county_filing_missing", [...PROCEDURE, "countyFiling"]));
  let previous: (Link & { date: string }) | undefined;
  for (const link of chainOf(plan)) {
    if (link.date === undefined) continue;
    if (previous !== undefined) {
      const strict = link.strictlyAfter?.includes(previous.item) === true;
      if (strict ? link.date <= previous.date : link.date < previous.date) {
        findings.push(makeFinding("procedure_out_of_order", link.path, { item: link.item, date: link.date, before: previous.item, beforeDate: previous.date }));
        continue;
      }
    }
    previous = { ...link, date: link.date };
  }
  return findings;
}
