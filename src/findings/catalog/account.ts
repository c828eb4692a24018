import type { FindingTemplate } from "../template.js";

/**
 * Findings of the account rules: booking a year's credit to the member's personal account
 * (annex1/6, opinion/3.3) and projecting the pension for the "多缴多得、长缴多得" account (opinion/4).
 */
export const accountFindings = {
  decision_mismatch: {
    severity: "error",
    clause: "annex1/6",
    zh: "集体补助决定的{field}为 {given}，与记账的 {expected} 不符",
    en: "The collective-subsidy decision's {field} is {given}, not {expected} as booked",
    action: "Pass the decision computed for this member and this year; a decision is never booked to another account.",
  },
  decision_unidentified: {
    severity: "error",
    clause: "annex1/6",
    zh: "集体补助决定未注明{fieldZh}，不能记入个人账户",
    en: "The granted collective-subsidy decision does not name its {fieldEn}, so it cannot be booked",
    action: "Pass the decision computeSubsidy returned for this member and this year, with its memberId and year.",
  },
  collective_subsidy_undecided: {
    severity: "warning",
    clause: "annex1/4",
    zh: "集体补助决定无效（未能作出决定），集体补助按 0 元记账",
    en: "The collective-subsidy decision is invalid (nothing was decided), so the collective line is booked as 0",
    action: "Fix the decision's findings and decide again before booking the year for good.",
  },
  assumption_missing: {
    severity: "error",
    clause: "opinion/4",
    zh: "缺少测算假设：{parameter}（由宿主系统提供，本库不作猜测）",
    en: "The projection assumption {parameter} was not supplied (the host supplies it; the library never guesses)",
    action: "Pass the figure from the host's own data, e.g. the year's crediting interest rate or the local monthly basic pension.",
  },
  contribution_years_short: {
    severity: "warning",
    clause: "opinion/4",
    zh: "累计缴费 {years} 年，不足 {required} 年（国发〔2014〕8号 第七条）：60 岁时须补缴后方可按月领取，测算仅供参考",
    en: "{years} years of contributions in all, fewer than {required} (State Council 2014 No. 8, §7): no monthly pension at 60 without back payment; the projection is indicative",
    action: "Show the warning beside the projection; pass priorYears when the member has contributed before.",
  },
} as const satisfies Record<string, FindingTemplate>;
