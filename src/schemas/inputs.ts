/**
 * Input shapes that exist only for the contract with JSON hosts (issue 5): what a host sends where
 * the TypeScript API takes an object a JSON host cannot hold. A JSON host never holds a `Policy`
 * object; it sends `createPolicy`'s input (`PolicyOptions`) in its place, as the conformance
 * fixtures do. Built on call, so a host that never asks for JSON Schemas never builds them.
 */
import * as z from "zod";
import { CalendarDataSchema } from "../calendar/calendarData.js";
import { ApplicationSchema, RosterEntrySchema, MAX_ROSTER_ROWS } from "../models/application.js";
import { MemberSchema } from "../models/member.js";
import { IsoDateSchema, MoneySchema, SubsidyYearSchema } from "../models/primitives.js";

/** The zod schemas behind the contract-only JSON Schemas. */
export interface ContractInputSchemas {
  readonly PolicyOptions: z.ZodType;
  readonly SubsidyOptions: z.ZodType;
  readonly PlanCheckOptions: z.ZodType;
  readonly ApplicationCheckOptions: z.ZodType;
  readonly Application: z.ZodType;
  readonly CalendarOptions: z.ZodType;
}

/** Builds the contract-only input schemas. */
export function contractInputSchemas(): ContractInputSchemas {
  // createPolicy's input (opinion/3.3): the year's highest Sichuan tier, keyed by year.
  const PolicyOptions = z.object({
    highestTier: z
      .record(
        z.string().regex(/^(20[2-9]\d|21\d\d)$/),
        z.union([MoneySchema, z.object({ amount: MoneySchema, source: z.string().optional() })]),
      )
      .optional()
      .meta({ description: "The year's highest Sichuan contribution tier in yuan (greater than 0), keyed by year: { \"2025\": \"3000\" }." }),
  });
  const SubsidyOptions = z.object({
    year: SubsidyYearSchema,
    policy: PolicyOptions,
    trace: z.boolean().optional(),
    asOf: IsoDateSchema.optional(),
  });
  const PlanCheckOptions = z.object({
    policy: PolicyOptions,
    year: SubsidyYearSchema.optional(),
    asOf: IsoDateSchema.optional(),
    roster: z.array(MemberSchema).max(MAX_ROSTER_ROWS).optional(),
    calendar: CalendarDataSchema.optional(),
  });
  const ApplicationCheckOptions = z.object({ policy: PolicyOptions });
  // The library reads each roster row's member on its own (one bad row is that row's finding);
  // the contract asks a host to send a Member there.
  const Application = ApplicationSchema.extend({
    roster: z.array(RosterEntrySchema.extend({ member: MemberSchema })).max(MAX_ROSTER_ROWS),
  });
  const CalendarOptions = z.object({ calendar: CalendarDataSchema.optional() });
  return { PolicyOptions, SubsidyOptions, PlanCheckOptions, ApplicationCheckOptions, Application, CalendarOptions };
}
