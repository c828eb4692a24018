/**
 * The assembly's decision — opinion/3.5, FACTS.md §3: attendance and approval thresholds by body
 * and decision date. Villagers' (representative) meetings follow the Village Committee Organic
 * Law at any date; member and representative assemblies follow the Rural Collective Economic
 * Organisation Law from 2025-05-01 and their charter before it; a stricter charter threshold
 * always applies; under every rule a resolution needs more than half of the votes of those
 * present (审议通过 has a floor). "以上" includes the number; counts are exact integers.
 */
import { makeFinding, type Finding, type FindingPath } from "../findings/finding.js";
import { chineseNames } from "../findings/names.js";
import type { Assembly, ParsedProcedure, Threshold } from "../models/plan.js";
import type { PlanCheckContext } from "./context.js";

interface Rule {
  /** the rule's source, in English and in Chinese */
  readonly basis: string;
  readonly basisZh: string;
  /** the rule applies to decisions on or after this date */
  readonly from?: string;
  /** share of the eligible who must attend */
  readonly attendance?: Threshold;
  readonly approval: Threshold;
  /** whom the approval share is of */
  readonly approvalOf: "all" | "present";
}

const TWO_THIRDS: Threshold = { numerator: 2, denominator: 3 };
const MORE_THAN_HALF: Threshold = { numerator: 1, denominator: 2, strict: true };

/** The statutory thresholds of each body (FACTS.md §3). */
const STATUTE: { readonly [body in Assembly["body"]]: Rule } = {
  member_assembly: { basis: "Rural Collective Economic Organisation Law, Art. 27", basisZh: "农村集体经济组织法第二十七条", from: "2025-05-01", attendance: TWO_THIRDS, approval: TWO_THIRDS, approvalOf: "all" },
  representative_assembly: { basis: "Rural Collective Economic Organisation Law, Art. 28", basisZh: "农村集体经济组织法第二十八条", from: "2025-05-01", approval: TWO_THIRDS, approvalOf: "all" },
  villagers_meeting: { basis: "Village Committee Organic Law, Art. 22", basisZh: "村民委员会组织法第二十二条", attendance: MORE_THAN_HALF, approval: MORE_THAN_HALF, approvalOf: "present" },
  villager_representatives_meeting: { basis: "Village Committee Organic Law, Art. 26", basisZh: "村民委员会组织法第二十六条", attendance: TWO_THIRDS, approval: MORE_THAN_HALF, approvalOf: "present" },
};

const CHARTER_BASIS = { basis: "charter", basisZh: "组织章程" } as const;

/**
 * The least count meeting a threshold of `total`, in exact integers: "2/3 以上" of 31 is 21
 * (⌈2·31/3⌉); "过半数" (strict 1/2) of 10 is 6 (⌊10/2⌋ + 1).
 */
export function requiredCount(total: number, threshold: Threshold): number {
  const product = total * threshold.numerator;
  const remainder = product % threshold.denominator;
  const quotient = (product - remainder) / threshold.denominator;
  return threshold.strict === true ? quotient + 1 : quotient + (remainder === 0 ? 0 : 1);
}

interface Criterion {
  readonly counted: "present" | "votesFor";
  readonly actual: number;
  /** each applicable source's requirement */
  readonly requirements: readonly { readonly basis: string; readonly basisZh: string; readonly required: number }[];
}

/** The floor under every rule: "审议通过" means at least more than half of the votes of those present. */
const FLOOR_BASIS = { basis: "majority of those present", basisZh: "到会人数过半数" } as const;

/**
 * The findings on one assembly's decision: `assembly_not_passed` for each count below what the
 * governing rule requires, else `assembly_rule_unknown` when no rule applies. `path` is where the
 * assembly is written (`["plan", "procedure", "assembly"]`, or a year's `decision`).
 */
export function assemblyFindings(assembly: Assembly, charter: ParsedProcedure["charterThresholds"], path: FindingPath): Finding[] {
  const statute = STATUTE[assembly.body];
  const rules: Rule[] = [];
  if (statute.from === undefined || assembly.date >= statute.from) rules.push(statute);
  if (charter !== undefined) rules.push({ ...CHARTER_BASIS, ...charter });

  // Under any rule a resolution needs more than half of the votes of those present (so never 0 votes).
  const floor = { ...FLOOR_BASIS, required: requiredCount(assembly.present, MORE_THAN_HALF) };
  const criteria: Criterion[] = [
    {
      counted: "present",
      actual: assembly.present,
      requirements: rules.flatMap((rule) => (rule.attendance === undefined ? [] : [{ basis: rule.basis, basisZh: rule.basisZh, required: requiredCount(assembly.eligible, rule.attendance) }])),
    },
    {
      counted: "votesFor",
      actual: assembly.votesFor,
      requirements: [...rules.map((rule) => ({ basis: rule.basis, basisZh: rule.basisZh, required: requiredCount(rule.approvalOf === "all" ? assembly.eligible : assembly.present, rule.approval) })), floor],
    },
  ];
  const findings: Finding[] = [];
  for (const { counted, actual, requirements } of criteria) {
    // The stricter source governs; on a tie the first named (statute, charter, then the floor).
    const governing = requirements.reduce<{ basis: string; basisZh: string; required: number } | undefined>((best, next) => (best === undefined || next.required > best.required ? next : best), undefined);
    if (governing !== undefined && actual < governing.required) {
      findings.push(makeFinding("assembly_not_passed", [...path, counted], { counted, actual, required: governing.required, basis: governing.basis, basisZh: governing.basisZh, eligible: assembly.eligible }));
    }
  }
  // Without a known rule, only the floor can fail; passing it still leaves the threshold unknown.
  if (rules.length === 0 && findings.length === 0) return [makeFinding("assembly_rule_unknown", ["plan", "procedure", "charterThresholds"], { body: assembly.body, date: assembly.date })];
  return findings;
}

/** Reports `assembly_not_passed` for each threshold missed, or `assembly_rule_unknown` when no rule applies and the floor is met. */
export function checkAssembly({ plan }: PlanCheckContext): Finding[] {
  const procedure = plan.procedure;
  if (procedure?.assembly === undefined) return [makeFinding("plan_missing_element", ["plan", "procedure", "assembly"], { element: "assembly", elementZh: chineseNames.planElements.assembly })];
  return assemblyFindings(procedure.assembly, procedure.charterThresholds, ["plan", "procedure", "assembly"]);
}
