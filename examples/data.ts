// A realistic village year for the example: Jinjiang village (金江村), Renhe district, 2025.
// Names are invented; ID numbers are synthetic numbers with a valid GB 11643 check character.
import type { MemberInput, PlanInput } from "../src/index.js";

export const plan = {
  id: "RH-JJ-2025-01",
  organisation: { name: "金江村股份经济合作联合社", kind: "village", township: "金江镇", county: "仁和区" },
  validity: { kind: "one_year", year: 2025 },
  objects: "本集体经济组织成员中当年参加城乡居保并正常缴费的人员（含政府代缴的特殊群体）；一次性补缴的补缴年度不补助",
  subsidyTime: "与参保人员2025年度缴费时间一致",
  standards: {
    // 困难群体（含政府代缴人员）100 元；提高缴费档次的，按档次补助与 100 元择高（倾斜，opinion/3.3）
    hardship: 100,
    hardshipRule: "higher_of",
    ladder: [
      { minTier: 200, maxTier: 299, amount: 50 },
      { minTier: 300, maxTier: 499, amount: 80 },
      { minTier: 500, maxTier: 999, amount: 150 },
      { minTier: 1000, amount: 300 },
    ],
  },
  funding: {
    collectiveIncome: { base: 200000, sharePercent: 10, amount: 20000 },
    donations: [{ donor: "攀枝花某建材有限公司", donorKind: "enterprise", amount: 5000 }],
  },
  procedure: {
    steps: [
      { step: "party_proposal", date: "2025-05-06" },
      { step: "committees_deliberation", date: "2025-05-06" },
      { step: "party_members_review", date: "2025-05-09" },
      { step: "assembly_resolution", date: "2025-05-16" },
      { step: "resolution_published", date: "2025-05-19" },
    ],
    assembly: { body: "member_assembly", date: "2025-05-16", eligible: 312, present: 240, votesFor: 221 },
    publicity: { postedOn: "2025-05-19", endsOn: "2025-05-26" },
    townshipApproval: { date: "2025-05-28" },
    countyFiling: { date: "2025-06-03" },
  },
} satisfies PlanInput;

const regular = (selfPaid: number, governmentPaid = 0, tier = selfPaid + governmentPaid) =>
  [{ period: 2025, kind: "regular" as const, tier, selfPaid, governmentPaid, paidOn: "2025-07-15" }];

export const members: MemberInput[] = [
  { id: "510411198003137668", name: "王秀英", collectiveMember: true, enrolled: true, category: "general", contributions: regular(200) },
  { id: "510411196302276482", name: "李桂珍", collectiveMember: true, enrolled: true, category: "general", contributions: regular(300) },
  { id: "510411196606191592", name: "张国强", collectiveMember: true, enrolled: true, category: "general", contributions: regular(400) },
  { id: "510411199204021885", name: "刘秀珍", collectiveMember: true, enrolled: true, category: "general", contributions: regular(500) },
  { id: "510411198707033461", name: "陈丽", collectiveMember: true, enrolled: true, category: "general", contributions: regular(800) },
  { id: "510411196509141606", name: "杨丽", collectiveMember: true, enrolled: true, category: "general", contributions: regular(1000) },
  { id: "51041119960208745x", name: "赵小军", collectiveMember: true, enrolled: true, category: "general", contributions: regular(2000) },
  { id: "510411200010026907", name: "黄婷", collectiveMember: true, enrolled: true, category: "general", contributions: regular(100) },
  { id: "510411199707023268", name: "周芳", collectiveMember: true, enrolled: true, category: "minimum_living_allowance", contributions: regular(0, 100) },
  { id: "51041119620928236X", name: "吴德芬", collectiveMember: true, enrolled: true, category: "extreme_poverty", contributions: regular(0, 100) },
  { id: "510411197807056535", name: "徐春林", collectiveMember: true, enrolled: true, category: "returned_to_poverty", contributions: regular(200, 100) },
  { id: "510411196710106730", name: "孙福", collectiveMember: true, enrolled: true, category: "severe_disability", contributions: regular(0, 100) },
  // 政府代缴 100 元，本人提高到 1000 元档次（个人缴纳 900 元）：按档次 1000 元补助 300 元，高于困难群体的 100 元
  { id: "510411197003151625", name: "冯桂芳", collectiveMember: true, enrolled: true, category: "minimum_living_allowance", contributions: regular(900, 100) },
  { id: "510411197102196845", name: "马玉珍", collectiveMember: true, enrolled: true, category: "other_hardship", contributions: regular(300) },
  { id: "510411200004121991", name: "朱晓东", collectiveMember: true, enrolled: true, category: "general", contributions: regular(300, 100) },
  {
    id: "510411199512036771", name: "胡海", collectiveMember: true, enrolled: true, category: "general",
    contributions: [{ period: 2025, kind: "back_payment", tier: 500, selfPaid: 500, paidOn: "2025-08-01" }],
  },
  { id: "510411196310076085", name: "郭淑华", collectiveMember: false, enrolled: true, category: "general", contributions: regular(500) },
  { id: "510411199407254216", name: "林强", collectiveMember: true, enrolled: false, category: "general", contributions: [] },
  { id: "510411198910154701", name: "何静", collectiveMember: true, enrolled: true, category: "general", contributions: [] },
  { id: "510411197904262840", name: "高秀兰", collectiveMember: true, enrolled: true, category: "general", contributions: regular(300, 0, 400) },
  { id: "510411197502194072", name: "罗建华", collectiveMember: true, enrolled: true, category: "general", contributions: regular(600) },
  { id: "510411199308118462", name: "梁燕", collectiveMember: true, enrolled: true, category: "general", contributions: regular(700) },
  { id: "510411198805201748", name: "宋薇", collectiveMember: true, enrolled: true, category: "general", contributions: regular(1500) },
  { id: "510411196709142689", name: "郑玉兰", collectiveMember: true, enrolled: true, category: "general", contributions: regular(300) },
  { id: "510411198003137668", name: "王秀英", collectiveMember: true, enrolled: true, category: "general", contributions: regular(200) },
  { id: "510411198103165317", name: "谢军", collectiveMember: true, enrolled: true, category: "general", contributions: regular(300) },
];
