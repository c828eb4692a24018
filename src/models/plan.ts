import * as z from "zod";
import type { ReadonlyDeep } from "../core/readonly.js";
import { IsoDateSchema, MoneySchema, SubsidyYearSchema } from "./primitives.js";
import { LIMITS } from "./limits.js";

/**
 * One rung of the ladder (annex2/2, opinion/3.3 按照个人缴费档次): a contribution tier (档次, in
 * yuan: the member's own part plus any government-paid part) in [minTier, maxTier] (both
 * inclusive; no maximum = open-ended) earns `amount` a year.
 */
export const SubsidyTierSchema = z
  .object({
    minTier: MoneySchema,
    maxTier: MoneySchema.optional(),
    amount: MoneySchema,
  })
  .refine((tier) => tier.maxTier === undefined || tier.maxTier >= tier.minTier, {
    message: "maxTier must not be below minTier",
    path: ["maxTier"],
  });
/** A rung as parsed (money in fen). */
export type SubsidyTier = z.output<typeof SubsidyTierSchema>;
/** A rung as a host sends it. */
export type SubsidyTierInput = ReadonlyDeep<z.input<typeof SubsidyTierSchema>>;

/**
 * The plan's standards (opinion/3.3, annex2/2): a flat hardship amount, how it combines with the
 * ladder, and the ladder itself.
 */
export const StandardsSchema = z.object({
  hardship: MoneySchema.optional(),
  hardshipRule: z.enum(["hardship_amount", "higher_of"]).default("hardship_amount"),
  ladder: z.array(SubsidyTierSchema).max(LIMITS.ladderRungs),
});
/** Standards as parsed. */
export type Standards = z.output<typeof StandardsSchema>;

/** The organisation that subsidises (opinion/3.1): a village/community or a villagers' group. */
export const OrganisationSchema = z.object({
  name: z.string().min(1).max(200),
  kind: z.enum(["village", "community", "villagers_group"]),
  township: z.string().min(1).max(200),
  county: z.string().min(1).max(200),
});
/** An organisation. */
export type Organisation = z.output<typeof OrganisationSchema>;

/** How long a plan holds (annex1/1): one year (一年一议) or a standing mechanism (长效机制). */
export const ValiditySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("one_year"), year: SubsidyYearSchema }),
  z
    .object({ kind: z.literal("standing"), fromYear: SubsidyYearSchema, toYear: SubsidyYearSchema.optional() })
    .refine((v) => v.toYear === undefined || v.toYear >= v.fromYear, { message: "toYear must not be before fromYear", path: ["toYear"] }),
]);
/** A plan's validity. */
export type Validity = z.output<typeof ValiditySchema>;

/** A percentage between 0 and 100 with at most 4 decimals, as a number or a decimal string. */
export const PercentSchema = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const text = typeof value === "number" ? String(value) : value;
    if (!/^(0|[1-9]\d{0,2})(\.\d{1,4})?$/.test(text) || Number(text) > 100) {
      ctx.addIssue({ code: "custom", message: "expected a percentage between 0 and 100 with at most 4 decimals", input: value });
      return z.NEVER;
    }
    return text;
  });

/** Where the money comes from (opinion/3.4, annex2/3): a share of collective income, and donations. */
export const FundingSchema = z.object({
  collectiveIncome: z
    .object({ base: MoneySchema, sharePercent: PercentSchema, amount: MoneySchema })
    .optional(),
  donations: z
    .array(
      z.object({
        donor: z.string().min(1).max(200),
        donorKind: z.enum(["enterprise", "social_organisation", "individual", "other"]),
        amount: MoneySchema,
      }),
    )
    .max(LIMITS.donations)
    .default([]),
});
/** Funding as parsed. */
export type Funding = z.output<typeof FundingSchema>;

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
export const ThresholdSchema = z
  .object({
    numerator: z.number().int().min(1).max(1000),
    denominator: z.number().int().min(1).max(1000),
    strict: z.boolean().optional(),
  })
  .refine((t) => t.numerator <= t.denominator, { message: "numerator must not exceed denominator", path: ["numerator"] });
/** A threshold. */
export type Threshold = z.output<typeof ThresholdSchema>;

/** The assembly that decided the plan, with its counts. */
export const AssemblySchema = z
  .object({
    body: z.enum(["member_assembly", "representative_assembly", "villagers_meeting", "villager_representatives_meeting"]),
    date: IsoDateSchema,
    eligible: z.number().int().min(1).max(10_000_000),
    present: z.number().int().min(0).max(10_000_000),
    votesFor: z.number().int().min(0).max(10_000_000),
  })
  .refine((a) => a.present <= a.eligible, { message: "present must not exceed eligible", path: ["present"] })
  .refine((a) => a.votesFor <= a.present, { message: "votesFor must not exceed present", path: ["votesFor"] });
/** An assembly. */
export type Assembly = z.output<typeof AssemblySchema>;

/** How the plan was decided and made lawful (opinion/3.5, annex1/1–2). */
export const ProcedureSchema = z.object({
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
});
/** A procedure as parsed. */
export type Procedure = z.output<typeof ProcedureSchema>;

/**
 * A suspension for lack of means (opinion/3.5): it takes effect only when the township approved
 * it and the county recorded it, and lasts until `resumedOn`.
 */
export const SuspensionSchema = z.object({
  from: IsoDateSchema,
  reason: z.string().min(1).max(500),
  townshipApprovedOn: IsoDateSchema.optional(),
  countyFiledOn: IsoDateSchema.optional(),
  resumedOn: IsoDateSchema.optional(),
});
/** A suspension. */
export type Suspension = z.output<typeof SuspensionSchema>;

/**
 * The standards of one year of a standing plan (opinion/3.3 适时调整; annex2/2 按年动态调整): the
 * standards that replace the plan's `standards` for `year`, the assembly that decided the
 * adjustment (`decision`) and its publicity (annex1/1, at least 5 working days after
 * `postedOn`, up to and including `endsOn`). A missing decision or publicity is reported by
 * `checkPlan` (`plan_missing_element`), not refused.
 */
export const YearStandardsSchema = z.object({
  year: SubsidyYearSchema,
  standards: StandardsSchema,
  decision: AssemblySchema.optional(),
  publicity: z.object({ postedOn: IsoDateSchema, endsOn: IsoDateSchema }).optional(),
});
/** One year's standards as parsed. */
export type YearStandards = z.output<typeof YearStandardsSchema>;

/**
 * The organisation's implementation plan (实施方案, annex1/1, annex2). Only `id`,
 * `organisation` and `validity` are required to read it: a plan that leaves out one of the
 * elements the policy asks for is reported by `checkPlan` (`plan_missing_element`), not refused.
 */
export const PlanSchema = z.object({
  id: z.string().min(1).max(200),
  organisation: OrganisationSchema,
  validity: ValiditySchema,
  objects: z.string().min(1).max(2000).optional(),
  subsidyTime: z.string().min(1).max(2000).optional(),
  standards: StandardsSchema.optional(),
  funding: FundingSchema.optional(),
  procedure: ProcedureSchema.optional(),
  suspensions: z.array(SuspensionSchema).max(LIMITS.suspensions).optional(),
  standardsByYear: z
    .array(YearStandardsSchema)
    .max(LIMITS.yearStandards)
    .refine((entries) => new Set(entries.map((entry) => entry.year)).size === entries.length, { message: "each year must appear at most once" })
    .optional(),
}).refine((plan) => plan.standardsByYear === undefined || plan.validity.kind === "standing", {
  message: "standardsByYear belongs to a standing plan (长效机制); a one-year plan has one set of standards",
  path: ["standardsByYear"],
});
/** A plan as parsed (money in fen). */
export type Plan = z.output<typeof PlanSchema>;
/** A plan as a host sends it. */
export type PlanInput = ReadonlyDeep<z.input<typeof PlanSchema>>;
