// What the library does about each clause of the policy, and which public functions do it.
// docs/policy-map.md is generated from this table, the findings catalogue and the tests;
// a test fails when a clause of CLAUSES.md has no entry here.
import type { ClauseId } from "../../src/index.js";

export interface ClauseNote {
  /** what the library does about the clause */
  readonly does: string;
  /** the public functions that apply it */
  readonly functions: readonly string[];
}

export const policyMapNotes: { readonly [id in ClauseId]: ClauseNote } = {
  "opinion/2": {
    does: "Nothing to decide: the roll-out schedule. Subsidy years start at 2024 (the pilot year); earlier years are invalid input.",
    functions: ["computeSubsidy"],
  },
  "opinion/3.1": {
    does: "The organisation's kind is part of the plan model: village, community or villagers' group.",
    functions: ["checkPlan"],
  },
  "opinion/3.2": {
    does: "Eligibility: member of this collective, enrolled that year, a regular contribution for the year; never a back-paid period; one row per member.",
    functions: ["computeSubsidy", "computeRoster", "checkApplication", "findDuplicateBeneficiaries"],
  },
  "opinion/3.3": {
    does: "The standard and its limits: hardship tilt (the plan check warns when there is none), ladder by contribution tier (档次, government part included), floor 10 yuan, cap at the year's highest Sichuan tier (a host parameter), no full substitution where the member pays alone (a government-paid member is exempt), standards adjustable by year; the collective part is not matched by the fiscal subsidy.",
    functions: ["createPolicy", "computeSubsidy", "computeRoster", "checkPlan", "accountCredit"],
  },
  "opinion/3.4": {
    does: "Funding: collective income share and earmarked donations must cover what the roster costs.",
    functions: ["checkPlan", "checkApplication"],
  },
  "opinion/3.5": {
    does: "The plan's force: validity for the year, assembly decision (never passed without more than half of those present), township approval, county record, suspension and resumption; the subsidy follows the contribution's date, which a suspension within the year makes necessary.",
    functions: ["computeSubsidy", "checkPlan", "checkApplication"],
  },
  "opinion/3.6": {
    does: "No rule for the library: city funding for 2024 pilot townships.",
    functions: [],
  },
  "opinion/4": {
    does: "The 多缴多得、长缴多得 arithmetic: what the subsidy adds to the personal account and to the projected pension.",
    functions: ["accountCredit", "projectPension", "compareScenarios"],
  },
  "annex1/1": {
    does: "The plan's content (fund source, objects, time, standards), one-year or standing validity, the 四议两公开 procedure and publicity of at least 5 working days on the official calendar, for the plan and for each year's adjustment of its standards.",
    functions: ["checkPlan", "isWorkingDay", "addWorkingDays", "countWorkingDays"],
  },
  "annex1/2": {
    does: "The plan is recorded at the township and the county HR bureau, in that order.",
    functions: ["checkPlan"],
  },
  "annex1/3": {
    does: "The yearly application: sealed, for a year the plan covers, submitted after the county record, with the roster.",
    functions: ["checkApplication", "transition"],
  },
  "annex1/4": {
    does: "The agency's re-check: every roster row decided again; unreadable input is reported field by field.",
    functions: ["checkApplication", "transition", "computeSubsidy"],
  },
  "annex1/5": {
    does: "One payment, in full, of exactly the roster total into the fund's fiscal revenue account.",
    functions: ["transition"],
  },
  "annex1/6": {
    does: "Reconciliation of voucher, roster total and personal-account bookings to the fen.",
    functions: ["reconcile", "transition"],
  },
  "annex1/7": {
    does: "The receipt letter is issued only from a bank voucher that matches.",
    functions: ["transition"],
  },
  "annex1/8": {
    does: "No rule for the library: supervision by departments. Every result carries rulesVersion and its findings so that a supervisor can audit it.",
    functions: [],
  },
  "annex2/1": {
    does: "As opinion/3.2: government-paid special groups included; the back-paid year gets nothing.",
    functions: ["computeSubsidy", "computeRoster"],
  },
  "annex2/2": {
    does: "Hardship amount and the ladder (多缴多补): the rung containing the contribution tier, never on an overlapping ladder; the plan check finds overlaps, gaps, decreasing rungs and rungs of the same amount; per-year standards of a standing plan (按年动态调整).",
    functions: ["computeSubsidy", "checkPlan"],
  },
  "annex2/3": {
    does: "Funding with amounts: share × base rounded half-up to the fen must equal the stated amount.",
    functions: ["checkPlan"],
  },
  "annex2/4": {
    does: "The democratic decision by the assembly and the publicity of objects and standards (see annex1/1).",
    functions: ["checkPlan"],
  },
  annex3: {
    does: "The roster form: the header (单位 with the seal, 填表时间), rows with Chinese column labels and the footer (合计人数, 合计金额, 制表人, 审核人, 负责人), exported as CSV that Excel and LibreOffice open in Chinese with every ID number kept as text.",
    functions: ["toRosterRows", "toRosterCsv"],
  },
};
