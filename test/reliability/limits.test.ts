// Every list a public function accepts, at its limit and at twice it (issue 20): no throw; at the
// limit every row is decided, past it one too_many_items finding naming the limit and the count.
import { describe, expect, it } from "vitest";
import {
  accountCredit,
  checkApplication,
  checkPlan,
  computeSubsidy,
  countWorkingDays,
  findDuplicateBeneficiaries,
  projectPension,
  reconcile,
  toRosterCsv,
  toRosterRows,
  transition,
  type Finding,
  type MemberInput,
} from "../../src/index.js";
import { LIMITS } from "../../src/models/limits.js";
import { sampleApplication } from "../application/fixtures.js";
import { basePlan, compliantPlan, generalMember, ID_A, ID_B, policy2025 } from "../helpers/samples.js";
import { repeated, validMembers } from "./data.js";

/** The one finding of a list past its limit. */
function expectTooMany(findings: readonly Finding[], path: readonly (string | number)[], count: number, limit: number): void {
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ code: "too_many_items", severity: "error", clause: "annex1/4", path, details: { count, limit } });
}

const codes = (findings: readonly Finding[]) => new Set(findings.map((finding) => finding.code));

/** The findings of a workflow step, none when it succeeded. */
function findingsOf(result: ReturnType<typeof transition>): readonly Finding[] {
  return result.ok ? [] : result.findings;
}

describe("checkApplication at its roster limit", () => {
  const rosterAtLimit = () => validMembers().map((member) => ({ member, amount: 80 }));

  it("decides every one of LIMITS.rosterRows valid rows", () => {
    const report = checkApplication(sampleApplication({ roster: rosterAtLimit() }), { policy: policy2025 });
    expect(report.decisions).toHaveLength(LIMITS.rosterRows);
    expect(report.totals).toMatchObject({ members: LIMITS.rosterRows, granted: LIMITS.rosterRows, claimed: "8000000.00", computed: "8000000.00" });
    expect(codes(report.findings).has("too_many_items")).toBe(false);
  });

  it.each([
    ["valid", { member: generalMember(300, ID_A), amount: 80 }],
    ["unreadable", { member: null, amount: "abc" }],
  ])("answers twice the limit of %s rows with one too_many_items, reading no row", (_, row) => {
    const report = checkApplication(sampleApplication({ roster: repeated(2 * LIMITS.rosterRows, row) }), { policy: policy2025 });
    expectTooMany(report.findings, ["application", "roster"], 2 * LIMITS.rosterRows, LIMITS.rosterRows);
    expect(report.findings[0]?.message.zh).toBe("名单共 200,000 项，超过最多 100,000 项的上限，请删减或分批后重新提交");
    expect(report.compliant).toBe(false);
    expect(report.decisions).toEqual([]);
    expect(report.totals).toEqual({ members: 0, granted: 0, denied: 0, invalid: 0, claimed: "0.00", computed: "0.00" });
  });

  it("answers one row past the limit with too_many_items", () => {
    const report = checkApplication(sampleApplication({ roster: repeated(LIMITS.rosterRows + 1, null) as never }), { policy: policy2025 });
    expectTooMany(report.findings, ["application", "roster"], LIMITS.rosterRows + 1, LIMITS.rosterRows);
  });
});

describe("reconcile at its limits", () => {
  it("balances LIMITS.rosterRows rows against as many bookings", () => {
    const roster = validMembers().map((member) => ({ member: { id: member.id }, amount: 80 }));
    const bookings = validMembers().map((member) => ({ memberId: member.id, amount: 80 }));
    const result = reconcile({ roster, payment: { amount: 80 * LIMITS.rosterRows }, bookings });
    expect(result.findings).toEqual([]);
    expect(result.balanced).toBe(true);
  });

  // LIMITS.bookings bookings that match no row: test/reliability/reproduce.test.ts (the issue's own call).

  it.each([
    ["roster", { roster: repeated(2 * LIMITS.rosterRows, { member: { id: ID_A }, amount: 80 }), bookings: [] }, LIMITS.rosterRows],
    ["roster", { roster: repeated(LIMITS.rosterRows + 1, null), bookings: [] }, LIMITS.rosterRows],
    ["bookings", { roster: [], bookings: repeated(2 * LIMITS.bookings, { memberId: ID_A, amount: 80 }) }, LIMITS.bookings],
    ["bookings", { roster: [], bookings: repeated(LIMITS.bookings + 1, null) }, LIMITS.bookings],
  ] as const)("answers a %s past its limit with one too_many_items", (list, lists, limit) => {
    const result = reconcile({ ...lists, payment: { amount: 0 } } as never);
    expectTooMany(result.findings, ["input", list], (lists[list] as readonly unknown[]).length, limit);
    expect(result.balanced).toBe(false);
  });
});

describe("findDuplicateBeneficiaries at its limits", () => {
  const organisation = { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" } as const;
  it("compares LIMITS.rowsInAllApplications rows in all", () => {
    // Ten rosters at their limit; valid rows in two of them (ten valid rosters would take seconds).
    const valid = validMembers().map((member) => ({ member }));
    const unreadable = repeated(LIMITS.rosterRows, { member: null });
    const applications = Array.from({ length: LIMITS.rowsInAllApplications / LIMITS.rosterRows }, (_, index) => ({ id: `A-${index}`, year: 2024 + index, organisation, roster: index < 2 ? valid : unreadable }));
    expect(findDuplicateBeneficiaries(applications).findings).toEqual([]);
  });

  it("finds the duplicates of a roster at its limit listed again", () => {
    const roster = validMembers().map((member) => ({ member }));
    const result = findDuplicateBeneficiaries([
      { id: "A", year: 2025, organisation, roster },
      { id: "B", year: 2025, organisation, roster: roster.slice(0, 1000) },
    ]);
    // The same organisation applying twice: the second application, then each member it lists again.
    expect(result.findings).toHaveLength(1001);
    expect(result.findings[0]?.code).toBe("duplicate_application");
    expect(codes(result.findings.slice(1))).toEqual(new Set(["duplicate_across_applications"]));
  });

  it("reports each of LIMITS.applications unreadable applications", () => {
    const result = findDuplicateBeneficiaries(repeated(LIMITS.applications, null));
    expect(result.findings).toHaveLength(LIMITS.applications);
  });

  it.each([
    ["applications", repeated(2 * LIMITS.applications, { id: "A", year: 2025, roster: [] }), 2 * LIMITS.applications, LIMITS.applications],
    ["applications", repeated(LIMITS.applications + 1, null), LIMITS.applications + 1, LIMITS.applications],
    ["rows in all", repeated(20, { id: "A", year: 2025, roster: repeated(LIMITS.rosterRows, null) }), 2 * LIMITS.rowsInAllApplications, LIMITS.rowsInAllApplications],
    ["rows in all", [...repeated(10, { id: "A", year: 2025, roster: repeated(LIMITS.rosterRows, null) }), { id: "B", year: 2025, roster: [null] }], LIMITS.rowsInAllApplications + 1, LIMITS.rowsInAllApplications],
  ])("answers %s past the limit with one too_many_items", (_, applications, count, limit) => {
    expectTooMany(findDuplicateBeneficiaries(applications).findings, ["applications"], count, limit);
  });

  it("answers one application's roster past its limit with that application's too_many_items, and compares the others", () => {
    const member = { id: ID_B };
    const result = findDuplicateBeneficiaries([
      { id: "A", year: 2025, organisation, roster: [{ member }] },
      { id: "B", year: 2025, organisation, roster: repeated(2 * LIMITS.rosterRows, { member }) },
      { id: "C", year: 2025, organisation, roster: [{ member }] },
    ]);
    expect(result.findings.map((finding) => [finding.code, finding.path])).toEqual([
      ["too_many_items", ["applications", 1, "roster"]],
      ["duplicate_application", ["applications", 2]],
      ["duplicate_across_applications", ["applications", 2, "roster", 0, "member", "id"]],
    ]);
    expect(result.findings[0]?.details).toMatchObject({ count: 2 * LIMITS.rosterRows, limit: LIMITS.rosterRows });
  });
});

describe("toRosterRows and checkPlan's roster past the limit", () => {
  it("answers a roster past its limit with one too_many_items", () => {
    const result = toRosterRows(sampleApplication({ roster: repeated(2 * LIMITS.rosterRows, { member: generalMember(), amount: 80 }) }));
    expectTooMany(result.findings, ["application", "roster"], 2 * LIMITS.rosterRows, LIMITS.rosterRows);
    expect(result.rows).toEqual([]);
  });

  it("costs a roster at its limit and refuses one past it with one too_many_items", () => {
    const atLimit = checkPlan(compliantPlan, { policy: policy2025, year: 2025, roster: validMembers() });
    expect(atLimit.findings.find((finding) => finding.code === "funds_insufficient")?.details).toMatchObject({ cost: "8000000.00" });
    const past = checkPlan(compliantPlan, { policy: policy2025, year: 2025, roster: repeated(LIMITS.rosterRows + 1, generalMember()) });
    expect(past.findings.filter((finding) => finding.path?.[0] === "options")).toEqual([expect.objectContaining({ code: "too_many_items", path: ["options", "roster"], details: expect.objectContaining({ count: LIMITS.rosterRows + 1, limit: LIMITS.rosterRows }) })]);
    expect(codes(past.findings).has("funds_insufficient")).toBe(false);
  });
});

describe("toRosterCsv at its limits", () => {
  const footer = { 合计人数: 1, 合计金额: "80.00" };
  const row = { 序号: "1", 姓名: "张三" };
  const lineCount = (csv: string) => csv.split("\r\n").length - 1;

  it("writes LIMITS.rosterRows rows, and none of one more or twice as many", () => {
    // The form's nine lines besides the rows: title, 单位, 填表时间, column labels, 合计人数, 合计金额, 制表人, 审核人, 负责人.
    expect(lineCount(toRosterCsv({ rows: repeated(LIMITS.rosterRows, row), footer } as never))).toBe(LIMITS.rosterRows + 9);
    expect(lineCount(toRosterCsv({ rows: repeated(LIMITS.rosterRows + 1, row), footer } as never))).toBe(9);
    expect(lineCount(toRosterCsv({ rows: repeated(2 * LIMITS.rosterRows, row), footer } as never))).toBe(9);
  });

  it("writes LIMITS.csvColumns columns a host names, and the standard ones past that", () => {
    const columns = (count: number) => ["序号", ...repeated(count - 1, "姓名")];
    const header = (count: number) => toRosterCsv({ columns: columns(count), rows: [row], footer } as never).split("\r\n")[3]?.split(",").length;
    expect(header(LIMITS.csvColumns)).toBe(LIMITS.csvColumns);
    expect(header(LIMITS.csvColumns + 1)).toBe(10);
    expect(header(2 * LIMITS.csvColumns)).toBe(10);
  });
});

describe("lists inside a member, a plan, a calendar, a schedule and the workflow", () => {
  const regular = { period: 2025, kind: "regular" as const, tier: 300, selfPaid: 300 };
  const history = { period: 2020, kind: "regular" as const, tier: 300, selfPaid: 300 };
  const memberWith = (count: number): MemberInput => ({ ...generalMember(), contributions: [regular, ...repeated(count - 1, history)] });
  const rung = (index: number) => ({ minTier: 100 * index + 100, maxTier: 100 * index + 199, amount: 10 + index });

  it("decides a member with LIMITS.contributions contributions, and refuses twice as many with one too_many_items", () => {
    expect(computeSubsidy(memberWith(LIMITS.contributions), basePlan, { year: 2025, policy: policy2025 }).status).toBe("granted");
    const past = computeSubsidy(memberWith(2 * LIMITS.contributions), basePlan, { year: 2025, policy: policy2025 });
    expect(past.status).toBe("invalid");
    expectTooMany(past.findings, ["member", "contributions"], 2 * LIMITS.contributions, LIMITS.contributions);
    expect(past.findings[0]?.message.zh).toBe("缴费记录共 1,000 项，超过最多 500 项的上限，请删减或分批后重新提交");
  });

  it("reads a ladder of LIMITS.ladderRungs rungs, and refuses twice as many with one too_many_items", () => {
    const ladder = Array.from({ length: LIMITS.ladderRungs }, (_, index) => rung(index));
    expect(computeSubsidy(generalMember(300), { ...basePlan, standards: { ladder } }, { year: 2025, policy: policy2025 }).amount).toBe("12.00");
    const long = Array.from({ length: 2 * LIMITS.ladderRungs }, (_, index) => rung(index));
    const past = computeSubsidy(generalMember(300), { ...basePlan, standards: { ladder: long } }, { year: 2025, policy: policy2025 });
    expectTooMany(past.findings, ["plan", "standards", "ladder"], 2 * LIMITS.ladderRungs, LIMITS.ladderRungs);
  });

  it.each([
    ["suspensions", { suspensions: repeated(2 * LIMITS.suspensions, { from: "2025-01-01", reason: "无力承担" }) }, ["plan", "suspensions"], 2 * LIMITS.suspensions, LIMITS.suspensions],
    ["donations", { funding: { donations: repeated(2 * LIMITS.donations, { donor: "某公司", donorKind: "enterprise", amount: 1 }) } }, ["plan", "funding", "donations"], 2 * LIMITS.donations, LIMITS.donations],
    ["steps", { procedure: { steps: repeated(2 * LIMITS.deliberationSteps, { step: "party_proposal", date: "2025-05-06" }) } }, ["plan", "procedure", "steps"], 2 * LIMITS.deliberationSteps, LIMITS.deliberationSteps],
  ])("refuses a plan's %s past the limit with one too_many_items", (_, patch, path, count, limit) => {
    const findings = checkPlan({ ...compliantPlan, ...patch } as never, { policy: policy2025 }).findings;
    expectTooMany(findings, path, count, limit);
  });

  it("reads a host calendar's year of LIMITS.calendarDays days off, and refuses twice as many with one too_many_items", () => {
    const days = (count: number) => Array.from({ length: count }, (_, index) => `2027-${String(1 + Math.floor((index % 336) / 28)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}`);
    const calendar = (off: string[]) => ({ calendar: { source: "test", years: { 2027: { off, work: [] } } } });
    expect(countWorkingDays("2027-01-01", "2027-12-31", calendar(days(LIMITS.calendarDays))).ok).toBe(true);
    const past = countWorkingDays("2027-01-01", "2027-12-31", calendar(days(2 * LIMITS.calendarDays)));
    expect(past.ok).toBe(false);
    expectTooMany(past.ok ? [] : past.findings, ["options", "calendar", "years", "2027", "off"], 2 * LIMITS.calendarDays, LIMITS.calendarDays);
  });

  it("books with a schedule of LIMITS.scheduleTiers tiers, and refuses twice as many with one too_many_items", () => {
    const tiers = (count: number) => Array.from({ length: count }, (_, index) => ({ tier: 100 * (index + 1), subsidy: 30 }));
    const decision = { status: "granted" as const, memberId: ID_A, year: 2025, amount: "80.00" };
    expect(accountCredit(generalMember(300), decision, { year: 2025, schedule: { 2025: { tiers: tiers(LIMITS.scheduleTiers), source: "t" } } }).ok).toBe(true);
    const past = accountCredit(generalMember(300), decision, { year: 2025, schedule: { 2025: { tiers: tiers(2 * LIMITS.scheduleTiers), source: "t" } } });
    expectTooMany(past.findings, ["options", "schedule", "2025", "tiers"], 2 * LIMITS.scheduleTiers, LIMITS.scheduleTiers);
  });

  it("projects 44 yearly credits, and refuses twice as many with one too_many_items", () => {
    const options = (count: number) => ({ age: 16, yearsContributed: count, yearlyCredits: repeated(count, 100), interestRate: "0.015", basicPension: "150" });
    expect(projectPension(options(44)).ok).toBe(true);
    expectTooMany(projectPension({ ...options(88), yearsContributed: 44 }).findings, ["options", "yearlyCredits"], 88, 44);
  });

  it("takes LIMITS.transfers transfers, and refuses twice as many with one too_many_items", () => {
    const state = { status: "standards_entered" as const, applicationId: "A", roster: { members: 1, total: "1.00" } };
    const voucher = { number: "B-1", amount: "0.01", date: "2025-07-01", account: "fund_fiscal_revenue" as const };
    expect(findingsOf(transition(state, { type: "pay", transfers: repeated(LIMITS.transfers, voucher) })).some((finding) => finding.code === "too_many_items")).toBe(false);
    expectTooMany(findingsOf(transition(state, { type: "pay", transfers: repeated(2 * LIMITS.transfers, voucher) })), ["event", "transfers"], 2 * LIMITS.transfers, LIMITS.transfers);
  });

  it("refuses a returned state carrying twice LIMITS.carriedFindings findings with one too_many_items", () => {
    const state = { status: "returned" as const, applicationId: "A", findings: repeated(2 * LIMITS.carriedFindings, null) };
    expectTooMany(findingsOf(transition(state as never, { type: "revise" })), ["state", "findings"], 2 * LIMITS.carriedFindings, LIMITS.carriedFindings);
  });
});
