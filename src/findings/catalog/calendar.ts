import type { FindingTemplate } from "../template.js";

/** Findings of the working-day calendar (annex1/1: publicity of at least 5 working days). */
export const calendarFindings = {
  calendar_unknown_year: {
    severity: "error",
    clause: "annex1/1",
    zh: "工作日历没有 {year} 年的数据，无法计算工作日",
    en: "The working-day calendar has no data for {year}; working days cannot be counted",
    action: "Pass a calendar for that year ({ calendar }) built from the State Council's holiday notice; the library never guesses one.",
  },
} as const satisfies Record<string, FindingTemplate>;
