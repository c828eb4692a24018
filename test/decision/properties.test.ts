import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeRoster, computeSubsidy, type MemberInput, type PlanInput } from "../../src/index.js";
import { parseFen } from "../../src/core/money.js";
import { basePlan, ID_A, policy2025 } from "../helpers/samples.js";

const options = { year: 2025, policy: policy2025 };
const CAP = 300_000;
const FLOOR = 1_000;

const yuan = (fen: number): string => (fen / 100).toFixed(2);

/** A ladder of 1–5 rungs with increasing minimums, amounts anywhere (some beyond the limits). */
const ladderArb = fc
  .array(fc.record({ width: fc.integer({ min: 1, max: 100_000 }), amount: fc.integer({ min: 0, max: 400_000 }) }), { minLength: 1, maxLength: 5 })
  .chain((rungs) =>
    fc.integer({ min: 0, max: 50_000 }).map((start) => {
      let min = start;
      return rungs.map((rung, index) => {
        const entry = index === rungs.length - 1 ? { minTier: yuan(min), amount: yuan(rung.amount) } : { minTier: yuan(min), maxTier: yuan(min + rung.width - 1), amount: yuan(rung.amount) };
        min += rung.width;
        return entry;
      });
    }),
  );

const categoryArb = fc.constantFrom("general", "minimum_living_allowance", "extreme_poverty", "returned_to_poverty", "severe_disability", "other_hardship");

function member(selfPaid: number, governmentPaid: number, category = "general"): MemberInput {
  return {
    id: ID_A,
    name: "王五",
    collectiveMember: true,
    enrolled: true,
    category: category as MemberInput["category"],
    contributions: [{ period: 2025, kind: "regular", tier: yuan(selfPaid + governmentPaid || 1), selfPaid: yuan(selfPaid), governmentPaid: yuan(governmentPaid) }],
  };
}

function planWith(ladder: PlanInput["standards"] extends infer S ? (S extends { ladder: infer L } ? L : never) : never, hardship?: number): PlanInput {
  return { ...basePlan, standards: hardship === undefined ? { ladder } : { ladder, hardship: yuan(hardship) } };
}

describe("computeSubsidy properties", () => {
  it("grants only amounts within [floor, cap]", () => {
    fc.assert(
      fc.property(ladderArb, fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 10_000 }), categoryArb, fc.option(fc.integer({ min: 0, max: 400_000 })), (ladder, selfPaid, governmentPaid, category, hardship) => {
        const decision = computeSubsidy(member(selfPaid, governmentPaid, category), planWith(ladder, hardship ?? undefined), options);
        if (decision.status !== "granted") return decision.amount === "0.00";
        const fen = parseFen(decision.amount) as number;
        return fen >= FLOOR && fen <= CAP;
      }),
    );
  });

  it("never grants a ladder amount at or above the member's own payment", () => {
    fc.assert(
      fc.property(ladderArb, fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 10_000 }), categoryArb, (ladder, selfPaid, governmentPaid, category) => {
        const decision = computeSubsidy(member(selfPaid, governmentPaid, category), planWith(ladder, 5_000), options);
        return !(decision.status === "granted" && decision.basis === "ladder" && (parseFen(decision.amount) as number) >= selfPaid);
      }),
    );
  });

  it("puts members at the same tier on the same rung whoever paid it, and pays the government-paid one at least as much", () => {
    fc.assert(
      fc.property(ladderArb, fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 10_000 }), (ladder, selfPaid, governmentPaid) => {
        const plan = planWith(ladder);
        // the same tier: all of it paid by the member, or partly by the government
        const own = computeSubsidy(member(selfPaid + governmentPaid, 0), plan, options);
        const withGovernment = computeSubsidy(member(selfPaid, governmentPaid), plan, options);
        const sameRung = withGovernment.tier?.index === own.tier?.index;
        return sameRung && (own.status !== "granted" || (withGovernment.status === "granted" && withGovernment.amount === own.amount));
      }),
    );
  });

  it("never lets the government-paid part change a hardship member's amount", () => {
    fc.assert(
      fc.property(ladderArb, fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 400_000 }), (ladder, selfPaid, governmentPaid, hardship) => {
        const plan = planWith(ladder, hardship);
        const a = computeSubsidy(member(selfPaid, 0, "severe_disability"), plan, options);
        const b = computeSubsidy(member(selfPaid, governmentPaid, "severe_disability"), plan, options);
        return a.amount === b.amount && a.status === b.status;
      }),
    );
  });

  it("pays more, never less, for a higher own payment on an increasing ladder (多缴多补)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_000, max: 200_000 }), fc.integer({ min: 20_000, max: 200_000 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const amountOf = (fen: number) => parseFen(computeSubsidy(member(fen, 0), basePlan, options).amount) as number;
        const lowAmount = amountOf(low);
        const highAmount = amountOf(high);
        return lowAmount === 0 || highAmount === 0 || highAmount >= lowAmount;
      }),
    );
  });

  it("never throws and always answers invalid on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (m, p, o) => {
        const decision = computeSubsidy(m as MemberInput, p as PlanInput, o as typeof options);
        return decision.status === "invalid" && decision.findings.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on near-valid members: one field replaced by arbitrary JSON", () => {
    const valid = member(30_000, 0);
    const keys = Object.keys(valid);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const decision = computeSubsidy({ ...valid, [key]: value } as MemberInput, basePlan, options);
        return ["granted", "denied", "invalid"].includes(decision.status);
      }),
      { numRuns: 300 },
    );
  });

  it("never mutates its inputs and leaves Object.prototype alone", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 10_000 }), (selfPaid, governmentPaid) => {
        const input = JSON.parse(`{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(member(selfPaid, governmentPaid)).slice(1)}`) as MemberInput;
        const plan = structuredClone(basePlan);
        const before = JSON.stringify([input, plan]);
        computeSubsidy(input, plan, options);
        computeRoster([input, input], plan, options);
        expect(JSON.stringify([input, plan])).toBe(before);
        expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it("keeps every member of a roster exactly once, in order, with totals equal to the sum of parts", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 10_000 }), categoryArb), { maxLength: 30 }), (rows) => {
        const members = rows.map(([s, g, c]) => member(s, g, c));
        const result = computeRoster(members, basePlan, options);
        const sum = result.decisions.reduce((total, d) => total + (parseFen(d.amount) as number), 0);
        return result.decisions.length === members.length && result.totals.members === members.length && parseFen(result.totals.amount) === sum;
      }),
    );
  });
});
