import { pushAll } from "../core/pushAll.js";
import * as z from "zod";
import { formatFen, type Fen } from "../core/money.js";
import type { Finding, FindingPath } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { MAX_ROSTER_ROWS, RosterFormSchema, type Application } from "../models/application.js";
import { chineseNames } from "../findings/names.js";
import { MemberCategorySchema, ParsedMemberSchema, type ParsedContribution, type MemberCategory } from "../models/member.js";
import { OrganisationSchema } from "../models/plan.js";
import { IsoDateSchema, FenSchema, SubsidyYearSchema } from "../models/primitives.js";
import { RULES_VERSION } from "../version.js";
import { lazySchema } from "../core/lazy.js";

/** The columns of the roster form (annex3), in order. */
export const ROSTER_COLUMNS = [
  "序号",
  "姓名",
  "公民身份号码",
  "人员类别",
  "缴费年度",
  "个人缴费档次",
  "个人缴纳金额",
  "政府代缴金额",
  "集体补助金额",
  "备注",
] as const;

/** A column label of the roster. */
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** One row of the roster: a text cell per column (amounts in yuan with two decimals). */
export type RosterRow = { readonly [column in RosterColumn]: string };

/** The roster's header as annex3 shows it: 单位：XX村（社区）（盖章）, 填表时间：年 月 日. */
export interface RosterHeader {
  /** the organisation's name, where it seals the form */
  readonly 单位: string;
  /** the day the form was filled in, as 2025年7月1日; empty when the application gives no day */
  readonly 填表时间: string;
}

/**
 * The roster's footer: the count of rows, the total claimed (which the single payment must
 * equal) and who drew up, checked and answers for the form (empty where left to sign by hand).
 */
export interface RosterFooter {
  readonly 合计人数: number;
  readonly 合计金额: string;
  readonly 制表人: string;
  readonly 审核人: string;
  readonly 负责人: string;
}

/** The roster form (annex3) as rows, with its title, header, columns and footer. */
export interface RosterRows {
  /** 「…集体经济补助城乡居民养老保险参保缴费花名册」 */
  readonly title: string;
  readonly header: RosterHeader;
  readonly columns: readonly RosterColumn[];
  readonly rows: readonly RosterRow[];
  readonly footer: RosterFooter;
  /** `invalid_input` / `invalid_id_number` for rows or fields that could not be read */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

/** The Chinese label of a member category (annex2/2), from the one table of Chinese names; "" for anything else. */
function categoryLabel(category: unknown): string {
  return MemberCategorySchema.safeParse(category).success ? chineseNames.values[category as MemberCategory] : "";
}

const EnvelopeSchema = lazySchema(() => z.object({
  year: SubsidyYearSchema,
  organisation: OrganisationSchema,
  roster: z.array(z.unknown()).max(MAX_ROSTER_ROWS),
}));
const RowSchema = lazySchema(() => z.object({ member: z.unknown(), amount: FenSchema }));
/** The form's own fields, read apart from the roster so that one unreadable field only leaves a blank. */
const FormFieldsSchema = lazySchema(() => z.object({ submittedOn: IsoDateSchema.optional(), rosterForm: RosterFormSchema.optional() }));

/** 2025-07-01 as the form writes a day: 2025年7月1日. */
function chineseDate(date: string | undefined): string {
  if (date === undefined) return "";
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as { [key: string]: unknown })[key] : undefined;
}

function emptyRows(findings: Finding[]): RosterRows {
  return {
    title: "",
    header: { 单位: "", 填表时间: "" },
    columns: ROSTER_COLUMNS,
    rows: [],
    footer: { 合计人数: 0, 合计金额: "0.00", 制表人: "", 审核人: "", 负责人: "" },
    findings,
    rulesVersion: RULES_VERSION,
  };
}

/**
 * Lays out an application's roster as the roster form (annex3): the header (单位, 填表时间), one
 * row per member with Chinese column labels, and the footer (合计人数, 合计金额, 制表人, 审核人,
 * 负责人).
 *
 * @remarks
 * annex3 (columns per FACTS.md §7), annex1/3. 集体补助金额 is the amount the organisation claims
 * for the member; 个人缴费档次, 个人缴纳金额 and 政府代缴金额 come from the member's first regular
 * contribution for the year (empty when there is none). 合计金额 is the exact sum of the claimed
 * amounts in fen — the amount the single payment must equal (annex1/5). A row that cannot be
 * read is kept (so the numbering matches the application) with the readable cells filled,
 * 备注 「信息有误」, and its findings. The header and the signatures come from the application:
 * 单位 is the organisation's name (the seal goes beside it), 填表时间 is `rosterForm.filledOn`, else
 * the day of submission; 制表人, 审核人 and 负责人 are `rosterForm.preparer`, `reviewer` and
 * `principal`, blank when not given (signed by hand).
 *
 * @param application - the application, as JSON from the host
 * @returns the rows; findings `invalid_input` / `invalid_id_number` for what could not be read
 *
 * @example
 * ```ts
 * const sheet = toRosterRows({
 *   id: "JJ-2025", year: 2025, sealed: true, submittedOn: "2025-07-01",
 *   subsidyTime: { from: "2025-01-01", to: "2025-12-31" },
 *   contributionStatus: { members: 1, selfPaid: 300, governmentPaid: 0 },
 *   rosterForm: { preparer: "王会计", reviewer: "李主任" },
 *   organisation: { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" },
 *   plan: { id: "P", organisation: { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" }, validity: { kind: "one_year", year: 2025 } },
 *   roster: [{
 *     member: { id: "510402198001010018", name: "张三", collectiveMember: true, enrolled: true, category: "general",
 *       contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: 300 }] },
 *     amount: 80,
 *   }],
 * });
 * sheet.rows[0]?.人员类别;
 * //=> "一般成员"
 * [sheet.rows[0]?.个人缴费档次, sheet.rows[0]?.集体补助金额];
 * //=> ["300.00", "80.00"]
 * sheet.header;
 * //=> { 单位: "金江村", 填表时间: "2025年7月1日" }
 * sheet.footer;
 * //=> { 合计人数: 1, 合计金额: "80.00", 制表人: "王会计", 审核人: "李主任", 负责人: "" }
 * ```
 */
export function toRosterRows(application: Application): RosterRows;
/**
 * {@link toRosterRows} for an application not yet known to have the right shape (`unknown`, e.g.
 * `JSON.parse`'s result): never throws; no cast is needed.
 *
 * @param application - the application as parsed JSON, not yet checked
 * @returns the roster form's rows, as in the typed form
 */
export function toRosterRows(application: unknown): RosterRows;
export function toRosterRows(application: unknown): RosterRows {
  const envelope = EnvelopeSchema.safeParse(application);
  if (!envelope.success) return emptyRows(findingsFromZodError(envelope.error, ["application"], application));
  const { year, organisation, roster } = envelope.data;
  const findings: Finding[] = [];
  const form = FormFieldsSchema.safeParse(application);
  if (!form.success) for (const finding of findingsFromZodError(form.error, ["application"])) findings.push(finding);
  const rosterForm = form.success ? form.data.rosterForm : undefined;
  const filledOn = form.success ? (rosterForm?.filledOn ?? form.data.submittedOn) : undefined;
  const rows: RosterRow[] = [];
  let total: Fen = 0;

  for (let index = 0; index < roster.length; index++) {
    const root: FindingPath = ["application", "roster", index];
    const raw = roster[index];
    const entry = RowSchema.safeParse(raw);
    let amount = "";
    if (entry.success) {
      total += entry.data.amount;
      amount = formatFen(entry.data.amount);
    } else {
      pushAll(findings, findingsFromZodError(entry.error, root, raw));
    }
    const rawMember = field(raw, "member");
    const member = ParsedMemberSchema.safeParse(rawMember);
    let cells: Omit<RosterRow, "序号" | "缴费年度" | "集体补助金额" | "备注">;
    if (member.success) {
      const contribution = member.data.contributions.find((c: ParsedContribution) => c.period === year && c.kind === "regular");
      cells = {
        姓名: member.data.name,
        公民身份号码: member.data.id,
        人员类别: categoryLabel(member.data.category),
        个人缴费档次: contribution === undefined ? "" : formatFen(contribution.tier),
        个人缴纳金额: contribution === undefined ? "" : formatFen(contribution.selfPaid),
        政府代缴金额: contribution === undefined ? "" : formatFen(contribution.governmentPaid),
      };
    } else {
      if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) pushAll(findings, findingsFromZodError(member.error, [...root, "member"], rawMember));
      const category = field(rawMember, "category");
      cells = {
        姓名: text(field(rawMember, "name")),
        公民身份号码: text(field(rawMember, "id")),
        人员类别: categoryLabel(category),
        个人缴费档次: "",
        个人缴纳金额: "",
        政府代缴金额: "",
      };
    }
    const readable = entry.success && member.success;
    rows.push({ 序号: String(index + 1), ...cells, 缴费年度: String(year), 集体补助金额: amount, 备注: readable ? "" : "信息有误" });
  }

  return {
    title: `${organisation.township}${organisation.name}集体经济补助城乡居民养老保险参保缴费花名册`,
    header: { 单位: organisation.name, 填表时间: chineseDate(filledOn) },
    columns: ROSTER_COLUMNS,
    rows,
    footer: {
      合计人数: rows.length,
      合计金额: formatFen(total),
      制表人: rosterForm?.preparer ?? "",
      审核人: rosterForm?.reviewer ?? "",
      负责人: rosterForm?.principal ?? "",
    },
    findings,
    rulesVersion: RULES_VERSION,
  };
}
