/**
 * The most items each list a public function accepts may hold, in one place (docs/integration.md
 * lists them by function).
 *
 * @remarks
 * Past a limit the answer is one `too_many_items` finding naming the list, the limit and the
 * count, decided from the list's length without reading its rows; at or below it, every row is
 * decided. Each limit is well above what one organisation, or one county's year, sends in one
 * call; a host with more splits the list into several calls. `computeRoster` and
 * `computeRosterStream` take any iterable and have no limit of their own.
 *
 * @example
 * ```ts
 * LIMITS.rosterRows;
 * //=> 100000
 * const report = checkApplication({ roster: new Array(LIMITS.rosterRows + 1).fill(null) } as never, { policy: createPolicy() });
 * report.findings.map((f) => [f.code, f.details?.count, f.details?.limit]);
 * //=> [["too_many_items", 100001, 100000]]
 * ```
 */
export const LIMITS = {
  /** rows of one roster: checkApplication, toRosterRows, reconcile, each application of findDuplicateBeneficiaries, checkPlan's `roster` option */
  rosterRows: 100_000,
  /** columns of a roster sheet given to toRosterCsv (the standard sheet has 10) */
  csvColumns: 100,
  /** bookings to personal accounts in one reconcile call: two for each row of the largest roster (its own and a correction) */
  bookings: 200_000,
  /** applications compared in one findDuplicateBeneficiaries call */
  applications: 10_000,
  /** roster rows of all the applications of one findDuplicateBeneficiaries call together */
  rowsInAllApplications: 1_000_000,
  /** contributions of one member */
  contributions: 500,
  /** rungs of one plan's ladder */
  ladderRungs: 100,
  /** donations in one plan's funding */
  donations: 1000,
  /** dated steps of 四议两公开 in one plan's procedure */
  deliberationSteps: 20,
  /** suspensions of one plan */
  suspensions: 100,
  /** yearly standards (`standardsByYear`) of one standing plan */
  yearStandards: 100,
  /** dates in one year's `off` or `work` list of a host calendar */
  calendarDays: 366,
  /** tiers of one year of an account-credit schedule */
  scheduleTiers: 100,
  /** transfers of one `pay` event of the workflow */
  transfers: 1000,
  /** findings carried by one workflow state or event */
  carriedFindings: 1_000_000,
} as const;
