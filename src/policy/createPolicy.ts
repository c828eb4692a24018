import { formatFen, parseFen, type Fen } from "../core/money.js";
import type { ClauseId } from "../findings/clauses.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import { RULES_VERSION } from "../version.js";

/** A figure a rule reads, with where it comes from. */
export interface PolicyParameter {
  /** yuan, two decimals */
  readonly value: string;
  /** where the figure comes from */
  readonly source: string;
  /** the clause that uses it */
  readonly clause: ClauseId;
}

/** The parameters every rule reads; build it with {@link createPolicy}. */
export interface Policy {
  /** marks an object made by createPolicy */
  readonly kind: "collective-pension-subsidy/policy";
  /** at least 10 yuan per person per year (opinion/3.3) */
  readonly floor: PolicyParameter;
  /** the year's highest Sichuan contribution tier, by year, as the host supplied it (opinion/3.3) */
  readonly highestTier: { readonly [year: string]: PolicyParameter };
  /** problems in the options given to createPolicy; a decision with such a policy is `invalid` */
  readonly findings: readonly Finding[];
  /** package version and policy */
  readonly rulesVersion: string;
}

/** What a host passes to {@link createPolicy}. */
export interface CreatePolicyOptions {
  /**
   * The highest tier of Sichuan's urban-rural resident contribution table for each year, in
   * yuan, as a number or decimal string, or with the host's own source:
   * `{ 2025: "3000" }` or `{ 2025: { amount: "3000", source: "川人社… 2025" } }`.
   * It is not public here and is never guessed: a year without it cannot be decided.
   */
  readonly highestTier?: { readonly [year: string]: number | string | { readonly amount: number | string; readonly source?: string } };
}

const FLOOR: PolicyParameter = {
  value: "10.00",
  source: "攀枝花市集体经济补助城乡居民基本养老保险参保缴费试点实施意见 三（三）：补助标准原则上最低不少于每人10元/年",
  clause: "opinion/3.3",
};

const YEAR_KEY = /^(20[2-9]\d|21\d\d)$/;

/**
 * Builds the policy parameters every rule reads, each with its source.
 *
 * @remarks
 * The floor (10 yuan per person per year) is the policy's own figure (opinion/3.3). The cap is
 * "the current year's highest Sichuan contribution tier", which is not public here: the host
 * passes it per year. A year without it makes every decision for that year `invalid` with
 * `parameter_missing`. Bad options never throw: they are kept in `findings` (code
 * `invalid_input`, path from the options) and make every decision `invalid`.
 *
 * @param options - the host's figures; `highestTier` keyed by year
 * @returns the policy; `findings` lists `invalid_input` for each bad option
 *
 * @example
 * ```ts
 * const policy = createPolicy({ highestTier: { 2025: "3000" } });
 * policy.highestTier["2025"]?.value;
 * //=> "3000.00"
 * policy.floor.value;
 * //=> "10.00"
 * ```
 */
export function createPolicy(options?: CreatePolicyOptions): Policy {
  const findings: Finding[] = [];
  const highestTier: { [year: string]: PolicyParameter } = {};
  const given: unknown = (options as { highestTier?: unknown } | null | undefined)?.highestTier;
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    findings.push(makeFinding("invalid_input", [], { field: "(root)", problem: "expected an object", problemZh: "应为一组填写项" }));
  } else if (given !== undefined) {
    if (typeof given !== "object" || given === null || Array.isArray(given)) {
      findings.push(makeFinding("invalid_input", ["highestTier"], { field: "highestTier", problem: "expected an object keyed by year", problemZh: "应按年度逐年填写" }));
    } else {
      for (const year of Object.keys(given)) {
        const entry: unknown = (given as Record<string, unknown>)[year];
        const path = ["highestTier", year];
        if (!YEAR_KEY.test(year)) {
          findings.push(makeFinding("invalid_input", path, { field: `highestTier.${year}`, problem: "key must be a year from 2020 to 2199", problemZh: "年度应为 2020 至 2199 年" }));
          continue;
        }
        const amount = typeof entry === "object" && entry !== null ? (entry as { amount?: unknown }).amount : entry;
        const source = typeof entry === "object" && entry !== null ? (entry as { source?: unknown }).source : undefined;
        const fen: Fen | undefined = parseFen(amount);
        if (fen === undefined || fen === 0) {
          findings.push(makeFinding("invalid_input", path, { field: `highestTier.${year}`, problem: "expected yuan greater than 0 with at most 2 decimals", problemZh: "应为大于 0 的金额，最多两位小数" }));
          continue;
        }
        if (source !== undefined && typeof source !== "string") {
          findings.push(makeFinding("invalid_input", [...path, "source"], { field: `highestTier.${year}.source`, problem: "expected a string", problemZh: "应为文字" }));
          continue;
        }
        highestTier[year] = {
          value: formatFen(fen),
          source: source ?? "supplied by the host system (Sichuan's contribution tier table for the year)",
          clause: "opinion/3.3",
        };
      }
    }
  }
  return { kind: "collective-pension-subsidy/policy", floor: FLOOR, highestTier, findings, rulesVersion: RULES_VERSION };
}
