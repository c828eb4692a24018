import { createPolicy, type CalendarData, type CreatePolicyOptions, type Policy } from "../index.js";
import { UsageError } from "./errors.js";
import { readJson } from "./read.js";

const HIGHEST_TIER = /^(\d{4})=(\S+)$/;

/**
 * The policy from `--highest-tier YEAR=AMOUNT` (repeatable) or `--policy FILE` (createPolicy's
 * input as JSON), exactly one of the two: the figures are never guessed, so neither is a usage
 * error. The amount is passed on as written; createPolicy judges it.
 */
export async function policyFrom(values: { "highest-tier"?: string[]; policy?: string }): Promise<Policy> {
  const policy = await buildPolicy(values);
  // a bad figure makes every decision invalid; say why once, before the results
  for (const finding of policy.findings) process.stderr.write(`policy: ${finding.message.zh} / ${finding.message.en}\n`);
  return policy;
}

async function buildPolicy(values: { "highest-tier"?: string[]; policy?: string }): Promise<Policy> {
  const tiers = values["highest-tier"] ?? [];
  if (tiers.length > 0 && values.policy !== undefined) throw new UsageError("give --highest-tier or --policy, not both");
  if (values.policy !== undefined) return createPolicy((await readJson(values.policy, "--policy")) as CreatePolicyOptions);
  if (tiers.length === 0) {
    throw new UsageError("the highest contribution tier is never guessed: give --highest-tier YEAR=AMOUNT (e.g. --highest-tier 2025=3000) or --policy policy.json");
  }
  const highestTier: Record<string, string> = {};
  for (const tier of tiers) {
    const match = HIGHEST_TIER.exec(tier);
    if (match === null) throw new UsageError(`--highest-tier ${tier}: expected YEAR=AMOUNT, e.g. 2025=3000`);
    const [, year, amount] = match as unknown as [string, string, string];
    if (year in highestTier) throw new UsageError(`--highest-tier: year ${year} given twice`);
    highestTier[year] = amount;
  }
  return createPolicy({ highestTier });
}

/** `--year`: a four-digit year, required where the command needs one. */
export function yearFrom(value: string | undefined, required: boolean): number | undefined {
  if (value === undefined) {
    if (required) throw new UsageError("--year is required (the subsidy year, e.g. --year 2025)");
    return undefined;
  }
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--year ${value}: expected a four-digit year, e.g. 2025`);
  return Number(value);
}

/** `--calendar FILE`: the host's working-day calendar, used as given (CalendarData as JSON). */
export async function calendarFrom(file: string | undefined): Promise<CalendarData | undefined> {
  return file === undefined ? undefined : ((await readJson(file, "--calendar")) as CalendarData);
}
