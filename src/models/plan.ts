import * as z from "zod";
import type { ReadonlyDeep } from "../core/readonly.js";
import { fenMoney, IsoDateSchema, SubsidyYearSchema, wireMoney, type MoneyKit } from "./primitives.js";
import { LIMITS } from "./limits.js";
import { lazySchema, once } from "../core/lazy.js";

/** The organisation that subsidises (opinion/3.1): a village/community or a villagers' group. */
export const OrganisationSchema = lazySchema(() => z.object({
  name: z.string().min(1).max(200),
  kind: z.enum(["village", "community", "villagers_group"]),
  township: z.string().min(1).max(200),
  county: z.string().min(1).max(200),
}));
/** An organisation. */
export type Organisation = ReadonlyDeep<z.input<typeof OrganisationSchema>>;

/** How long a plan holds (annex1/1): one year (一年一议) or a standing mechanism (长效机制). */
export const ValiditySchema = lazySchema(() => z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("one_year"), year: SubsidyYearSchema }),
  z
    .object({ kind: z.literal("standing"), fromYear: SubsidyYearSchema, toYear: SubsidyYearSchema.optional() })
    .refine((v) => v.toYear === undefined || v.toYear >= v.fromYear, { message: "toYear must not be before fromYear", path: ["toYear"] }),
]));
/** A plan's validity. */
export type Validity = ReadonlyDeep<z.input<typeof ValiditySchema>>;

/** The steps of 四议两公开, in their required order (FACTS.md §4). */
export const DELIBERATION_STEPS = [
  "party_proposal",
  "committees_deliberation",
  "party_members_review",
  "assembly_resolution",
  "resolution_published",
  "results_published",
] as const;
/** One step of 四议两公开. */
export type DeliberationStepName = (typeof DELIBERATION_STEPS)[number];

/** A fraction threshold, compared in exact integers: "2/3 以上" is {2,3}; "过半数" is {1,2,strict}. */
export const ThresholdSchema = lazySchema(() => z
  .object({
    numerator: z.number().int().min(1).max(1000),
    denominator: z.number().int().min(1).max(1000),
    strict: z.boolean().optional(),
  })
  .refine((t) => t.numerator <= t.denominator, { message: "numerator must not exceed denominator", path: ["numerator"] }));
/** A threshold. */
export type Threshold = ReadonlyDeep<z.input<typeof ThresholdSchema>>;

/** The assembly that decided the plan, with its counts. */
export const AssemblySchema = lazySchema(() => z
  .object({
    body: z.enum(["member_assembly", "representative_assembly", "villagers_meeting", "villager_representatives_meeting"]),
    date: IsoDateSchema,
    eligible: z.number().int().min(1).max(10_000_000),
    present: z.number().int().min(0).max(10_000_000),
    votesFor: z.number().int().min(0).max(10_000_000),
  })
  .refine((a) => a.present <= a.eligible, { message: "present must not exceed eligible", path: ["present"] })
  .refine((a) => a.votesFor <= a.present, { message: "votesFor must not exceed present", path: ["votesFor"] }));
/** An assembly. */
export type Assembly = ReadonlyDeep<z.input<typeof AssemblySchema>>;

/** How the plan was decided and made lawful (opinion/3.5, annex1/1–2). */
export const ProcedureSchema = lazySchema(() => z.object({
  steps: z
    .array(z.object({ step: z.enum(DELIBERATION_STEPS), date: IsoDateSchema }))
    .max(LIMITS.deliberationSteps)
    .default([]),
  assembly: AssemblySchema.optional(),
  charterThresholds: z
    .object({
      attendance: ThresholdSchema.optional(),
      approval: ThresholdSchema,
      approvalOf: z.enum(["all", "present"]),
    })
    .optional(),
  publicity: z.object({ postedOn: IsoDateSchema, endsOn: IsoDateSchema.optional() }).optional(),
  townshipApproval: z.object({ date: IsoDateSchema }).optional(),
  countyFiling: z.object({ date: IsoDateSchema }).optional(),
}));
/** A procedure as parsed. */
export type Procedure = ReadonlyDeep<z.input<typeof ProcedureSchema>>;
/** Internal: a procedure as the library reads it (`steps` defaulted). */
export type ParsedProcedure = z.output<typeof ProcedureSchema>;

/**
 * A suspension for lack of means (opinion/3.5): it takes effect only when the township approved
 * it and the county recorded it, and lasts until `resumedOn`.
 */
export const SuspensionSchema = lazySchema(() => z.object({
  from: IsoDateSchema,
  reason: z.string().min(1).max(500),
  townshipApprovedOn: IsoDateSchema.optional(),
  countyFiledOn: IsoDateSchema.optional(),
  resumedOn: IsoDateSchema.optional(),
}));
/** A suspension. */
export type Suspension = ReadonlyDeep<z.input<typeof SuspensionSchema>>;

/** Builds the money-bearing plan schemas from a money kit (public: yuan as sent; internal: fen). */
function planSchemas<M extends z.ZodType, P extends z.ZodType, Pc extends z.ZodType>(kit: MoneyKit<M, P, Pc>) {
  const fen = kit.fen as (value: unknown) => number;
  const subsidyTier = z
    .object({
      minTier: kit.money,
      maxTier: z.optional(kit.money),
      amount: kit.money,
    })
    .refine((value) => {
      const tier = value as { readonly minTier: unknown; readonly maxTier?: unknown };
      return tier.maxTier === undefined || fen(tier.maxTier) >= fen(tier.minTier);
    }, {
      message: "maxTier must not be below minTier",
      path: ["maxTier"],
    });
  const standards = z.object({
    hardship: z.optional(kit.money),
    hardshipRule: z.enum(["hardship_amount", "higher_of"]).default("hardship_amount"),
    ladder: z.array(subsidyTier).max(LIMITS.ladderRungs),
  });
  const funding = z.object({
    collectiveIncome: z.optional(z.object({ base: kit.money, sharePercent: kit.percent, amount: kit.money })),
    donations: z
      .array(
        z.object({
          donor: z.string().min(1).max(200),
          donorKind: z.enum(["enterprise", "social_organisation", "individual", "other"]),
          amount: kit.money,
        }),
      )
      .max(LIMITS.donations)
      .default([]),
  });
  const yearStandards = z.object({
    year: SubsidyYearSchema,
    standards,
    decision: AssemblySchema.optional(),
    publicity: z.object({ postedOn: IsoDateSchema, endsOn: IsoDateSchema }).optional(),
  });
  const plan = z
    .object({
      id: z.string().min(1).max(200),
      organisation: OrganisationSchema,
      validity: ValiditySchema,
      objects: z.string().min(1).max(2000).optional(),
      subsidyTime: z.string().min(1).max(2000).optional(),
      standards: z.optional(standards),
      funding: z.optional(funding),
      procedure: ProcedureSchema.optional(),
      suspensions: z.array(SuspensionSchema).max(LIMITS.suspensions).optional(),
      standardsByYear: z.optional(
        z
          .array(yearStandards)
          .max(LIMITS.yearStandards)
          .refine((entries) => new Set(entries.map((entry) => entry.year)).size === entries.length, { message: "each year must appear at most once" }),
      ),
    })
    .refine((plan) => plan.standardsByYear === undefined || plan.validity.kind === "standing", {
      message: "standardsByYear belongs to a standing plan (长效机制); a one-year plan has one set of standards",
      path: ["standardsByYear"],
    });
  return { subsidyTier, standards, funding, yearStandards, plan };
}

const wire = once(() => planSchemas(wireMoney));
const parsed = once(() => planSchemas(fenMoney));

/**
 * One rung of the ladder (annex2/2, opinion/3.3 按照个人缴费档次): a contribution tier (档次, in
 * yuan: the member's own part plus any government-paid part) in [minTier, maxTier] (both
 * inclusive; no maximum = open-ended) earns `amount` a year.
 */
export const SubsidyTierSchema = lazySchema(() => wire().subsidyTier);
/** A rung as a host sends it: money in yuan (number or decimal string). */
export type SubsidyTier = ReadonlyDeep<z.input<typeof SubsidyTierSchema>>;
/** @deprecated Use {@link SubsidyTier}: the public models are the shapes a host sends. */
export type SubsidyTierInput = SubsidyTier;

/**
 * The plan's standards (opinion/3.3, annex2/2): a flat hardship amount, how it combines with the
 * ladder, and the ladder itself.
 */
export const StandardsSchema = lazySchema(() => wire().standards);
/** Standards as a host sends them (money in yuan). */
export type Standards = ReadonlyDeep<z.input<typeof StandardsSchema>>;

/** Where the money comes from (opinion/3.4, annex2/3): a share of collective income, and donations. */
export const FundingSchema = lazySchema(() => wire().funding);
/** Funding as a host sends it (money in yuan, the share as a number or decimal string). */
export type Funding = ReadonlyDeep<z.input<typeof FundingSchema>>;

/**
 * The standards of one year of a standing plan (opinion/3.3 适时调整; annex2/2 按年动态调整): the
 * standards that replace the plan's `standards` for `year`, the assembly that decided the
 * adjustment (`decision`) and its publicity (annex1/1, at least 5 working days after
 * `postedOn`, up to and including `endsOn`). A missing decision or publicity is reported by
 * `checkPlan` (`plan_missing_element`), not refused.
 */
export const YearStandardsSchema = lazySchema(() => wire().yearStandards);
/** One year's standards as a host sends them (money in yuan). */
export type YearStandards = ReadonlyDeep<z.input<typeof YearStandardsSchema>>;

/**
 * The organisation's implementation plan (实施方案, annex1/1, annex2). Only `id`,
 * `organisation` and `validity` are required to read it: a plan that leaves out one of the
 * elements the policy asks for is reported by `checkPlan` (`plan_missing_element`), not refused.
 */
export const PlanSchema = lazySchema(() => wire().plan);
/** A plan as a host sends it: money in yuan (number or decimal string), dates `YYYY-MM-DD`. */
export type Plan = ReadonlyDeep<z.input<typeof PlanSchema>>;
/** @deprecated Use {@link Plan}: the public models are the shapes a host sends. */
export type PlanInput = Plan;

/** Internal: {@link PlanSchema}'s rules, money parsed into integer fen. */
export const ParsedPlanSchema = lazySchema(() => parsed().plan);
/** Internal: a plan as the library reads it (money in integer fen). */
export type ParsedPlan = z.output<typeof ParsedPlanSchema>;
/** Internal: standards as the library reads them (money in integer fen). */
export type ParsedStandards = z.output<ReturnType<typeof parsed>["standards"]>;
/** Internal: a rung as the library reads it (money in integer fen). */
export type ParsedSubsidyTier = z.output<ReturnType<typeof parsed>["subsidyTier"]>;
/** Internal: funding as the library reads it (money in integer fen, the share as decimal text). */
export type ParsedFunding = z.output<ReturnType<typeof parsed>["funding"]>;
/** Internal: one year's standards as the library reads them. */
export type ParsedYearStandards = z.output<ReturnType<typeof parsed>["yearStandards"]>;
