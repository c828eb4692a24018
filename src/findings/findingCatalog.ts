import { accountFindings } from "./catalog/account.js";
import { applicationFindings } from "./catalog/application.js";
import { calendarFindings } from "./catalog/calendar.js";
import { decisionFindings } from "./catalog/decision.js";
import { inputFindings } from "./catalog/input.js";
import { planFindings } from "./catalog/plan.js";
import type { FindingTemplate } from "./template.js";

/**
 * Every finding code the library can produce, with its severity, the clause it applies, its
 * Chinese and English message templates and what a host should do about it.
 *
 * @remarks
 * Codes are stable: renaming one is a breaking change. A message template's `{name}` is filled
 * from the finding's `details.name`, so a host can render the messages in its own UI.
 *
 * @example
 * ```ts
 * findingCatalog.below_floor.clause;
 * //=> "opinion/3.3"
 * ```
 */
export const findingCatalog = {
  ...inputFindings,
  ...decisionFindings,
  ...calendarFindings,
  ...planFindings,
  ...applicationFindings,
  ...accountFindings,
} as const satisfies Record<string, FindingTemplate>;

/** A stable finding code, such as `"below_floor"`. */
export type FindingCode = keyof typeof findingCatalog;
