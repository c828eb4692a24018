/**
 * The agency's re-check of the roster — annex1/4 (名单、参保缴费情况等进行复核): every member is
 * decided as by computeSubsidy (opinion/3.2–3.3, annex2/1–2), a member listed twice is
 * `duplicate_member` (opinion/3.2), and the amount claimed for each member must be the amount the
 * plan gives.
 */
import { formatFen, parseFen, type Fen } from "../core/money.js";
import { pushAll } from "../core/pushAll.js";
import { memberIdOf } from "../decision/computeRoster.js";
import type { PreparedContext } from "../decision/context.js";
import { decideMember } from "../decision/decideMember.js";
import type { SubsidyDecision } from "../decision/types.js";
import { makeFinding, type DetailValue, type Finding, type FindingPath } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { ParsedRosterEntrySchema } from "../models/application.js";
import { whoOf } from "./reconcile.js";

/** Denial codes the application reports in its own terms rather than in roster_member_ineligible. */
const REPORTED_ELSEWHERE: ReadonlySet<string> = new Set(["duplicate_member", "plan_not_in_force"]);

/** The roster's decisions, its row findings and its sums in fen. */
export interface RosterCheck {
  readonly decisions: SubsidyDecision[];
  readonly findings: Finding[];
  readonly granted: number;
  readonly denied: number;
  readonly invalid: number;
  /** the sum of the readable claimed amounts */
  readonly claimed: Fen;
  /** the sum of the granted amounts */
  readonly computed: Fen;
}

/** A path of the member's decision, re-rooted in the application: the member at its row, the plan at `application.plan`. */
export function applicationPath(path: FindingPath | undefined, row: FindingPath): FindingPath {
  if (path === undefined) return [];
  if (path[0] === "member") return [...row, ...path];
  if (path[0] === "plan") return ["application", ...path];
  return path;
}

/** A finding of the member's decision as plain details, its path re-rooted in the application. */
export function carried(finding: Finding, row: FindingPath): { readonly [key: string]: DetailValue } {
  const entry: { [key: string]: DetailValue } = {
    code: finding.code,
    severity: finding.severity,
    clause: finding.clause,
    path: [...applicationPath(finding.path, row)],
    message: { ...finding.message },
  };
  if (finding.details !== undefined) entry.details = finding.details;
  return entry;
}

function rerooted(finding: Finding, row: FindingPath): Finding {
  return { ...finding, path: applicationPath(finding.path, row) };
}

/** Decides and checks every row; one decision per row, in order. */
export function checkRoster(rows: readonly unknown[], prepared: PreparedContext): RosterCheck {
  const decisions: SubsidyDecision[] = [];
  const findings: Finding[] = [];
  const firstRowById = new Map<string, number>();
  let granted = 0;
  let denied = 0;
  let invalid = 0;
  let claimed: Fen = 0;
  let computed: Fen = 0;

  for (let index = 0; index < rows.length; index++) {
    const root: FindingPath = ["application", "roster", index];
    const raw = rows[index];
    const entry = ParsedRosterEntrySchema.safeParse(raw);
    if (entry.success) claimed += entry.data.amount;
    else pushAll(findings, findingsFromZodError(entry.error, root, raw));

    const member: unknown = typeof raw === "object" && raw !== null ? (raw as { member?: unknown }).member : undefined;
    const id = memberIdOf(member);
    const firstRow = id === undefined ? undefined : firstRowById.get(id);
    const decision = decideMember(member, prepared, firstRow);
    // Remembered under the normalised ID, as looked up (see computeRoster's decideRosterRow).
    if (firstRow === undefined && id !== undefined) firstRowById.set(id, index + 1);
    decisions.push(decision);

    const memberId = decision.memberId ?? "";
    const who = whoOf(typeof member === "object" && member !== null ? (member as { name?: unknown }).name : undefined, memberId);
    const own: Finding[] = [];
    for (const finding of decision.findings) {
      if (finding.code === "duplicate_member") findings.push(rerooted(finding, root));
      else if (finding.path?.[0] === "member") own.push(finding);
    }
    switch (decision.status) {
      case "granted": {
        granted++;
        const amount = parseFen(decision.amount) as Fen;
        computed += amount;
        if (entry.success && entry.data.amount !== amount) {
          findings.push(
            makeFinding("roster_amount_mismatch", [...root, "amount"], {
              row: index + 1,
              memberId,
              who,
              claimed: formatFen(entry.data.amount),
              computed: formatFen(amount),
            }),
          );
        }
        break;
      }
      case "denied": {
        denied++;
        // A duplicate is reported as duplicate_member, and a plan not in force for the year once for
        // the whole application (application_year_mismatch); any other reason makes the member ineligible.
        const reasons = decision.findings.filter((finding) => finding.severity === "error" && !REPORTED_ELSEWHERE.has(finding.code));
        if (reasons.length > 0) {
          findings.push(
            makeFinding("roster_member_ineligible", [...root, "member"], {
              row: index + 1,
              memberId,
              who,
              codes: reasons.map((finding) => finding.code),
              findings: reasons.map((finding) => carried(finding, root)),
            }),
          );
        }
        break;
      }
      case "invalid":
        invalid++;
        // The member's own unreadable fields; problems of the plan or the policy are reported once for the application.
        for (const finding of own) findings.push(rerooted(finding, root));
        break;
      /* v8 ignore next 4 -- @preserve: TS exhaustiveness check, unreachable by type */
      default: {
        const unreachable: never = decision.status;
        return unreachable;
      }
    }
  }
  return { decisions, findings, granted, denied, invalid, claimed, computed };
}
