// The Chinese of scripts/docs/policyMapNotes.ts for the policy explorer (Chinese first). Each entry
// keeps the English it translates: when a note changes, the explorer shows the English note until
// the Chinese here is brought up to date (the build names the clauses whose Chinese is stale).
import type { ClauseId } from "../../src/index.js";

export interface NoteTranslation {
  /** the English note this Chinese translates, exactly as policyMapNotes has it */
  readonly en: string;
  readonly zh: string;
}

export const notesZh: { readonly [id in ClauseId]?: NoteTranslation } = {
  "opinion/2": {
    en: "Nothing to decide: the roll-out schedule. Subsidy years start at 2024 (the pilot year); earlier years are invalid input.",
    zh: "本条是推进安排，无需判定。补助年度从 2024 年（试点年）开始，更早的年度视为数据有误。",
  },
  "opinion/3.1": {
    en: "The organisation's kind is part of the plan model: village, community or villagers' group.",
    zh: "实施方案写明试点组织的类型：村、社区或村民小组。",
  },
  "opinion/3.2": {
    en: "Eligibility: member of this collective, enrolled that year, a regular contribution for the year; never a back-paid period; one row per member.",
    zh: "补助对象：本集体经济组织成员，当年参加城乡居保，当年正常缴费；一次性补缴的补缴时段不补助；名单中每人只能出现一次。",
  },
  "opinion/3.3": {
    en: "The standard and its limits: hardship tilt (the plan check warns when there is none), ladder by contribution tier (档次, government part included), floor 10 yuan, cap at the year's highest Sichuan tier (a host parameter), no full substitution where the member pays alone (a government-paid member is exempt), standards adjustable by year; the collective part is not matched by the fiscal subsidy.",
    zh: "补助标准及其上下限：向困难群体倾斜（方案没有倾斜时给出提醒）；按缴费档次（含政府代缴部分）分档补助；每人每年最低 10 元；最高不超过当年四川省城乡居保最高缴费档次（由业务系统提供）；个人自缴的不能全额代缴（政府代缴人员除外）；标准可逐年调整；集体补助部分不配套财政缴费补贴。",
  },
  "opinion/3.4": {
    en: "Funding: collective income share and earmarked donations must cover what the roster costs.",
    zh: "资金来源：集体经济收益中用于补助的部分加上专项捐赠，须足够支付名单上的补助总额。",
  },
  "opinion/3.5": {
    en: "The plan's force: validity for the year, assembly decision (never passed without more than half of those present), township approval, county record, suspension and resumption; the subsidy follows the contribution's date, which a suspension within the year makes necessary.",
    zh: "方案的效力：当年有效；经成员（代表）大会通过（到会人员过半数同意才算通过）；经乡镇审核同意；报县（区）备案；暂停和恢复。补助时间与缴费时间一致，年内暂停时按缴费日期判断。",
  },
  "opinion/3.6": {
    en: "No rule for the library: city funding for 2024 pilot townships.",
    zh: "本条是市级对 2024 年试点乡镇（街道）的激励，无需本库判定。",
  },
  "opinion/4": {
    en: "The 多缴多得、长缴多得 arithmetic: what the subsidy adds to the personal account and to the projected pension.",
    zh: "多缴多得、长缴多得的计算：集体补助记入个人账户后增加多少，以及预计养老金增加多少。",
  },
  "annex1/1": {
    en: "The plan's content (fund source, objects, time, standards), one-year or standing validity, the 四议两公开 procedure and publicity of at least 5 working days on the official calendar, for the plan and for each year's adjustment of its standards.",
    zh: "方案内容（资金来源、补助对象、补助时间、补助标准）；一年一议或长效机制；四议两公开程序；按法定工作日历公示不少于 5 个工作日——方案本身和每年调整标准都要公示。",
  },
  "annex1/2": {
    en: "The plan is recorded at the township and the county HR bureau, in that order.",
    zh: "方案先报乡（镇）人民政府，再报县（区）人力资源社会保障局备案。",
  },
  "annex1/3": {
    en: "The yearly application: sealed, for a year the plan covers, submitted after the county record, with the roster.",
    zh: "逐年提交补助申请：加盖集体经济组织公章，年度在方案有效期内，在县（区）备案之后提交，附补助花名册。",
  },
  "annex1/4": {
    en: "The agency's re-check: every roster row decided again; unreadable input is reported field by field.",
    zh: "经办机构复核：花名册每一行重新判定；无法读取的数据逐项指出。",
  },
  "annex1/5": {
    en: "One payment, in full, of exactly the roster total into the fund's fiscal revenue account.",
    zh: "一次性足额缴款：金额正好等于花名册合计，缴入基金财政收入户。",
  },
  "annex1/6": {
    en: "Reconciliation of voucher, roster total and personal-account bookings to the fen.",
    zh: "对账：缴存凭证、花名册合计和个人账户记账金额核对到分。",
  },
  "annex1/7": {
    en: "The receipt letter is issued only from a bank voucher that matches.",
    zh: "只有银行收款凭证相符时才出具到账函。",
  },
  "annex1/8": {
    en: "No rule for the library: supervision by departments. Every result carries rulesVersion and its findings so that a supervisor can audit it.",
    zh: "本条是部门监督，无需本库判定。每个结果都带有规则版本和提示，便于监督检查。",
  },
  "annex2/1": {
    en: "As opinion/3.2: government-paid special groups included; the back-paid year gets nothing.",
    zh: "同实施意见三（二）：包括政府代缴的特殊群体；补缴的年度不补助。",
  },
  "annex2/2": {
    en: "Hardship amount and the ladder (多缴多补): the rung containing the contribution tier, never on an overlapping ladder; the plan check finds overlaps, gaps, decreasing rungs and rungs of the same amount; per-year standards of a standing plan (按年动态调整).",
    zh: "困难群体补助额和分档标准（多缴多补）：按缴费档次落入的那一档补助，档次区间重叠时不判定；方案核查找出重叠、空档、金额递减和金额相同的档次；长效机制方案可按年动态调整标准。",
  },
  "annex2/3": {
    en: "Funding with amounts: share × base rounded half-up to the fen must equal the stated amount.",
    zh: "资金来源写明金额：集体收益 × 提取比例（四舍五入到分）必须等于方案写明的金额。",
  },
  "annex2/4": {
    en: "The democratic decision by the assembly and the publicity of objects and standards (see annex1/1).",
    zh: "由成员（代表）大会民主决定，补助对象和标准公开公示（见附件1 一）。",
  },
  annex3: {
    en: "The roster form: the header (单位 with the seal, 填表时间), rows with Chinese column labels and the footer (合计人数, 合计金额, 制表人, 审核人, 负责人), exported as CSV that Excel and LibreOffice open in Chinese with every ID number kept as text.",
    zh: "花名册样式：表头（单位并盖章、填表时间），中文列名的各行，表尾（合计人数、合计金额、制表人、审核人、负责人）；导出的 CSV 用 Excel 和 LibreOffice 打开显示中文，身份证号码保持为文本不变形。",
  },
};
