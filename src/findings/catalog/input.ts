import type { FindingTemplate } from "../template.js";

/** Findings about the input itself: data a host sent that cannot be read, or a missing figure. */
export const inputFindings = {
  invalid_input: {
    severity: "error",
    clause: "annex1/4",
    zh: "{fieldZh}有误：{problemZh}",
    en: "Invalid input at {field}: {problem}",
    action: "Correct the named field and send the record again; nothing was decided.",
  },
  invalid_id_number: {
    severity: "error",
    clause: "annex1/4",
    zh: "{fieldZh}无效：{reasonZh}",
    en: "Invalid resident ID number: {reasonEn}",
    action: "Check the 18-character ID number (birth date and check character) against the member's ID card.",
  },
  parameter_missing: {
    severity: "error",
    clause: "opinion/3.3",
    zh: "缺少 {year} 年度的参数：{parameter}（由宿主系统提供，本库不作猜测）",
    en: "The parameter {parameter} for {year} was not supplied",
    action: "Pass the figure for that year from the host's own business data (the highest tier through createPolicy({ highestTier }), the fiscal subsidy per tier through accountCredit's schedule); the library never guesses it.",
  },
  too_many_items: {
    severity: "error",
    clause: "annex1/4",
    zh: "{listZh}共 {countText} 项，超过最多 {limitText} 项的上限，请删减或分批后重新提交",
    en: "{list} has {count} items, more than the limit of {limit}; shorten it or split it into several calls",
    action: "Split the list into calls of at most `details.limit` items, or correct a list that cannot be that long (the limits are in docs/integration.md); nothing of this list was decided.",
  },
} as const satisfies Record<string, FindingTemplate>;
