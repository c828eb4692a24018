/**
 * What the application must state — annex1/3 ("须明确补助时间、当年缴费情况、补助标准及补助对象名单")
 * and opinion/3.5 ("缴费补助时间与参保人员缴费时间一致"): the subsidy time lies in the contribution
 * year, and the stated contribution status is the roster's.
 */
import { formatFen, type Fen } from "../core/money.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import type { ParsedContributionStatus, SubsidyTime } from "../models/application.js";
import { FenSchema } from "../models/primitives.js";

/** The two statements annex1/3 requires, with their names for the finding. */
const STATEMENTS = [
  { field: "subsidyTime", statementZh: "补助时间", statementEn: "subsidy time" },
  { field: "contributionStatus", statementZh: "当年缴费情况", statementEn: "year's contribution status" },
] as const;

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as { [key: string]: unknown })[key] : undefined;
}

/**
 * `application_statement_missing` for each statement the application leaves out; nothing for
 * input that is not an object at all (that is one `invalid_input`).
 */
export function checkStatementsPresent(application: unknown): Finding[] {
  const findings: Finding[] = [];
  if (typeof application !== "object" || application === null) return findings;
  for (const { field: key, statementZh, statementEn } of STATEMENTS) {
    if (field(application, key) === undefined) {
      findings.push(makeFinding("application_statement_missing", ["application", key], { field: key, statementZh, statementEn }));
    }
  }
  return findings;
}

/** The subsidy time inside the contribution year (an error), and the submission before the year's end (a warning). */
export function checkSubsidyTime(subsidyTime: SubsidyTime, year: number, submittedOn: string): Finding[] {
  const findings: Finding[] = [];
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (subsidyTime.from < first) {
    findings.push(makeFinding("subsidy_time_outside_year", ["application", "subsidyTime", "from"], { date: subsidyTime.from, year }));
  }
  if (subsidyTime.to > last) {
    findings.push(makeFinding("subsidy_time_outside_year", ["application", "subsidyTime", "to"], { date: subsidyTime.to, year }));
  }
  if (submittedOn > last) findings.push(makeFinding("submitted_after_year", ["application", "submittedOn"], { submittedOn, year }));
  return findings;
}

/** The listed members' regular contributions for the year, summed as the roster form shows them. */
interface ListedContributions {
  readonly selfPaid: Fen;
  readonly governmentPaid: Fen;
}

/**
 * The sums of the roster's 个人缴纳金额 and 政府代缴金额: each member's first regular contribution
 * for the year (none counts 0). Undefined when a row's contributions cannot be read: that row is
 * reported on its own, and a sum over the rest would be a guess.
 */
export function listedContributions(rows: readonly unknown[], year: number): ListedContributions | undefined {
  let selfPaid = 0;
  let governmentPaid = 0;
  for (const row of rows) {
    const contributions = field(field(row, "member"), "contributions");
    if (!Array.isArray(contributions)) return undefined;
    const own: unknown = contributions.find((c) => field(c, "period") === year && field(c, "kind") === "regular");
    if (own === undefined) continue;
    const self = FenSchema.safeParse(field(own, "selfPaid"));
    const government = FenSchema.default(0).safeParse(field(own, "governmentPaid"));
    if (!self.success || !government.success) return undefined;
    selfPaid += self.data;
    governmentPaid += government.data;
  }
  return { selfPaid, governmentPaid };
}

/** `contribution_status_mismatch` for each stated figure the roster does not give. */
export function checkContributionStatus(stated: ParsedContributionStatus, rows: readonly unknown[], year: number): Finding[] {
  const findings: Finding[] = [];
  const path = ["application", "contributionStatus"] as const;
  if (stated.members !== rows.length) {
    findings.push(
      makeFinding("contribution_status_mismatch", [...path, "members"], {
        field: "members",
        itemZh: "人数",
        itemEn: "the number of members",
        stated: stated.members,
        listed: rows.length,
      }),
    );
  }
  const listed = listedContributions(rows, year);
  if (listed === undefined) return findings;
  if (stated.selfPaid !== listed.selfPaid) {
    findings.push(
      makeFinding("contribution_status_mismatch", [...path, "selfPaid"], {
        field: "selfPaid",
        itemZh: "个人缴纳合计（元）",
        itemEn: "the total paid by the members (yuan)",
        stated: formatFen(stated.selfPaid),
        listed: formatFen(listed.selfPaid),
      }),
    );
  }
  if (stated.governmentPaid !== listed.governmentPaid) {
    findings.push(
      makeFinding("contribution_status_mismatch", [...path, "governmentPaid"], {
        field: "governmentPaid",
        itemZh: "政府代缴合计（元）",
        itemEn: "the total paid by the government (yuan)",
        stated: formatFen(stated.governmentPaid),
        listed: formatFen(listed.governmentPaid),
      }),
    );
  }
  return findings;
}
