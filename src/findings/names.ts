/**
 * The Chinese name of everything a message can mention: input fields, plan elements, the steps
 * of 四议两公开, assembly bodies, workflow statuses and events, enumerated values and finding
 * codes. Every Chinese message is written with these names, never with a field key, an enum
 * value or JSON; hosts that render their own messages use the same table (see docs/glossary.md).
 */
import type { FindingCode } from "./findingCatalog.js";

/** Input fields, by their key in the JSON a host sends. */
const fields = {
  account: "缴入账户",
  age: "年龄",
  amount: "金额",
  application: "补助申请",
  applicationId: "申请编号",
  applications: "补助申请",
  approval: "表决通过比例",
  approvalOf: "表决比例的计算基数",
  asOf: "判断日期",
  assembly: "民主决策会议",
  attendance: "到会比例",
  bankVoucher: "银行收款凭证",
  base: "集体收入基数",
  basicPension: "基础养老金",
  body: "决策机构",
  bookings: "入账记录",
  calendar: "工作日历",
  category: "人员类别",
  charterThresholds: "章程规定的表决比例",
  collectiveIncome: "集体收入",
  collectiveMember: "集体经济组织成员身份",
  collectiveSubsidy: "集体补助",
  contributionStatus: "当年缴费情况",
  contributions: "缴费记录",
  county: "县（区）",
  countyFiledOn: "县（区）备案日期",
  countyFiling: "县（区）人社部门备案",
  date: "日期",
  decision: "决定",
  denominator: "比例的分母",
  donations: "捐赠",
  donor: "捐赠人",
  donorKind: "捐赠人类别",
  eligible: "应到人数",
  en: "英文名称",
  endsOn: "截止日期",
  enrolled: "参保情况",
  event: "办理事项",
  filledOn: "填表日期",
  findings: "问题记录",
  from: "起始日期",
  fromYear: "起始年度",
  floor: "最低补助标准",
  funding: "资金来源",
  governmentPaid: "政府代缴",
  governmentSubsidy: "财政缴费补贴",
  hardship: "困难群体补助金额",
  hardshipRule: "困难群体补助规则",
  highestTier: "当年度最高缴费档次",
  id: "公民身份号码",
  input: "对账材料",
  interestRate: "记账利率",
  kind: "类别",
  label: "名称",
  ladder: "补助档次",
  maxTier: "档次上限",
  member: "成员",
  memberId: "公民身份号码",
  members: "人数",
  minTier: "档次下限",
  name: "姓名",
  number: "编号",
  numerator: "比例的分子",
  objects: "补助对象",
  off: "放假日期",
  openingBalance: "期初余额",
  options: "选项",
  organisation: "集体经济组织",
  ownContribution: "个人缴费",
  paidOn: "缴费日期",
  payment: "缴款",
  period: "缴费所属年度",
  plan: "实施方案",
  policy: "政策参数",
  postedOn: "张贴日期",
  preparer: "制表人",
  present: "到会人数",
  principal: "负责人",
  priorYears: "此前缴费年数",
  procedure: "决策程序",
  publicity: "公示",
  reason: "原因",
  receipt: "回执",
  resumedOn: "恢复日期",
  reviewer: "审核人",
  roster: "补助对象名单",
  rosterForm: "花名册表头",
  rule: "规则",
  scenario: "测算方案",
  schedule: "财政缴费补贴标准",
  sealed: "印章",
  selfPaid: "个人缴纳",
  sharePercent: "提取比例",
  source: "来源",
  standards: "补助标准",
  standardsByYear: "分年度补助标准",
  state: "办理状态",
  status: "状态",
  step: "步骤",
  steps: "四议两公开步骤",
  strict: "是否不含本数",
  submittedOn: "提交日期",
  subsidy: "补助",
  subsidyTime: "补助时间",
  suspensions: "暂停记录",
  tier: "缴费档次",
  tiers: "缴费档次",
  to: "截止日期",
  total: "合计金额",
  toYear: "截止年度",
  township: "乡镇（街道）",
  townshipApproval: "乡镇（街道）审核",
  townshipApprovedOn: "乡镇（街道）审核日期",
  trace: "判断过程",
  transfers: "转账凭证",
  type: "事项类别",
  validity: "有效期",
  voucher: "缴存凭证",
  votesFor: "赞成票数",
  work: "调休上班日期",
  year: "年度",
  yearlyCredits: "年度记账金额",
  years: "年数",
  yearsContributed: "已缴费年数",
  zh: "中文名称",
  "publicity.postedOn": "公示张贴日期",
  "publicity.endsOn": "公示截止日期",
  "(root)": "整个输入",
} as const;

/** What a plan must state (annex1/1), as `plan_missing_element` names it. */
const planElements = {
  objects: "补助对象",
  subsidyTime: "补助时间",
  standards: "补助标准",
  funding: "资金来源及金额",
  assembly: "民主决策会议的表决情况",
  publicity: "公示",
  decision: "调整标准的民主决策决议",
} as const;

/** The steps of 四议两公开, in their order. */
const steps = {
  party_proposal: "村党组织提议",
  committees_deliberation: "村“两委”会议商议",
  party_members_review: "党员大会审议",
  assembly_resolution: "村民（代表）会议或成员（代表）大会决议",
  resolution_published: "决议公开",
  results_published: "实施结果公开",
} as const;

/** The bodies that decide a plan. */
const bodies = {
  member_assembly: "成员大会",
  representative_assembly: "成员代表大会",
  villagers_meeting: "村民会议",
  villager_representatives_meeting: "村民代表会议",
} as const;

/** The statuses of an application in the workflow (annex1/3–7). */
const statuses = {
  draft: "草稿",
  submitted: "已提交",
  returned: "已退回",
  reviewed: "已审核",
  standards_entered: "已录入补助标准",
  paid: "已缴款",
  allocated: "已到账分配",
  reconciled: "已对账",
  receipted: "已出具回执",
} as const;

/** The events that move an application from one status to the next. */
const events = {
  submit: "提交申请",
  review: "审核",
  revise: "修改后重新提交",
  enter_standards: "录入补助标准",
  pay: "缴款",
  allocate: "到账分配",
  reconcile: "对账",
  issue_receipt: "出具回执",
} as const;

/** Enumerated values of the input: categories, kinds, accounts, rules. */
const values = {
  general: "一般成员",
  minimum_living_allowance: "低保对象",
  extreme_poverty: "特困人员",
  returned_to_poverty: "返贫致贫人口",
  severe_disability: "重度残疾人",
  other_hardship: "其他缴费困难群体",
  regular: "正常缴费",
  back_payment: "一次性补缴",
  fund_fiscal_revenue: "基金财政收入户",
  other: "其他",
  hardship_amount: "按困难群体补助金额",
  higher_of: "困难群体补助与档次补助两者择高",
  village: "村",
  community: "社区",
  villagers_group: "村民小组",
  one_year: "一年",
  standing: "长效机制",
  enterprise: "企业",
  social_organisation: "社会组织",
  individual: "个人",
  all: "全体应到人员",
  granted: "予以补助",
  denied: "不予补助",
  invalid: "数据有误，未作决定",
  error: "错误",
  warning: "提示",
  true: "是",
  false: "否",
  "(none)": "无",
} as const;

/** Each finding code by a short Chinese title, for a message that names another finding. */
const codes = {
  decision_mismatch: "集体补助决定与记账不符",
  decision_unidentified: "集体补助决定未注明成员或年度",
  collective_subsidy_undecided: "集体补助未能作出决定",
  assumption_missing: "缺少测算假设",
  contribution_years_short: "累计缴费年限不足",
  application_not_sealed: "申请未盖章",
  application_year_mismatch: "申请年度不在方案有效期内",
  application_organisation_mismatch: "申请单位与方案不一致",
  plan_non_compliant: "实施方案不合规",
  submitted_before_filing: "申请早于方案备案",
  roster_member_ineligible: "名单人员不符合补助条件",
  roster_amount_mismatch: "名单补助金额与核定不符",
  roster_empty: "补助对象名单为空",
  duplicate_across_applications: "同一组织重复补助",
  application_statement_missing: "申请缺少必填事项",
  contribution_status_mismatch: "当年缴费情况与名单不符",
  subsidy_time_outside_year: "补助时间超出缴费年度",
  submitted_after_year: "缴费年度结束后提交",
  duplicate_application: "重复提交申请",
  listed_by_several_organisations: "多个组织同时补助",
  subsidy_sum_exceeds_highest_tier: "补助合计超过最高档次",
  illegal_transition: "办理顺序不对",
  payment_not_in_full: "缴款金额不足额",
  payment_missing: "没有缴款记录",
  payment_split: "分笔缴款",
  payment_wrong_account: "缴入账户不对",
  allocation_document_missing: "缺少到账分配材料",
  allocation_document_mismatch: "到账分配材料与记录不符",
  voucher_mismatch: "银行收款凭证与缴费记录不符",
  reconciliation_mismatch: "对账不符",
  booking_missing: "未记入个人账户",
  booking_unexpected: "记账无对应名单",
  calendar_unknown_year: "缺少当年工作日历",
  not_collective_member: "不是本集体经济组织成员",
  not_enrolled: "未参加城乡居保",
  no_regular_contribution: "没有正常缴费记录",
  back_payment_period: "仅有一次性补缴",
  duplicate_contribution: "正常缴费记录重复",
  plan_not_in_force: "实施方案当年不生效",
  plan_suspended: "集体补助已暂停",
  payment_date_missing: "缺少缴费日期",
  plan_missing_element: "实施方案缺少要素",
  no_matching_tier: "缴费档次不在补助档次内",
  government_paid_double_counted: "政府代缴被重复计入",
  contribution_inconsistent: "缴费金额前后不符",
  below_floor: "补助低于最低标准",
  above_cap: "补助超过最高档次",
  full_substitution: "属全额代缴",
  duplicate_member: "名单中重复出现",
  invalid_input: "输入数据有误",
  invalid_id_number: "公民身份号码无效",
  parameter_missing: "缺少参数",
  too_many_items: "条目超过上限",
  standard_below_floor: "补助标准低于最低标准",
  standard_above_cap: "补助标准超过最高档次",
  ladder_overlap: "补助档次重叠",
  ladder_gap: "补助档次有空缺",
  ladder_not_increasing: "高档次补助反而较少",
  ladder_same_amount: "相邻档次补助相同",
  full_substitution_standard: "档次补助属全额代缴",
  hardship_below_ladder: "困难群体补助未体现倾斜",
  hardship_amount_missing: "未设困难群体补助",
  fund_share_mismatch: "集体收入提取金额不符",
  funding_missing: "未写明资金来源",
  funds_insufficient: "资金不足",
  deliberation_step_missing: "四议两公开缺少步骤",
  deliberation_out_of_order: "四议两公开步骤顺序颠倒",
  assembly_not_passed: "决议未获通过",
  assembly_rule_unknown: "表决规则不明",
  publicity_too_short: "公示不足 5 个工作日",
  publicity_ambiguous: "公示天数存疑",
  township_approval_missing: "未经乡镇（街道）审核",
  county_filing_missing: "未报县（区）备案",
  procedure_out_of_order: "程序顺序颠倒",
  suspension_not_filed: "暂停未经审核备案",
} as const satisfies Record<FindingCode, string>;

/**
 * The Chinese names a message can use, by group: `fields` (input keys), `planElements`,
 * `steps` (四议两公开), `bodies` (assembly bodies), `statuses` and `events` (the workflow),
 * `values` (enumerated values) and `codes` (a short title for each finding code).
 *
 * @example
 * ```ts
 * chineseNames.fields.selfPaid;
 * //=> "个人缴纳"
 * chineseNames.steps.party_proposal;
 * //=> "村党组织提议"
 * chineseNames.codes.not_enrolled;
 * //=> "未参加城乡居保"
 * ```
 */
export const chineseNames = { fields, planElements, steps, bodies, statuses, events, values, codes } as const;

/** Every name, flat: the first group that names a key wins (fields, then the others in order), so the groups are laid down last to first. */
const FLAT = new Map<string, string>();
for (const group of [codes, values, events, statuses, bodies, steps, fields] as const) {
  for (const [key, name] of Object.entries(group)) FLAT.set(key, name);
}

/** Keys whose name depends on what they belong to: `plan.id` is the plan's number, not an ID number. */
const IN_CONTEXT: { readonly [parentAndKey: string]: string } = {
  "plan.id": "方案编号",
  "application.id": "申请编号",
  "organisation.name": "名称",
  "organisation.kind": "类别",
  "donations.name": "捐赠人名称",
  "validity.kind": "期限类别",
  "validity.year": "适用年度",
  "calendar.years": "分年日历",
};

/** Lists that a clerk counts in rows (行); every other list is counted in entries (条). */
const ROW_LISTS: ReadonlySet<string> = new Set(["roster", "members"]);

/** Names of a list when one of its entries is meant: `members` 3 is a row of the member list. */
const LIST_NAMES: { readonly [key: string]: string } = { roster: "名单", members: "成员名单", applications: "补助申请", tiers: "缴费档次" };

/** Path keys that only wrap what follows: "the application's roster" reads as "the roster". */
const WRAPPERS: ReadonlySet<string> = new Set(["input", "application", "member", "options", "event", "procedure"]);

/**
 * The Chinese name of a key or value: a field, a step, a body, a status, an event, an
 * enumerated value or a finding code; `undefined` when the table does not name it.
 
 */
export function nameZh(key: string): string | undefined {
  return FLAT.get(key);
}

function isDigits(text: string): boolean {
  if (text === "") return false;
  for (const character of text) if (character < "0" || character > "9") return false;
  return true;
}

/**
 * A finding's path in Chinese, as a clerk counts: `["application", "roster", 2, "member",
 * "contributions", 0, "selfPaid"]` is "名单第 3 行的缴费记录第 1 条的个人缴纳". Keys the table
 * does not know read "某一项", never the key itself.
 
 */
export function pathZh(path: readonly (string | number)[]): string {
  const parts: string[] = [];
  let start = 0;
  // Wrappers at the start ("the application's …") and a member inside a roster row are dropped when more follows.
  while (start < path.length - 1 && typeof path[start] === "string" && WRAPPERS.has(path[start] as string)) start++;
  for (let index = start; index < path.length; index++) {
    const key = path[index] as string | number;
    const next = path[index + 1];
    // The procedure only groups its parts: "the plan's publicity", not "the plan's procedure's publicity".
    if (key === "procedure" && index > start && next !== undefined) continue;
    // computeRoster's argument is the member list itself.
    if (key === "members" && index === 0 && next === undefined) {
      parts.push("成员名单");
      continue;
    }
    if (typeof key === "number") {
      parts.push(`第 ${key + 1} 条`);
      continue;
    }
    if (typeof next === "number") {
      parts.push(`${LIST_NAMES[key] ?? FLAT.get(key) ?? "某一列表"}第 ${next + 1} ${ROW_LISTS.has(key) ? "行" : "条"}`);
      index++;
      // The member of a roster row is the row itself.
      if (ROW_LISTS.has(key) && path[index + 1] === "member" && index + 2 < path.length) index++;
      continue;
    }
    const parent = path[index - 1];
    const named = typeof parent === "string" ? IN_CONTEXT[`${parent}.${key}`] : undefined;
    if (named !== undefined) parts.push(named);
    else if (isDigits(key) && parts.length > 0) parts[parts.length - 1] += `（${key} 年度）`;
    else if (isDigits(key)) parts.push(`${key} 年度`);
    else parts.push(FLAT.get(key) ?? "某一项");
  }
  return parts.length === 0 ? "整个输入" : parts.join("的");
}

/**
 * A value as a Chinese message shows it: a name from the table, a dotted field path in Chinese,
 * a list joined with 、 (each item by its name), anything else as written.
 */
export function valueZh(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueZh).join("、");
  if (typeof value === "string") {
    const name = FLAT.get(value);
    if (name !== undefined) return name;
    const keys = value.split(".");
    // A dotted field path ("voucher.number"): every key named or a year, at least one named.
    if (keys.length > 1 && keys.some((key) => FLAT.has(key)) && keys.every((key) => FLAT.has(key) || isDigits(key))) return pathZh(keys);
    return value;
  }
  if (typeof value === "object" && value !== null) return Object.values(value).map(valueZh).join("、");
  return String(value);
}
