/**
 * The generic rules engine a host might pick instead: json-rules-engine, with the same
 * eligibility rules (collective member, enrolled, a regular contribution for the year — a
 * back payment never counts) and the same ladder (by the contribution tier) and hardship rules as engine rules over computed
 * facts. The engine emits events; the floor, the cap and the no-full-substitution rule then pick
 * the amount, as in the baseline. Records are the baseline's (integer fen, no validation).
 * json-rules-engine is asynchronous: every member is one awaited `engine.run`.
 */
import { Engine, type Almanac } from "json-rules-engine";
import type { BaselineContribution, BaselineRecord } from "./baseline.js";
import { BENCH_YEAR, benchPlan } from "./roster.js";

const FLOOR = 1_000;
const CAP = 300_000;
const HARDSHIP = benchPlan.standards.hardship * 100;

async function regularOf(almanac: Almanac): Promise<BaselineContribution | null> {
  const record = (await almanac.factValue("member")) as BaselineRecord;
  return record.contributions.find((c) => c.period === BENCH_YEAR && c.regular) ?? null;
}

/** An engine holding the ladder and eligibility rules. */
export function createRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addFact("collectiveMember", async (_params, almanac) => ((await almanac.factValue("member")) as BaselineRecord).collectiveMember);
  engine.addFact("enrolled", async (_params, almanac) => ((await almanac.factValue("member")) as BaselineRecord).enrolled);
  engine.addFact("hasRegular", async (_params, almanac) => (await regularOf(almanac)) !== null);
  engine.addFact("tier", async (_params, almanac) => (await regularOf(almanac))?.tier ?? -1);
  engine.addFact("hardship", async (_params, almanac) => {
    const record = (await almanac.factValue("member")) as BaselineRecord;
    return record.hardshipCategory || ((await regularOf(almanac))?.governmentPaid ?? 0) > 0;
  });
  engine.addRule({
    name: "eligibility",
    priority: 10,
    conditions: {
      any: [
        { fact: "collectiveMember", operator: "equal", value: false },
        { fact: "enrolled", operator: "equal", value: false },
        { fact: "hasRegular", operator: "equal", value: false },
      ],
    },
    event: { type: "denied" },
  });
  engine.addRule({ name: "hardship", priority: 5, conditions: { all: [{ fact: "hardship", operator: "equal", value: true }] }, event: { type: "hardship", params: { amount: HARDSHIP } } });
  benchPlan.standards.ladder.forEach((rung, index) => {
    const all = [{ fact: "tier", operator: "greaterThanInclusive", value: rung.minTier * 100 }];
    const max = (rung as { readonly maxTier?: number }).maxTier;
    if (max !== undefined) all.push({ fact: "tier", operator: "lessThanInclusive", value: max * 100 });
    engine.addRule({ name: `rung ${index}`, priority: 1, conditions: { all }, event: { type: "rung", params: { amount: rung.amount * 100 } } });
  });
  return engine;
}

/** Decides one record with the engine; the amount in fen. */
export async function decideWithEngine(engine: Engine, record: BaselineRecord): Promise<number> {
  const { events } = await engine.run({ member: record });
  let denied = false;
  let hardship = -1;
  let rung = -1;
  for (const event of events) {
    if (event.type === "denied") denied = true;
    else if (event.type === "hardship") hardship = event.params?.["amount"] as number;
    else if (event.type === "rung") rung = event.params?.["amount"] as number;
  }
  if (denied) return 0;
  const regular = record.contributions.find((c) => c.period === BENCH_YEAR && c.regular) as BaselineContribution;
  const chosen = hardship >= 0 ? (rung > hardship ? rung : hardship) : rung;
  const onLadder = hardship < 0 || rung > hardship;
  // no full substitution on the ladder, unless the government paid part of the contribution
  return chosen >= FLOOR && chosen <= CAP && (!onLadder || regular.governmentPaid > 0 || chosen < regular.selfPaid) ? chosen : 0;
}

/** Decides `records` one after another; the total in fen. */
export async function rulesEngineRoster(engine: Engine, records: readonly BaselineRecord[], amounts: Float64Array): Promise<number> {
  let total = 0;
  for (let index = 0; index < records.length; index++) {
    const amount = await decideWithEngine(engine, records[index] as BaselineRecord);
    amounts[index] = amount;
    total += amount;
  }
  return total;
}
