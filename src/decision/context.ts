import { chineseNames } from "../findings/names.js";
import { pushAll } from "../core/pushAll.js";
import * as z from "zod";
import { lastDayOfYear, type IsoDate } from "../core/dates.js";
import { formatFen, parseFen, type Fen } from "../core/money.js";
import { makeFinding, rerootFinding, type Finding, type FindingPath } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { ladderOverlaps, standardsForYear } from "../models/ladderShape.js";
import { ParsedPlanSchema, type ParsedPlan, type ParsedStandards } from "../models/plan.js";
import { planCoversYear, suspensionChangesWithin } from "../models/planStatus.js";
import { IsoDateSchema, SubsidyYearSchema } from "../models/primitives.js";
import { planStandards, type PlanStandards } from "./standard.js";
import { TraceSteps } from "./traceSteps.js";
import { lazySchema } from "../core/lazy.js";

/** Everything a member's decision reads that does not depend on the member, checked once. */
export interface DecisionContext {
  readonly plan: ParsedPlan;
  /** the standards of the year: its `standardsByYear` entry, else the plan's `standards` */
  readonly standards: ParsedStandards;
  readonly year: number;
  readonly floor: Fen;
  readonly cap: Fen;
  readonly planInForce: boolean;
  readonly asOf: IsoDate | undefined;
  readonly trace: boolean;
  /** the trace's shared steps, exactly when tracing */
  readonly steps: TraceSteps | undefined;
  /** the floor and the cap printed, once */
  readonly floorText: string;
  readonly capText: string;
  /** 31 December of the year: the day suspension is judged on when nothing else names one */
  readonly lastDay: IsoDate;
  /**
   * true when a filed suspension starts or ends within the year, so that without `asOf` a
   * decision needs the contribution's `paidOn` (opinion/3.5)
   */
  readonly suspensionWithinYear: boolean;
  /** the plan's standards with their texts printed, once */
  readonly offered: PlanStandards;
}

/** The context, or the findings that stop any decision (bad plan, bad options, missing parameter). */
export type PreparedContext =
  | { readonly ok: true; readonly context: DecisionContext }
  | { readonly ok: false; readonly findings: readonly Finding[]; readonly year: number | null; readonly trace: boolean };

const OptionsSchema = lazySchema(() => z.object({
  year: SubsidyYearSchema,
  trace: z.boolean().optional(),
  asOf: IsoDateSchema.optional(),
  policy: z.object({
    kind: z.literal("collective-pension-subsidy/policy"),
    floor: z.object({ value: z.string() }),
    highestTier: z.record(z.string(), z.object({ value: z.string() })),
    // createPolicy's own findings; a hand-built policy must carry the same shape.
    findings: z.array(z.looseObject({ code: z.string(), path: z.array(z.union([z.string(), z.number()])).optional() })),
  }),
}));

const OPTIONS_PATH: FindingPath = ["options"];
const POLICY_PATH: FindingPath = ["options", "policy"];

/** Reads the plan and the options once, for one decision or a whole roster. */
export function prepareContext(plan: unknown, options: unknown): PreparedContext {
  const findings: Finding[] = [];
  const parsedOptions = OptionsSchema.safeParse(options);
  const parsedPlan = ParsedPlanSchema.safeParse(plan);
  if (!parsedOptions.success) pushAll(findings, findingsFromZodError(parsedOptions.error, OPTIONS_PATH, options));
  if (!parsedPlan.success) pushAll(findings, findingsFromZodError(parsedPlan.error, ["plan"], plan));
  const rawYear = (options as { year?: unknown } | null | undefined)?.year;
  const year = parsedOptions.success ? parsedOptions.data.year : Number.isInteger(rawYear) ? (rawYear as number) : null;
  const trace = parsedOptions.success ? parsedOptions.data.trace === true : false;
  if (!parsedOptions.success || !parsedPlan.success) return { ok: false, findings, year, trace };

  const { policy } = parsedOptions.data;
  for (const finding of policy.findings as unknown as Finding[]) findings.push(rerootFinding(finding, POLICY_PATH));
  const floor = parseFen(policy.floor.value);
  if (floor === undefined) findings.push(makeFinding("invalid_input", [...POLICY_PATH, "floor"], { field: "options.policy.floor", problem: "not an amount", problemZh: "不是有效的金额" }));
  const capParameter = policy.highestTier[String(year)];
  const cap = capParameter === undefined ? undefined : parseFen(capParameter.value);
  if (capParameter === undefined) {
    findings.push(makeFinding("parameter_missing", [...POLICY_PATH, "highestTier", String(year)], { year: year as number, parameter: "highestTier" }));
  } else if (cap === undefined) {
    findings.push(makeFinding("invalid_input", [...POLICY_PATH, "highestTier", String(year)], { field: `options.policy.highestTier.${year}`, problem: "not an amount", problemZh: "不是有效的金额" }));
  }
  const placed = standardsForYear(parsedPlan.data, parsedOptions.data.year);
  if (placed === undefined) findings.push(makeFinding("plan_missing_element", ["plan", "standards"], { element: "standards", elementZh: chineseNames.planElements.standards }));
  // Which rung applies is not knowable on overlapping rungs: no decision rests on them.
  else for (const overlap of ladderOverlaps(placed.standards.ladder, [...placed.path, "ladder"])) findings.push(overlap);
  if (findings.length > 0 || floor === undefined || cap === undefined || placed === undefined) return { ok: false, findings, year, trace };

  const floorText = formatFen(floor);
  const capText = formatFen(cap);
  return {
    ok: true,
    context: {
      plan: parsedPlan.data,
      standards: placed.standards,
      year: parsedOptions.data.year,
      floor,
      cap,
      planInForce: planCoversYear(parsedPlan.data.validity, parsedOptions.data.year),
      asOf: parsedOptions.data.asOf,
      trace,
      steps: trace ? new TraceSteps(parsedOptions.data.year, floorText, capText) : undefined,
      floorText,
      capText,
      lastDay: lastDayOfYear(parsedOptions.data.year),
      suspensionWithinYear: suspensionChangesWithin(parsedPlan.data.suspensions, `${parsedOptions.data.year}-01-01`, lastDayOfYear(parsedOptions.data.year)),
      offered: planStandards(placed.standards, placed.path),
    },
  };
}
