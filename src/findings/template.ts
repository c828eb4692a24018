import type { ClauseId } from "./clauses.js";

/** How serious a finding is: an error blocks (a denial, a non-compliant plan); a warning informs. */
export type Severity = "error" | "warning";

/**
 * One entry of the findings catalogue. Messages are templates: `{name}` is replaced by
 * `details.name` of the finding.
 */
export interface FindingTemplate {
  /** error or warning */
  readonly severity: Severity;
  /** the clause of the policy the finding applies */
  readonly clause: ClauseId;
  /** Chinese message template */
  readonly zh: string;
  /** English message template */
  readonly en: string;
  /** what a host system should do about it */
  readonly action: string;
}
