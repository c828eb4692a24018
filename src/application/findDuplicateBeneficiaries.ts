/**
 * One subsidy a year per member — opinion/3.2: the same resident ID listed for the same year in
 * two applications (two organisations, or one organisation applying twice) is subsidised twice.
 */
import { pushAll } from "../core/pushAll.js";
import * as z from "zod";
import { makeFinding, type Finding } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { tooManyItems, tooManyItemsFinding } from "../findings/tooManyItems.js";
import { IdNumberSchema } from "../models/idNumber.js";
import { MAX_ROSTER_ROWS } from "../models/application.js";
import { LIMITS } from "../models/limits.js";
import { SubsidyYearSchema } from "../models/primitives.js";
import { RULES_VERSION } from "../version.js";

/** The result of {@link findDuplicateBeneficiaries}. */
export interface DuplicateBeneficiariesResult {
  /** `duplicate_across_applications` for each later listing; `invalid_input` for unreadable applications */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

/** Only what the comparison reads; everything else of an application is checkApplication's work. */
const ListingSchema = z.object({
  id: z.string().min(1).max(200),
  year: SubsidyYearSchema,
  roster: z.array(z.unknown()).max(MAX_ROSTER_ROWS),
});

interface FirstListing {
  readonly applicationIndex: number;
  readonly applicationId: string;
}

function memberIdOfRow(row: unknown): string | undefined {
  if (typeof row !== "object" || row === null) return undefined;
  const member: unknown = (row as { member?: unknown }).member;
  if (typeof member !== "object" || member === null) return undefined;
  const parsed = IdNumberSchema.safeParse((member as { id?: unknown }).id);
  return parsed.success ? parsed.data : undefined;
}

/** `too_many_items` when the rosters of all the applications hold more rows together than LIMITS.rowsInAllApplications. */
function tooManyRows(applications: readonly unknown[]): Finding | undefined {
  let rows = 0;
  for (const application of applications) {
    const roster = typeof application === "object" && application !== null ? (application as { roster?: unknown }).roster : undefined;
    if (Array.isArray(roster)) rows += roster.length;
  }
  return rows > LIMITS.rowsInAllApplications ? tooManyItemsFinding(["applications"], rows, LIMITS.rowsInAllApplications, "各申请名单合计") : undefined;
}

/**
 * Finds members subsidised twice in the same year across several applications.
 *
 * @remarks
 * opinion/3.2: a member receives one collective subsidy a year. Every roster row with a readable
 * resident ID counts as a listing (a lower-case check character is the same ID); rows whose ID
 * cannot be read are left to `checkApplication`, which reports them. A member listed twice
 * within one application is `duplicate_member` there, not here. The first listing of an ID in a
 * year is the reference; each later listing in another application is one finding, naming both
 * application ids.
 *
 * @param applications - the applications to compare, as JSON from the host
 * @returns `duplicate_across_applications` (path to the later row's member ID), or
 * `invalid_input` for an application whose id, year or roster cannot be read
 *
 * @example
 * ```ts
 * const member = { id: "510402198001010018" };
 * const result = findDuplicateBeneficiaries([
 *   { id: "A-2025", year: 2025, roster: [{ member, amount: 80 }] },
 *   { id: "B-2025", year: 2025, roster: [{ member, amount: 50 }] },
 * ]);
 * result.findings.map((f) => [f.code, f.details?.firstApplication, f.details?.secondApplication]);
 * //=> [["duplicate_across_applications", "A-2025", "B-2025"]]
 * ```
 */
export function findDuplicateBeneficiaries(applications: readonly unknown[]): DuplicateBeneficiariesResult {
  const findings: Finding[] = [];
  if (!Array.isArray(applications)) {
    findings.push(makeFinding("invalid_input", ["applications"], { field: "applications", problem: "expected an array of applications" }));
    return { findings, rulesVersion: RULES_VERSION };
  }
  // Past a limit, one finding from the lengths alone; no row is read.
  const tooMany = tooManyItems(applications, LIMITS.applications, ["applications"]) ?? tooManyRows(applications);
  if (tooMany !== undefined) return { findings: [tooMany], rulesVersion: RULES_VERSION };
  const firstByYearAndId = new Map<string, FirstListing>();
  for (let applicationIndex = 0; applicationIndex < applications.length; applicationIndex++) {
    const parsed = ListingSchema.safeParse(applications[applicationIndex]);
    if (!parsed.success) {
      pushAll(findings, findingsFromZodError(parsed.error, ["applications", applicationIndex], applications[applicationIndex]));
      continue;
    }
    const { id: applicationId, year, roster } = parsed.data;
    for (let row = 0; row < roster.length; row++) {
      const memberId = memberIdOfRow(roster[row]);
      if (memberId === undefined) continue;
      const key = `${year}/${memberId}`;
      const first = firstByYearAndId.get(key);
      if (first === undefined) {
        firstByYearAndId.set(key, { applicationIndex, applicationId });
      } else if (first.applicationIndex !== applicationIndex) {
        findings.push(
          makeFinding("duplicate_across_applications", ["applications", applicationIndex, "roster", row, "member", "id"], {
            memberId,
            year,
            firstApplication: first.applicationId,
            secondApplication: applicationId,
            applicationIds: [first.applicationId, applicationId],
          }),
        );
      }
    }
  }
  return { findings, rulesVersion: RULES_VERSION };
}
