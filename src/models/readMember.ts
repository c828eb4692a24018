/**
 * A fast reader for the member model — annex1/4 (the roster's fields): performs exactly the
 * checks of `MemberSchema` by hand and returns the same parsed value, so a roster of valid
 * members is read without zod's per-field machinery. It only ever accepts what `MemberSchema`
 * accepts; anything it does not accept is left to `MemberSchema.safeParse`, whose issues stay the
 * only source of findings for bad input.
 */
import type { Fen } from "../core/money.js";
import type { ParsedContribution, ParsedMember, MemberCategory } from "./member.js";
import { LIMITS } from "./limits.js";
import { fenOf, isIsoDateText, isValidIdNumber } from "./readFields.js";

/** The most contributions a member may carry (as `MemberSchema`). */
const MAX_CONTRIBUTIONS = LIMITS.contributions;

/** zod's object test: any non-null object that is not an array. */
function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `MoneySchema`: a number or a decimal string of yuan, at most 2 decimals and 10,000,000 → fen. */
function readMoney(value: unknown): Fen | undefined {
  return typeof value === "number" || typeof value === "string" ? fenOf(value) : undefined;
}

/** `MemberCategorySchema`. */
function readCategory(value: unknown): MemberCategory | undefined {
  switch (value) {
    case "general":
    case "minimum_living_allowance":
    case "extreme_poverty":
    case "returned_to_poverty":
    case "severe_disability":
    case "other_hardship":
      return value;
    default:
      return undefined;
  }
}

/** `IdNumberSchema`: a valid resident ID number, a lower-case check character `x` read as `X`. */
function readId(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const id = value.length === 18 && value.endsWith("x") ? `${value.slice(0, 17)}X` : value;
  return isValidIdNumber(id) ? id : undefined;
}

/** The member's name: 1–200 characters. */
function isName(value: unknown): value is string {
  return typeof value === "string" && value.length >= 1 && value.length <= 200;
}

/** `ContributionSchema`, keys in the schema's order; undefined when zod would report an issue. */
export function readContribution(input: unknown): ParsedContribution | undefined {
  if (!isObject(input)) return undefined;
  const period = input["period"];
  if (typeof period !== "number" || !Number.isInteger(period) || period < 1900 || period > 2199) return undefined;
  const kind = input["kind"];
  if (kind !== "regular" && kind !== "back_payment") return undefined;
  const tier = readMoney(input["tier"]);
  if (tier === undefined || !(tier > 0)) return undefined;
  const selfPaid = readMoney(input["selfPaid"]);
  if (selfPaid === undefined) return undefined;
  const rawGovernmentPaid = input["governmentPaid"];
  const governmentPaid = rawGovernmentPaid === undefined ? 0 : readMoney(rawGovernmentPaid);
  if (governmentPaid === undefined) return undefined;
  const paidOn = input["paidOn"];
  if (paidOn === undefined) {
    // An optional key present with `undefined` is kept as such; an absent key stays absent.
    return "paidOn" in input ? { period, kind, tier, selfPaid, governmentPaid, paidOn: undefined } : { period, kind, tier, selfPaid, governmentPaid };
  }
  if (!isIsoDateText(paidOn)) return undefined;
  return { period, kind, tier, selfPaid, governmentPaid, paidOn };
}

/**
 * Reads a member exactly as `MemberSchema.safeParse` would on success, or returns undefined.
 *
 * @remarks
 * annex1/4: the roster's fields. Same checks as the schema — an ID number valid under
 * GB 11643-1999 (a lower-case `x` normalised to `X`), a name of 1–200 characters, boolean
 * membership and enrolment, a known category, at most 500 contributions each with a period
 * 1900–2199, a kind, a tier above zero, own and government-paid money (default 0) as integer fen,
 * and an optional real `YYYY-MM-DD` date — and the same output: unknown keys dropped, keys in the
 * schema's order. No rounding: money with more than two decimals is rejected. Returns undefined
 * whenever the schema would report an issue; the caller then asks `MemberSchema.safeParse` for
 * the issues.
 *
 * @param value - the member, as JSON from the host
 * @returns the parsed member, or undefined when the input is not a valid member (no finding
 * codes: findings for bad input come from `MemberSchema`)
 */
export function readMember(value: unknown): ParsedMember | undefined {
  if (!isObject(value)) return undefined;
  const id = readId(value["id"]);
  if (id === undefined) return undefined;
  const name = value["name"];
  if (!isName(name)) return undefined;
  const collectiveMember = value["collectiveMember"];
  if (typeof collectiveMember !== "boolean") return undefined;
  const enrolled = value["enrolled"];
  if (typeof enrolled !== "boolean") return undefined;
  const category = readCategory(value["category"]);
  if (category === undefined) return undefined;
  const rawContributions = value["contributions"];
  if (!Array.isArray(rawContributions) || rawContributions.length > MAX_CONTRIBUTIONS) return undefined;
  const count = rawContributions.length;
  // sized once: growing from [] would reserve room for 16 contributions on the first push
  const contributions = new Array<ParsedContribution>(count);
  for (let index = 0; index < count; index++) {
    const contribution = readContribution(rawContributions[index]);
    if (contribution === undefined) return undefined;
    contributions[index] = contribution;
  }
  return { id, name, collectiveMember, enrolled, category, contributions };
}

/** Whether each field of a member passes the reader's check of it, by `MemberSchema`'s keys in order. */
const FIELD_CHECKS: readonly (readonly [key: keyof ParsedMember, passes: (value: unknown) => boolean])[] = [
  ["id", (value) => readId(value) !== undefined],
  ["name", isName],
  ["collectiveMember", (value) => typeof value === "boolean"],
  ["enrolled", (value) => typeof value === "boolean"],
  ["category", (value) => readCategory(value) !== undefined],
  ["contributions", (value) => Array.isArray(value) && value.length <= MAX_CONTRIBUTIONS && value.every((item) => readContribution(item) !== undefined)],
];

/**
 * The keys of a member's fields the reader declines, in `MemberSchema`'s order, so that only those
 * fields need zod's issues (the same checks as {@link readMember}, field by field). Undefined when
 * the value is not an object (zod then reports the member as a whole).
 *
 * @param value - the member, as JSON from the host
 * @returns the keys of the declined fields (empty when the reader accepts every field)
 */
export function declinedMemberFields(value: unknown): (keyof ParsedMember)[] | undefined {
  if (!isObject(value)) return undefined;
  const declined: (keyof ParsedMember)[] = [];
  for (const [key, passes] of FIELD_CHECKS) if (!passes(value[key])) declined.push(key);
  return declined;
}
