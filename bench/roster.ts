/**
 * The benchmark's roster: a realistic mix of members generated from a fixed seed, so every run
 * and every contender decides exactly the same rows.
 *
 * Mix (per row, by a seeded draw): general members at every rung of the ladder (money written as
 * a number or as a decimal string), hardship-category members, government-paid members
 * (政府代缴), one-time back payments (denied) and back payments for an earlier year beside a
 * regular one (granted), members not in the collective or not enrolled, members with no
 * contribution for the year, own payments below the first rung, duplicate IDs, lower-case check
 * characters, and invalid rows (0.5%: bad check character, 3-decimal money, missing name,
 * unknown category, zero tier). About a third carry last year's contribution as history.
 */
import { createPolicy, type MemberInput, type PlanInput } from "../src/index.js";

/** The subsidy year the benchmark decides. */
export const BENCH_YEAR = 2025;

/** The policy: floor 10 yuan (the policy's), cap 3000 yuan (a host figure for the benchmark). */
export const benchPolicy = createPolicy({ highestTier: { [BENCH_YEAR]: "3000" } });

/** The options every contender gets. */
export const benchOptions = { year: BENCH_YEAR, policy: benchPolicy } as const;

/** The plan's standards: five rungs and a hardship amount (the larger of it and the rung). */
export const benchPlan = {
  id: "BENCH-2025",
  organisation: { name: "金江村股份经济合作联合社", kind: "village", township: "金江镇", county: "仁和区" },
  validity: { kind: "one_year", year: BENCH_YEAR },
  standards: {
    hardship: 100,
    hardshipRule: "higher_of",
    ladder: [
      { minTier: 200, maxTier: 299, amount: 50 },
      { minTier: 300, maxTier: 499, amount: 80 },
      { minTier: 500, maxTier: 999, amount: 150 },
      { minTier: 1000, maxTier: 1999, amount: 300 },
      { minTier: 2000, amount: 500 },
    ],
  },
} satisfies PlanInput;

/** Sichuan-like own-payment tiers, yuan (FACTS.md §1: the national tiers plus a higher one). */
const TIERS = [200, 300, 400, 500, 600, 700, 800, 900, 1000, 1500, 2000, 3000] as const;
const HARDSHIP = ["minimum_living_allowance", "extreme_poverty", "returned_to_poverty", "severe_disability", "other_hardship"] as const;
const REGIONS = ["510402", "510403", "510411", "510421", "510422"] as const;
const NAMES = ["张三", "李四", "王五", "赵六", "陈七", "刘八", "杨九", "黄十"] as const;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid resident ID number, unique for every `n` below 110 million. */
export function idNumber(n: number): string {
  const sequence = n % 1000;
  const dateIndex = Math.floor(n / 1000) % 22176;
  const region = REGIONS[Math.floor(n / 22176000) % REGIONS.length] as string;
  const year = 1940 + Math.floor(dateIndex / 336);
  const month = 1 + (Math.floor(dateIndex / 28) % 12);
  const day = 1 + (dateIndex % 28);
  const body = `${region}${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}${String(sequence).padStart(3, "0")}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return body + ("10X98765432"[sum % 11] as string);
}

type Row = { -readonly [K in keyof MemberInput]: unknown };

function money(value: number, random: () => number): number | string {
  const r = random();
  return r < 0.5 ? value : r < 0.8 ? `${value}.00` : String(value);
}

/**
 * One member row for row number `n` (0-based). `random` drives the mix; `earlierId` names an
 * earlier row's ID for duplicates.
 */
function memberRow(n: number, random: () => number, earlierId: (n: number) => string): unknown {
  const pick = random();
  const id = pick < 0.01 && n > 0 ? earlierId(Math.floor(random() * n)) : idNumber(n);
  const row: Row = {
    id: pick >= 0.01 && pick < 0.015 && id.endsWith("X") ? `${id.slice(0, 17)}x` : id,
    name: NAMES[n % NAMES.length],
    collectiveMember: true,
    enrolled: true,
    category: "general",
    contributions: [],
  };
  const history = random() < 0.33 ? [{ period: BENCH_YEAR - 1, kind: "regular", tier: 300, selfPaid: 300, paidOn: `${BENCH_YEAR - 1}-05-20` }] : [];
  const tier = TIERS[Math.floor(random() * TIERS.length)] as number;
  const regular = { period: BENCH_YEAR, kind: "regular", tier: money(tier, random), selfPaid: money(tier, random), paidOn: `${BENCH_YEAR}-06-10` };
  const kind = random();
  if (kind < 0.05) {
    // government-paid hardship member: the lowest tier, paid in full by the government
    row.category = HARDSHIP[n % HARDSHIP.length];
    row.contributions = [...history, { period: BENCH_YEAR, kind: "regular", tier: 100, selfPaid: 0, governmentPaid: 100, paidOn: `${BENCH_YEAR}-04-01` }];
  } else if (kind < 0.13) {
    // hardship category paying a tier of their own, some with a government-paid part
    row.category = HARDSHIP[n % HARDSHIP.length];
    row.contributions = random() < 0.5 ? [...history, regular] : [...history, { period: BENCH_YEAR, kind: "regular", tier: tier + 100, selfPaid: tier, governmentPaid: 100 }];
  } else if (kind < 0.15) {
    // a one-time back payment covering the year: denied
    row.contributions = [...history, { period: BENCH_YEAR, kind: "back_payment", tier: money(tier, random), selfPaid: money(tier, random) }];
  } else if (kind < 0.17) {
    // a back payment for an earlier year beside the year's regular contribution: granted
    row.contributions = [{ period: BENCH_YEAR - 3, kind: "back_payment", tier: 1000, selfPaid: 1000, paidOn: `${BENCH_YEAR}-03-02` }, regular];
  } else if (kind < 0.185) {
    row.collectiveMember = false;
    row.contributions = [...history, regular];
  } else if (kind < 0.2) {
    row.enrolled = false;
    row.contributions = history;
  } else if (kind < 0.21) {
    // paid only last year
    row.contributions = [{ period: BENCH_YEAR - 1, kind: "regular", tier: 500, selfPaid: 500 }];
  } else if (kind < 0.22) {
    // the lowest tier, below the ladder's first rung
    row.contributions = [...history, { period: BENCH_YEAR, kind: "regular", tier: 100, selfPaid: 100, paidOn: `${BENCH_YEAR}-06-10` }];
  } else if (kind < 0.225) {
    // invalid rows (0.5%: a roster exported by an agency system is mostly validated already)
    const which = Math.floor(random() * 5);
    row.contributions = [...history, regular];
    if (which === 0) row.id = `${String(row.id).slice(0, 17)}${String(row.id).endsWith("0") ? "1" : "0"}`;
    else if (which === 1) row.contributions = [...history, { ...regular, selfPaid: "300.125" }];
    else if (which === 2) delete row.name;
    else if (which === 3) row.category = "unknown";
    else row.contributions = [{ ...regular, tier: 0 }];
  } else {
    row.contributions = [...history, regular];
  }
  return row;
}

/** The roster of `count` members generated from `seed` (the same rows for the same arguments). */
export function generateRoster(count: number, seed = 20250610): MemberInput[] {
  const random = seededRandom(seed);
  const rows: unknown[] = new Array(count);
  const earlierId = (n: number): string => String((rows[n] as { id: unknown }).id);
  for (let n = 0; n < count; n++) rows[n] = memberRow(n, random, earlierId);
  return rows as MemberInput[];
}

/** The same rows one at a time, for streaming without holding the roster. */
export function* streamRoster(count: number, seed = 20250610): Generator<MemberInput> {
  const random = seededRandom(seed);
  // Duplicates reuse the ID of a row at most 1000 rows back, so nothing but a window is held.
  const window: string[] = [];
  for (let n = 0; n < count; n++) {
    const row = memberRow(n, random, (k) => window[(n - 1 - (k % Math.min(n, 1000)) + 1000) % 1000] ?? idNumber(0));
    window[n % 1000] = String((row as { id: unknown }).id);
    yield row as MemberInput;
  }
}
