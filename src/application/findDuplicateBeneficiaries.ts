/**
 * One application a year per organisation, and one cap per member across organisations —
 * annex1/3 (each organisation applies once a year), opinion/3.2 (one subsidy a year from an
 * organisation), opinion/3.1 (a village and a villagers' group may both subsidise) and opinion/3.3
 * with 国发〔2014〕8号 §4(2) (collective subsidies together at most the year's highest tier).
 */
import { pushAll } from "../core/pushAll.js";
import * as z from "zod";
import { formatFen, parseFen, type Fen } from "../core/money.js";
import { makeFinding, type Finding } from "../findings/finding.js";
import { findingsFromZodError } from "../findings/fromZodError.js";
import { tooManyItems, tooManyItemsFinding } from "../findings/tooManyItems.js";
import { IdNumberSchema } from "../models/idNumber.js";
import { MAX_ROSTER_ROWS } from "../models/application.js";
import { LIMITS } from "../models/limits.js";
import { OrganisationSchema, type Organisation } from "../models/plan.js";
import { FenSchema, SubsidyYearSchema } from "../models/primitives.js";
import type { Policy } from "../policy/createPolicy.js";
import { RULES_VERSION } from "../version.js";
import { lazySchema } from "../core/lazy.js";

/** Options of {@link findDuplicateBeneficiaries}. */
export interface FindDuplicateBeneficiariesOptions {
  /** the parameters, from createPolicy: the year's highest tier caps a member's subsidies across organisations */
  readonly policy?: Policy;
}

/** The result of {@link findDuplicateBeneficiaries}. */
export interface DuplicateBeneficiariesResult {
  /**
   * `duplicate_application`, `duplicate_across_applications`, `listed_by_several_organisations`
   * (warning), `subsidy_sum_exceeds_highest_tier`, `parameter_missing`, `invalid_input`
   */
  readonly findings: readonly Finding[];
  readonly rulesVersion: string;
}

/** Only what the comparison reads; everything else of an application is checkApplication's work. */
const ListingSchema = lazySchema(() => z.object({
  id: z.string().min(1).max(200),
  year: SubsidyYearSchema,
  organisation: OrganisationSchema,
  roster: z.array(z.unknown()).max(MAX_ROSTER_ROWS),
}));

/** Only the highest tiers of the policy. */
const OptionsSchema = lazySchema(() => z
  .object({ policy: z.object({ highestTier: z.record(z.string(), z.object({ value: z.string() })) }).optional() })
  .optional());

interface Listing {
  readonly applicationIndex: number;
  readonly applicationId: string;
  readonly organisationKey: string;
  readonly organisationName: string;
  readonly row: number;
  /** the claimed amount, undefined when it cannot be read */
  readonly amount: Fen | undefined;
}

interface FirstApplication {
  readonly applicationIndex: number;
  readonly applicationId: string;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as { [key: string]: unknown })[key] : undefined;
}

function memberIdOfRow(row: unknown): string | undefined {
  const parsed = IdNumberSchema.safeParse(field(field(row, "member"), "id"));
  return parsed.success ? parsed.data : undefined;
}

function amountOfRow(row: unknown): Fen | undefined {
  const parsed = FenSchema.safeParse(field(row, "amount"));
  return parsed.success ? parsed.data : undefined;
}

function organisationKey(organisation: Organisation): string {
  return JSON.stringify([organisation.county, organisation.township, organisation.name, organisation.kind]);
}

/** The organisation as the messages name it: 金江镇金江村. */
function organisationName(organisation: Organisation): string {
  return `${organisation.township}${organisation.name}`;
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
 * Compares a year's applications: an organisation applying twice, a member listed twice by one
 * organisation, and a member subsidised by several organisations beyond the year's highest tier.
 *
 * @remarks
 * annex1/3: an organisation applies once a year — a second application of the same organisation
 * (county, township, name and kind) for the same year is `duplicate_application`, and a member
 * listed again in it is `duplicate_across_applications` (opinion/3.2: one subsidy a year from an
 * organisation). opinion/3.1 lets a village and a villagers' group both run a subsidy, and the
 * policy does not forbid one member receiving both: a member listed by two organisations is
 * `listed_by_several_organisations`, a warning for the agency to review. 国发〔2014〕8号 §4(2) with
 * opinion/3.3 caps what one member receives: when the amounts of all their listings for the year
 * add up to more than the year's highest tier, `subsidy_sum_exceeds_highest_tier` (an error);
 * without the policy's highest tier for that year the sum is not judged and `parameter_missing`
 * says so — never a guessed cap. A lower-case check character is the same ID. Rows whose ID
 * cannot be read, and a member listed twice within one application, are `checkApplication`'s
 * findings; a listing whose amount cannot be read leaves that member's sum unjudged.
 *
 * @param applications - the applications to compare, as JSON from the host (id, year, organisation, roster)
 * @param options - `policy` from createPolicy, for the year's highest tier
 * @returns `duplicate_application` (path to the later application), `duplicate_across_applications`
 * and `listed_by_several_organisations` (path to the later row's member ID),
 * `subsidy_sum_exceeds_highest_tier` (path to the member's last listed amount; `details.total`,
 * `details.highestTier`), `parameter_missing` (once per year), or `invalid_input` for an
 * application whose id, year, organisation or roster cannot be read
 *
 * @example
 * ```ts
 * const village = { name: "金江村", kind: "village", township: "金江镇", county: "仁和区" };
 * const group = { name: "金江村一组", kind: "villagers_group", township: "金江镇", county: "仁和区" };
 * const member = { id: "510402198001010018" };
 * const policy = createPolicy({ highestTier: { 2025: "3000" } });
 * const result = findDuplicateBeneficiaries(
 *   [
 *     { id: "A-2025", year: 2025, organisation: village, roster: [{ member, amount: 2000 }] },
 *     { id: "B-2025", year: 2025, organisation: group, roster: [{ member, amount: 1500 }] },
 *   ],
 *   { policy },
 * );
 * result.findings.map((f) => [f.code, f.severity]);
 * //=> [["listed_by_several_organisations", "warning"], ["subsidy_sum_exceeds_highest_tier", "error"]]
 * result.findings[1]?.details;
 * //=> { memberId: "510402198001010018", year: 2025, total: "3500.00", highestTier: "3000.00", applicationIds: ["A-2025", "B-2025"] }
 * ```
 */
export function findDuplicateBeneficiaries(applications: readonly unknown[], options?: FindDuplicateBeneficiariesOptions): DuplicateBeneficiariesResult {
  const findings: Finding[] = [];
  const parsedOptions = OptionsSchema.safeParse(options);
  if (!parsedOptions.success) pushAll(findings, findingsFromZodError(parsedOptions.error, ["options"], options));
  if (!Array.isArray(applications)) {
    findings.push(makeFinding("invalid_input", ["applications"], { field: "applications", problem: "expected an array of applications", problemZh: "应为补助申请的列表" }));
    return { findings, rulesVersion: RULES_VERSION };
  }
  const highestTier = parsedOptions.data?.policy?.highestTier;

  // Past a limit, one finding from the lengths alone; no row is read.
  const tooMany = tooManyItems(applications, LIMITS.applications, ["applications"]) ?? tooManyRows(applications);
  if (tooMany !== undefined) {
    findings.push(tooMany);
    return { findings, rulesVersion: RULES_VERSION };
  }

  const firstApplicationByOrganisation = new Map<string, FirstApplication>();
  const listingsByYearAndId = new Map<string, { readonly memberId: string; readonly year: number; readonly listings: Listing[] }>();
  for (let applicationIndex = 0; applicationIndex < applications.length; applicationIndex++) {
    const parsed = ListingSchema.safeParse(applications[applicationIndex]);
    if (!parsed.success) {
      pushAll(findings, findingsFromZodError(parsed.error, ["applications", applicationIndex], applications[applicationIndex]));
      continue;
    }
    const { id: applicationId, year, organisation, roster } = parsed.data;
    const orgKey = organisationKey(organisation);
    const firstApplication = firstApplicationByOrganisation.get(`${year}/${orgKey}`);
    if (firstApplication === undefined) {
      firstApplicationByOrganisation.set(`${year}/${orgKey}`, { applicationIndex, applicationId });
    } else {
      findings.push(
        makeFinding("duplicate_application", ["applications", applicationIndex], {
          organisation: organisationName(organisation),
          year,
          firstApplication: firstApplication.applicationId,
          secondApplication: applicationId,
        }),
      );
    }

    for (let row = 0; row < roster.length; row++) {
      const memberId = memberIdOfRow(roster[row]);
      if (memberId === undefined) continue;
      const key = `${year}/${memberId}`;
      const listing: Listing = {
        applicationIndex,
        applicationId,
        organisationKey: orgKey,
        organisationName: organisationName(organisation),
        row,
        amount: amountOfRow(roster[row]),
      };
      const group = listingsByYearAndId.get(key);
      if (group === undefined) {
        listingsByYearAndId.set(key, { memberId, year, listings: [listing] });
        continue;
      }
      // Listed twice in this application: checkApplication's duplicate_member, not counted again.
      if (group.listings.some((earlier) => earlier.applicationIndex === applicationIndex)) continue;
      const path = ["applications", applicationIndex, "roster", row, "member", "id"];
      const sameOrganisation = group.listings.find((earlier) => earlier.organisationKey === orgKey);
      const first = sameOrganisation ?? (group.listings[0] as Listing);
      if (sameOrganisation !== undefined) {
        findings.push(
          makeFinding("duplicate_across_applications", path, {
            memberId,
            year,
            firstApplication: first.applicationId,
            secondApplication: applicationId,
            applicationIds: [first.applicationId, applicationId],
          }),
        );
      } else {
        findings.push(
          makeFinding("listed_by_several_organisations", path, {
            memberId,
            year,
            firstOrganisation: first.organisationName,
            firstApplication: first.applicationId,
            secondOrganisation: listing.organisationName,
            secondApplication: applicationId,
          }),
        );
      }
      group.listings.push(listing);
    }
  }

  // The cap across organisations (国发〔2014〕8号 §4(2), opinion/3.3), judged only with the year's highest tier.
  const yearsMissing = new Set<number>();
  for (const { memberId, year, listings } of listingsByYearAndId.values()) {
    if (new Set(listings.map((listing) => listing.organisationKey)).size < 2) continue;
    const cap = parseFen(highestTier?.[String(year)]?.value);
    if (cap === undefined) {
      if (!yearsMissing.has(year)) {
        yearsMissing.add(year);
        findings.push(makeFinding("parameter_missing", ["options", "policy", "highestTier", String(year)], { year, parameter: "highestTier" }));
      }
      continue;
    }
    let total = 0;
    let readable = true;
    for (const listing of listings) {
      if (listing.amount === undefined) readable = false;
      else total += listing.amount;
    }
    if (!readable || total <= cap) continue;
    const last = listings[listings.length - 1] as Listing;
    findings.push(
      makeFinding("subsidy_sum_exceeds_highest_tier", ["applications", last.applicationIndex, "roster", last.row, "amount"], {
        memberId,
        year,
        total: formatFen(total),
        highestTier: formatFen(cap),
        applicationIds: listings.map((listing) => listing.applicationId),
      }),
    );
  }
  return { findings, rulesVersion: RULES_VERSION };
}
