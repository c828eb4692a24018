import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accountCredit, compareScenarios, computeSubsidy, findingCatalog, projectPension, type MemberInput } from "../../src/index.js";
import { basePlan, generalMember, ID_A, policy2025 } from "../helpers/samples.js";

const NATIONAL_TIERS = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1500, 2000];

const yuan = (fen: number): string => (fen / 100).toFixed(2);
/** Yuan with two decimals, possibly beyond the safe integers, as exact fen. */
const fen = (text: string): bigint => BigInt(text.replace(".", ""));

const rateArb = fc.integer({ min: 0, max: 20_000_000 }).map((n) => `0.${String(n).padStart(8, "0")}`);
const moneyArb = fc.integer({ min: 0, max: 1_000_000 }).map(yuan);

/** A schedule over the national tiers whose subsidy never falls as the tier rises. */
const scheduleArb = fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: NATIONAL_TIERS.length, maxLength: NATIONAL_TIERS.length }).map((steps) => {
  let subsidy = 0;
  return { 2025: { tiers: NATIONAL_TIERS.map((tier, index) => ({ tier, subsidy: yuan((subsidy += steps[index] as number)) })) } };
});

const assumptionsArb = fc.integer({ min: 16, max: 59 }).chain((age) =>
  fc.record({
    age: fc.constant(age),
    yearsContributed: fc.integer({ min: 0, max: 60 - age }),
    interestRate: rateArb,
    basicPension: moneyArb,
    openingBalance: moneyArb,
  }),
);

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe("account properties", () => {
  it("never lowers the projection for more contribution years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 59 }), fc.nat(), fc.nat(), rateArb, moneyArb, moneyArb, moneyArb, (age, x, y, interestRate, credit, openingBalance, basicPension) => {
        const left = 60 - age;
        const [n1, n2] = [x % (left + 1), y % (left + 1)].sort((p, q) => p - q) as [number, number];
        const scenario = { ownContribution: credit, governmentSubsidy: 0 };
        const shorter = projectPension({ age, yearsContributed: n1, scenario, interestRate, basicPension, openingBalance });
        const longer = projectPension({ age, yearsContributed: n2, scenario, interestRate, basicPension, openingBalance });
        if (!shorter.ok || !longer.ok) return false;
        return fen(longer.balanceAt60) >= fen(shorter.balanceAt60) && fen(longer.monthlyPension) >= fen(shorter.monthlyPension);
      }),
    );
  });

  it("never lowers the projection for a higher tier (schedule and ladder rising with the tier)", () => {
    fc.assert(
      fc.property(scheduleArb, fc.nat(), fc.nat(), assumptionsArb, (schedule, x, y, assumptions) => {
        const [i, j] = [x % NATIONAL_TIERS.length, y % NATIONAL_TIERS.length].sort((p, q) => p - q) as [number, number];
        const project = (tier: number) => {
          const member = generalMember(tier);
          const decision = computeSubsidy(member, basePlan, { year: 2025, policy: policy2025 });
          const credit = accountCredit(member, decision, { year: 2025, schedule });
          if (!credit.ok) throw new Error(JSON.stringify(credit.findings));
          const projection = projectPension({ ...assumptions, scenario: credit });
          if (!projection.ok) throw new Error(JSON.stringify(projection.findings));
          return { credit, projection };
        };
        const low = project(NATIONAL_TIERS[i] as number);
        const high = project(NATIONAL_TIERS[j] as number);
        return (
          fen(high.credit.total) >= fen(low.credit.total) &&
          fen(high.projection.balanceAt60) >= fen(low.projection.balanceAt60) &&
          fen(high.projection.monthlyPension) >= fen(low.projection.monthlyPension)
        );
      }),
    );
  });

  it("never lets the collective subsidy change the government subsidy (opinion/3.3)", () => {
    fc.assert(
      fc.property(
        scheduleArb,
        fc.constantFrom(...NATIONAL_TIERS),
        fc.constantFrom("granted", "denied", "invalid"),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        (schedule, tier, status, amount) => {
          const member = generalMember(tier);
          const listed = schedule[2025].tiers.find((row) => row.tier === tier)?.subsidy;
          const without = accountCredit(member, null, { year: 2025, schedule });
          const withCollective = accountCredit(member, { status, memberId: ID_A, year: 2025, amount: yuan(amount) }, { year: 2025, schedule });
          if (!without.ok || !withCollective.ok) return false;
          const expectedCollective = status === "granted" ? yuan(amount) : "0.00";
          return (
            withCollective.governmentSubsidy === listed &&
            without.governmentSubsidy === listed &&
            withCollective.tier === without.tier &&
            withCollective.collectiveSubsidy === expectedCollective &&
            fen(withCollective.total) === fen(without.total) + fen(expectedCollective)
          );
        },
      ),
    );
  });

  it("totals exactly the four lines", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), moneyArb, moneyArb, (tierFen, govFen, subsidy, amount) => {
        const own = Math.max(0, tierFen - govFen);
        const paid = tierFen - own;
        const member: MemberInput = { ...generalMember(300), contributions: [{ period: 2025, kind: "regular", tier: yuan(tierFen), selfPaid: yuan(own), governmentPaid: yuan(paid) }] };
        const credit = accountCredit(member, { status: "granted", memberId: ID_A, year: 2025, amount }, { year: 2025, schedule: { 2025: { tiers: [{ tier: yuan(tierFen), subsidy }] } } });
        if (!credit.ok) return false;
        return fen(credit.total) === fen(credit.ownContribution) + fen(credit.governmentPaid) + fen(credit.governmentSubsidy) + fen(credit.collectiveSubsidy);
      }),
    );
  });

  it("never throws on arbitrary JSON, and explains every refusal with catalogued findings", () => {
    const validMember = generalMember(300);
    const validOptions = { year: 2025, schedule: { 2025: { tiers: [{ tier: 300, subsidy: 40 }] } } };
    const validAssumptions = { age: 45, yearsContributed: 15, interestRate: "0.015", basicPension: "150" };
    const check = (result: { ok: boolean; findings: readonly { code: string; clause: string }[] }): boolean =>
      typeof result.ok === "boolean" &&
      (result.ok || result.findings.length > 0) &&
      result.findings.every((f) => Object.prototype.hasOwnProperty.call(findingCatalog, f.code) && findingCatalog[f.code as keyof typeof findingCatalog].clause === f.clause);
    const arg = <T>(valid: T) => fc.oneof(fc.anything(), fc.jsonValue(), fc.constant(valid));
    fc.assert(
      fc.property(arg(validMember), fc.oneof(arg({ status: "granted", memberId: ID_A, year: 2025, amount: "80" }), fc.constant(null)), arg(validOptions), (member, decision, options) =>
        check(accountCredit(member as never, decision as never, options as never)),
      ),
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.record({ age: fc.anything(), yearsContributed: fc.anything(), scenario: fc.anything(), interestRate: fc.anything(), basicPension: fc.anything() }, { requiredKeys: [] })), (options) =>
        check(projectPension(options as never)),
      ),
    );
    fc.assert(
      fc.property(arg({ ownContribution: 300, governmentSubsidy: 40 }), arg({ ownContribution: 500, governmentSubsidy: 60 }), arg(validAssumptions), (a, b, options) =>
        check(compareScenarios(a as never, b as never, options as never)),
      ),
    );
  });

  it("never mutates its inputs", () => {
    fc.assert(
      fc.property(scheduleArb, fc.constantFrom(...NATIONAL_TIERS), assumptionsArb, (schedule, tier, assumptions) => {
        const member = deepFreeze(generalMember(tier));
        const decision = deepFreeze(computeSubsidy(structuredClone(member) as MemberInput, basePlan, { year: 2025, policy: policy2025 }));
        const options = deepFreeze({ year: 2025, schedule });
        const snapshot = structuredClone({ member, decision, options, assumptions });
        const credit = accountCredit(member, decision, options);
        if (!credit.ok) return false;
        const frozenCredit = deepFreeze(credit);
        const a = deepFreeze({ ownContribution: 300, governmentSubsidy: 40 });
        const frozenAssumptions = deepFreeze(assumptions);
        projectPension(deepFreeze({ ...assumptions, scenario: frozenCredit }));
        compareScenarios(a, frozenCredit, frozenAssumptions);
        expect({ member, decision, options, assumptions }).toEqual(snapshot);
        return true;
      }),
      { numRuns: 50 },
    );
  });
});
