import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import type { Member } from "../models/member.js";
import type { Plan } from "../models/plan.js";
import { RULES_VERSION } from "../version.js";
import { prepareContext, type PreparedContext } from "./context.js";
import { decideMember } from "./decideMember.js";
import { MemberIdTable } from "./memberIdTable.js";
import type { ComputeSubsidyOptions, SubsidyDecision } from "./types.js";

/** Counts and the total of a roster's decisions. */
export interface RosterTotals {
  /** members decided */
  readonly members: number;
  readonly granted: number;
  readonly denied: number;
  readonly invalid: number;
  /** the sum of granted amounts, yuan with two decimals */
  readonly amount: string;
}

/** The decisions of a whole roster, in input order, with totals. */
export interface RosterResult {
  readonly decisions: readonly SubsidyDecision[];
  readonly totals: RosterTotals;
  /** findings about the roster as a whole (`invalid_input` when `members` is not iterable) */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

/**
 * Counts decisions as they are made; shared by computeRoster and the streaming variant. The
 * decision tells it its status and amount in fen, so the totals never read a decision back.
 */
export class RosterTally {
  members = 0;
  granted = 0;
  denied = 0;
  invalid = 0;
  amount: Fen = 0;

  /** Counts one decision: its status, and its amount in fen (0 unless granted, as the decision's). */
  add(status: SubsidyDecision["status"], amount: Fen): void {
    this.members++;
    this.amount += amount;
    if (status === "granted") this.granted++;
    else if (status === "denied") this.denied++;
    else this.invalid++;
  }

  totals(): RosterTotals {
    return { members: this.members, granted: this.granted, denied: this.denied, invalid: this.invalid, amount: formatFen(this.amount) };
  }
}

const ARRAY_ITERATOR = Array.prototype[Symbol.iterator];

/** True when `value` can be iterated with for…of. */
export function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
}

/**
 * Decides every member of a roster for one year under one plan.
 *
 * @remarks
 * Each member is decided as by `computeSubsidy` (opinion/3.2–3.3, annex2/1–2); the plan and
 * options are read once. A member ID seen again is denied with `duplicate_member` (a member
 * receives one standard a year). `members` may be any iterable, so a host can stream rows.
 * Totals are exact sums in integer fen.
 *
 * @param members - the roster's members, any iterable
 * @param plan - the organisation's implementation plan
 * @param options - as for computeSubsidy
 * @returns decisions in input order, totals (counts by status, total amount), and roster-level
 * findings (`invalid_input` when `members` is not iterable)
 *
 * @example
 * ```ts
 * const policy = createPolicy({ highestTier: { 2025: "3000" } });
 * const plan = {
 *   id: "plan-2025",
 *   organisation: { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" },
 *   validity: { kind: "one_year", year: 2025 },
 *   standards: { ladder: [{ minTier: 300, amount: 80 }] },
 * };
 * const member = {
 *   id: "510402198001010018", name: "张三", collectiveMember: true, enrolled: true, category: "general",
 *   contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300 }],
 * };
 * const result = computeRoster([member, member], plan, { year: 2025, policy });
 * result.totals;
 * //=> { members: 2, granted: 1, denied: 1, invalid: 0, amount: "80.00" }
 * result.decisions[1]?.findings[0]?.code;
 * //=> "duplicate_member"
 * ```
 */
export function computeRoster(members: Iterable<Member>, plan: Plan, options: ComputeSubsidyOptions): RosterResult;
/**
 * {@link computeRoster} for a value not yet known to have the right shape (`unknown`, e.g. `JSON.parse`'s
 * result): the same checks run and never throw; no cast is needed.
 *
 * @param members - the members as parsed JSON (an array or any iterable), not yet checked
 * @param plan - the plan as parsed JSON, not yet checked
 * @param options - as in the typed form
 * @returns one decision per member; a row that is not a member is that row's `invalid` decision
 */
export function computeRoster(members: unknown, plan: unknown, options: ComputeSubsidyOptions): RosterResult;
export function computeRoster(members: unknown, plan: unknown, options: ComputeSubsidyOptions): RosterResult {
  const tally = new RosterTally();
  const decisions: SubsidyDecision[] = [];
  // isIterable refuses every primitive, a string included
  if (!isIterable(members)) {
    return {
      decisions,
      totals: tally.totals(),
      findings: [makeFinding("invalid_input", ["members"], { field: "members", problem: "expected an array or another iterable of members", problemZh: "应为逐行列出成员的名单" })],
      rulesVersion: RULES_VERSION,
    };
  }
  const prepared = prepareContext(plan, options);
  const seen = new MemberIdTable(Array.isArray(members) ? members.length : 0);
  const decide = (member: unknown, row: number): void => {
    decisions.push(decideRosterRow(member, prepared, seen, row, tally));
  };
  // A plain array is walked by index (no iterator result per row); any other iterable by for…of.
  if (Array.isArray(members) && members[Symbol.iterator] === ARRAY_ITERATOR) {
    for (let index = 0; index < members.length; index++) decide(members[index], index + 1);
  } else {
    let row = 0;
    for (const member of members) decide(member, ++row);
  }
  return { decisions, totals: tally.totals(), findings: [], rulesVersion: RULES_VERSION };
}

/**
 * Decides the member on 1-based `row` of a roster, denying an ID already in `seen` as a
 * duplicate and remembering a new one, and counts the decision in `tally`; shared by
 * computeRoster and the streaming variant.
 */
export function decideRosterRow(member: unknown, prepared: PreparedContext, seen: MemberIdTable, row: number, tally: RosterTally): SubsidyDecision {
  // Remembered under the normalised ID: an unreadable row written with a lower-case check
  // character and a readable row of the same person are one member.
  const id = memberIdOf(member);
  const decision = decideMember(member, prepared, id === undefined ? undefined : seen.claim(id, row), tally);
  // Each finding names its row (1-based, as a clerk counts), so a bad row is found in a long list.
  return decision.findings.length === 0 ? decision : { ...decision, findings: decision.findings.map((finding) => withRow(finding, row)) };
}

/** The finding with `details.row` set to the roster row it is about. */
function withRow(finding: Finding, row: number): Finding {
  return { ...finding, details: { ...finding.details, row } };
}

/** The normalised ID a member row carries, if it is a string (upper-case check character). */
export function memberIdOf(member: unknown): string | undefined {
  const id = typeof member === "object" && member !== null ? (member as { id?: unknown }).id : undefined;
  if (typeof id !== "string") return undefined;
  return id.length === 18 && id.endsWith("x") ? `${id.slice(0, 17)}X` : id;
}
