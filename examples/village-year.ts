// A village year, end to end: `npm run example`.
import {
  accountCredit,
  chineseNames,
  checkApplication,
  checkPlan,
  compareScenarios,
  reconcile,
  toRosterCsv,
  toRosterRows,
  transition,
  type WorkflowEvent,
  type WorkflowState,
} from "../src/index.js";
import { application, policy, roster, subsidised } from "./application.js";
import { members, plan } from "./data.js";
import type { MemberInput } from "../src/index.js";
import { table } from "./table.js";

const yuan = (value: number | string): string => Number(value).toFixed(2);

/** The rung of the plan's ladder a tier falls in, if any. */
function rungOf(tier: number): { minTier: number; maxTier?: number; amount: number } | undefined {
  const ladder: readonly { minTier: number; maxTier?: number; amount: number }[] = plan.standards.ladder;
  return ladder.find((rung) => tier >= rung.minTier && (rung.maxTier === undefined || tier <= rung.maxTier));
}

/**
 * Why a member got what they got, in words a clerk reads: the rung or the hardship amount, and for
 * a grant that is not obvious (a general member the government pays for; the higher of the two
 * amounts) the rule behind it; for a denial, the library's own findings.
 */
function reasonOf(decision: (typeof roster.decisions)[number], member: MemberInput | undefined): string {
  if (decision.status !== "granted" || member === undefined) return decision.findings.map((finding) => finding.message.zh).join("；");
  const own = member.contributions.find((c) => c.period === 2025);
  const tier = Number(own?.tier ?? 0);
  const governmentPaid = Number(own?.governmentPaid ?? 0);
  const rung = rungOf(tier);
  const rungText = rung === undefined ? "" : rung.maxTier === undefined ? `${yuan(rung.minTier)} 元以上档` : `${yuan(rung.minTier)}–${yuan(rung.maxTier)} 元档`;
  const hardshipGroup = member.category !== "general" || governmentPaid > 0;
  const who =
    member.category === "general" && governmentPaid > 0
      ? `一般成员，但政府代缴 ${yuan(governmentPaid)} 元，按缴费困难群体对待`
      : member.category === "general"
        ? `个人缴费 ${yuan(tier)} 元`
        : `${CATEGORY[member.category] ?? ""}${governmentPaid > 0 ? `，政府代缴 ${yuan(governmentPaid)} 元` : ""}`;
  if (decision.basis === "hardship") {
    const ladder = rung === undefined ? "" : `，高于个人缴费 ${yuan(tier)} 元所在 ${rungText}的 ${yuan(rung.amount)} 元（两者择高）`;
    return `${who}：按困难群体补助 ${decision.amount} 元${ladder}`;
  }
  const tilt = hardshipGroup ? `，高于困难群体补助 ${yuan(plan.standards.hardship)} 元（两者择高）` : "";
  return `${who}${hardshipGroup ? `，个人缴费 ${yuan(tier)} 元` : ""}，在 ${rungText}：按档次补助 ${decision.amount} 元${tilt}`;
}

// The library's own Chinese names (chineseNames) for the categories.
const CATEGORY: Record<string, string> = chineseNames.values;
const STATUS = { granted: "补助", denied: "不予补助", invalid: "数据有误" } as const;

// 1. The plan: content, standards, funding, 四议两公开, publicity, approval and record.
const planReport = checkPlan(plan, { policy, year: 2025, roster: members });
console.log(`实施方案 ${plan.id}：${planReport.compliant ? "合规" : "不合规"}${planReport.findings.map((f) => `；${f.message.zh}`).join("")}\n`);

// 2. Every member's decision.
console.log(`${plan.organisation.township}${plan.organisation.name} 2025 年度集体补助（${plan.organisation.county}）\n`);
const rows = roster.decisions.map((decision, index) => {
  const member = members[index];
  const own = member?.contributions.find((c) => c.period === 2025);
  return [
    String(index + 1),
    member?.name ?? "",
    decision.memberId ?? "",
    CATEGORY[member?.category ?? ""] ?? "",
    own === undefined ? "—" : `${Number(own.tier).toFixed(2)}${own.kind === "back_payment" ? "（补缴）" : ""}`,
    own === undefined ? "—" : Number(own.governmentPaid ?? 0).toFixed(2),
    STATUS[decision.status],
    decision.amount,
    decision.status !== "granted" ? "" : decision.basis === "hardship" ? "困难群体" : `档次 ${decision.tier?.minTier ?? ""}${decision.tier?.maxTier === undefined ? " 以上" : `–${decision.tier.maxTier}`}`,
    reasonOf(decision, member),
  ];
});
console.log(table([["序号", "姓名", "公民身份号码", "人员类别", "缴费档次", "政府代缴", "结果", "集体补助", "补助依据", "原因"], ...rows]));
// The tilt (opinion/3.3): a government-paid member who topped up a tier is placed by the tier, and gets the higher of it and the hardship amount.
const tilted = members.findIndex((m) => m.name === "冯桂芳");
const tiltedDecision = roster.decisions[tilted];
if (tiltedDecision !== undefined) {
  console.log(`\n倾斜：${members[tilted]!.name}（低保对象，政府代缴 100.00 元，本人提高到 1000.00 元档次）按缴费档次补助 ${tiltedDecision.amount} 元，高于困难群体补助 100.00 元，也与同档次一般成员（杨丽 ${roster.decisions[members.findIndex((m) => m.name === "杨丽")]?.amount ?? ""} 元）相同`);
}
const t = roster.totals;
console.log(`\n合计：${t.members} 人，补助 ${t.granted} 人，不予补助 ${t.denied} 人，数据有误 ${t.invalid} 人；补助金额合计 ${t.amount} 元`);

// 3. The yearly application (examples/application.ts): sealed, after the county record, stating the
//    subsidy time and the year's contribution status, with the roster of subsidised members.
const report = checkApplication(application, { policy });
console.log(`\n补助申请 ${application.id}：${report.compliant ? "复核通过" : "复核不通过"}，${report.totals.members} 人，申请金额 ${report.totals.claimed} 元`);

// 4. The agency's workflow: review, standards, one payment in full, allocation, reconciliation, receipt.
const voucher = { number: "YH-20250801-001", amount: report.totals.claimed, date: "2025-08-01", account: "fund_fiscal_revenue" } as const;
const bookings = subsidised.map((row) => ({ memberId: roster.decisions.find((d) => d.memberId !== null && d.amount === row.amount && row.member.id.toUpperCase() === d.memberId)?.memberId ?? row.member.id, amount: row.amount }));
const reconciliation = reconcile({ roster: subsidised, payment: voucher, bookings });
const events: WorkflowEvent[] = [
  { type: "submit" },
  { type: "review", report },
  { type: "enter_standards" },
  { type: "pay", transfers: [voucher] },
  { type: "allocate", voucher, roster: { members: report.totals.members, total: report.totals.claimed } },
  { type: "reconcile", result: reconciliation },
  { type: "issue_receipt", bankVoucher: voucher },
];
let state: WorkflowState = { status: "draft", applicationId: application.id };
const path: string[] = [state.status];
for (const event of events) {
  const next = transition(state, event);
  if (!next.ok) throw new Error(next.findings.map((f) => f.message.zh).join("；"));
  state = next.state;
  path.push(state.status);
}
console.log(`经办流程：${path.map((status) => chineseNames.statuses[status as keyof typeof chineseNames.statuses]).join(" → ")}；对账 ${reconciliation.balanced ? "平衡" : "不平衡"}（名册 ${reconciliation.totals.roster} / 缴款 ${reconciliation.totals.payment} / 记账 ${reconciliation.totals.bookings}）`);
// An attempt to pay in two transfers is refused.
const split = transition({ status: "standards_entered", applicationId: application.id, roster: { members: report.totals.members, total: report.totals.claimed } }, {
  type: "pay",
  transfers: [{ ...voucher, amount: "1000.00" }, { ...voucher, number: "YH-20250801-002", amount: "1000.00" }],
});
console.log(`分两笔缴款：${split.ok ? "接受" : split.findings.map((f) => f.message.zh).join("；")}`);

// 5. The roster (附件3) as CSV for Excel.
const csv = toRosterCsv(toRosterRows(application));
console.log(`\n花名册 CSV（${csv.split("\r\n").length - 1} 行），前 6 行：\n${csv.replace(/^\uFEFF/, "").split("\r\n").slice(0, 6).join("\n")}`);

// 6. One member's account (多缴多得、长缴多得). The fiscal subsidy per tier, the interest rate and the basic
//    pension are example figures the host supplies: the library never guesses them.
const schedule = { 2025: { tiers: [{ tier: 500, subsidy: 60 }], source: "示例数据：由业务系统提供" } };
const i = members.findIndex((m) => m.name === "刘秀珍");
const booked = accountCredit(members[i]!, roster.decisions[i]!, { year: 2025, schedule });
const unsubsidised = accountCredit(members[i]!, null, { year: 2025, schedule });
const comparison = compareScenarios(unsubsidised, booked, { age: 33, yearsContributed: 27, interestRate: "0.015", basicPension: "150" });
if (comparison.ok) {
  const { item, difference } = comparison.columns;
  console.log(`\n${members[i]!.name}：${comparison.note.zh}\n`);
  console.log(table([[item.zh, "无集体补助", "有集体补助", difference.zh], ...comparison.rows.map((r) => [r.label.zh, r.a, r.b, r.difference])]));
}
