// A village year, end to end: `npm run example`.
import { computeRoster, createPolicy } from "../src/index.js";
import { members, plan } from "./data.js";
import { table } from "./table.js";

const CATEGORY: Record<string, string> = {
  general: "一般成员",
  minimum_living_allowance: "低保对象",
  extreme_poverty: "特困人员",
  returned_to_poverty: "返贫致贫人口",
  severe_disability: "重度残疾人",
  other_hardship: "其他困难群体",
};
const STATUS = { granted: "补助", denied: "不予补助", invalid: "数据有误" } as const;

// Sichuan's highest tier for 2025 is not public here: the host system supplies it.
const policy = createPolicy({ highestTier: { 2025: { amount: 6000, source: "示例数据：由业务系统提供" } } });

console.log(`${plan.organisation.township}${plan.organisation.name} 2025 年度集体补助（${plan.organisation.county}）\n`);
const roster = computeRoster(members, plan, { year: 2025, policy });
const rows = roster.decisions.map((decision, index) => {
  const member = members[index];
  const own = member?.contributions.find((c) => c.period === 2025);
  return [
    String(index + 1),
    member?.name ?? "",
    decision.memberId ?? "",
    CATEGORY[member?.category ?? ""] ?? "",
    own === undefined ? "—" : `${Number(own.selfPaid).toFixed(2)}${own.kind === "back_payment" ? "（补缴）" : ""}`,
    STATUS[decision.status],
    decision.amount,
    decision.findings.map((finding) => finding.message.zh).join("；"),
  ];
});
console.log(table([["序号", "姓名", "公民身份号码", "人员类别", "个人缴纳", "结果", "集体补助", "原因"], ...rows]));
const t = roster.totals;
console.log(`\n合计：${t.members} 人，补助 ${t.granted} 人，不予补助 ${t.denied} 人，数据有误 ${t.invalid} 人；补助金额合计 ${t.amount} 元`);
