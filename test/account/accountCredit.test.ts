import { describe, expect, it } from "vitest";
import { accountCredit, computeSubsidy, findingCatalog, type AccountCreditResult, type MemberInput } from "../../src/index.js";
import { basePlan, generalMember, governmentPaidMember, ID_A, ID_B, ID_C, policy2025 } from "../helpers/samples.js";

/** A host schedule for 2025 (illustrative figures: Sichuan's are not public here). */
const schedule = {
  2025: {
    tiers: [
      { tier: 100, subsidy: 30 },
      { tier: 200, subsidy: 35 },
      { tier: 300, subsidy: 40 },
      { tier: 500, subsidy: 60 },
      { tier: 1000, subsidy: 80 },
    ],
    source: "test figures",
  },
};
const options = { year: 2025, schedule };

function granted(amount: string, memberId = ID_A, year = 2025) {
  return { status: "granted" as const, memberId, year, amount };
}

function ok(result: AccountCreditResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.findings.map((f) => f.code))}`);
  return result;
}

describe("accountCredit", () => {
  it("books a general member's year line by line (hand-computed)", () => {
    // Tier 300, own payment 300, government-paid 0; schedule: tier 300 → 40; decision: granted 80.
    // total = 300.00 + 0.00 + 40.00 + 80.00 = 420.00
    const credit = ok(accountCredit(generalMember(300), granted("80.00"), options));
    expect(credit).toMatchObject({
      memberId: ID_A,
      year: 2025,
      tier: "300.00",
      ownContribution: "300.00",
      governmentPaid: "0.00",
      governmentSubsidy: "40.00",
      collectiveSubsidy: "80.00",
      total: "420.00",
      collectiveStatus: "granted",
      findings: [],
    });
  });

  it("books a government-paid hardship member on the lowest tier (hand-computed)", () => {
    // Tier 100, own 0, government-paid 100; schedule: tier 100 → 30; hardship amount granted 100.
    // total = 0.00 + 100.00 + 30.00 + 100.00 = 230.00
    const credit = ok(accountCredit(governmentPaidMember(ID_B), granted("100.00", ID_B), options));
    expect([credit.ownContribution, credit.governmentPaid, credit.governmentSubsidy, credit.collectiveSubsidy, credit.total]).toEqual([
      "0.00",
      "100.00",
      "30.00",
      "100.00",
      "230.00",
    ]);
  });

  it("books the decision computeSubsidy made, with decimals kept to the fen", () => {
    // Tier 500, own 500; schedule: tier 500 → 60; basePlan rung 500–999 → 150.
    // total = 500.00 + 0.00 + 60.00 + 150.00 = 710.00
    const member = generalMember(500);
    const decision = computeSubsidy(member, basePlan, { year: 2025, policy: policy2025 });
    expect(decision.status).toBe("granted");
    expect(ok(accountCredit(member, decision, options)).total).toBe("710.00");
  });

  it("books a decimal schedule exactly (hand-computed)", () => {
    // Tier 300, schedule 300 → 40.05, collective 80.10: 300.00 + 0.00 + 40.05 + 80.10 = 420.15
    const credit = ok(accountCredit(generalMember(300), granted("80.10"), { year: 2025, schedule: { 2025: { tiers: [{ tier: "300.00", subsidy: "40.05" }] } } }));
    expect(credit.total).toBe("420.15");
  });

  it.each([
    ["denied", "0.00"],
    ["invalid", "0.00"],
  ] as const)("books 0 collective subsidy for a %s decision", (status, expected) => {
    const credit = ok(accountCredit(generalMember(300), { status, memberId: ID_A, year: 2025, amount: "0.00" }, options));
    expect(credit.collectiveSubsidy).toBe(expected);
    expect(credit.total).toBe("340.00");
    expect(credit.collectiveStatus).toBe(status);
  });

  it("books 0 collective subsidy and no finding when no decision is passed", () => {
    const credit = ok(accountCredit(generalMember(300), null, options));
    expect([credit.collectiveSubsidy, credit.total, credit.collectiveStatus, credit.findings]).toEqual(["0.00", "340.00", "none", []]);
  });

  it("warns with collective_subsidy_undecided when the decision is invalid", () => {
    const credit = ok(accountCredit(generalMember(300), { status: "invalid", memberId: null, year: 2025, amount: "0.00" }, options));
    expect(credit.findings).toEqual([
      expect.objectContaining({ code: "collective_subsidy_undecided", severity: "warning", clause: "annex1/4", path: ["decision", "status"] }),
    ]);
  });

  it("ignores a stray amount on a decision that was not granted", () => {
    expect(ok(accountCredit(generalMember(300), { status: "denied", memberId: ID_A, year: 2025, amount: "80.00" }, options)).collectiveSubsidy).toBe("0.00");
  });

  it("looks the government subsidy up on the member's own tier, never on tier plus collective subsidy", () => {
    // Own 300 + collective 200 = 500 would earn 60 if it were matched; opinion/3.3 says it is not: 40.
    expect(ok(accountCredit(generalMember(300), granted("200.00"), options)).governmentSubsidy).toBe("40.00");
  });

  describe("refuses without the host's figures (parameter_missing)", () => {
    it("when no schedule is passed", () => {
      const result = accountCredit(generalMember(300), granted("80.00"), { year: 2025 });
      expect(result.ok).toBe(false);
      expect(result.findings).toEqual([
        expect.objectContaining({ code: "parameter_missing", clause: "opinion/3.3", path: ["options", "schedule"], details: expect.objectContaining({ year: 2025 }) }),
      ]);
    });

    it("when the schedule has no entry for the year", () => {
      const result = accountCredit(generalMember(300), granted("80.00"), { year: 2025, schedule: { 2024: schedule[2025] } });
      expect(result.findings).toEqual([expect.objectContaining({ code: "parameter_missing", clause: "opinion/3.3", path: ["options", "schedule", "2025"] })]);
    });

    it.each([
      ["299.99", false],
      ["300", true],
      ["300.01", false],
    ])("when the member's tier %s is not listed (listed: %s)", (tier, listed) => {
      const member: MemberInput = { ...generalMember(300), contributions: [{ period: 2025, kind: "regular", tier, selfPaid: tier }] };
      const result = accountCredit(member, null, options);
      expect(result.ok).toBe(listed);
      if (!listed) {
        expect(result.findings).toEqual([
          expect.objectContaining({
            code: "parameter_missing",
            clause: "opinion/3.3",
            path: ["options", "schedule", "2025", "tiers"],
            details: {
              year: 2025,
              parameter: `government contribution subsidy for tier ${Number(tier).toFixed(2)}`,
              parameterZh: `缴费档次 ${Number(tier).toFixed(2)} 元的财政缴费补贴标准`,
            },
          }),
        ]);
      }
    });
  });

  describe("refuses a contribution it cannot book", () => {
    it("with no_regular_contribution when the year has no contribution", () => {
      const result = accountCredit({ ...generalMember(300), contributions: [] }, null, options);
      expect(result.findings).toEqual([expect.objectContaining({ code: "no_regular_contribution", clause: "opinion/3.2", path: ["member", "contributions"] })]);
    });

    it("with no_regular_contribution when the year has only a back payment", () => {
      const member: MemberInput = { ...generalMember(300), contributions: [{ period: 2025, kind: "back_payment", tier: 300, selfPaid: 300 }] };
      expect(accountCredit(member, null, options).findings.map((f) => f.code)).toEqual(["no_regular_contribution"]);
    });

    it("with duplicate_contribution when two regular contributions stand for the year", () => {
      const member: MemberInput = {
        ...generalMember(300),
        contributions: [
          { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
          { period: 2024, kind: "regular", tier: 500, selfPaid: 500 },
          { period: 2025, kind: "regular", tier: 500, selfPaid: 500 },
        ],
      };
      expect(accountCredit(member, null, options).findings).toEqual([
        expect.objectContaining({ code: "duplicate_contribution", clause: "opinion/3.2", path: ["member", "contributions", 2], details: { year: 2025, count: 2 } }),
      ]);
    });

    it("with duplicate_contribution at the second of three regular contributions, counting all three", () => {
      const member: MemberInput = {
        ...generalMember(300),
        contributions: [
          { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
          { period: 2025, kind: "back_payment", tier: 300, selfPaid: 300 },
          { period: 2025, kind: "regular", tier: 500, selfPaid: 500 },
          { period: 2025, kind: "regular", tier: 1000, selfPaid: 1000 },
        ],
      };
      const result = accountCredit(member, null, options);
      expect(result).toMatchObject({ ok: false, memberId: ID_A, year: 2025 });
      expect(result.findings).toEqual([
        {
          code: "duplicate_contribution",
          severity: "error",
          clause: "opinion/3.2",
          message: { zh: "2025 年度有 3 条正常缴费记录", en: "3 regular contributions recorded for 2025" },
          path: ["member", "contributions", 2],
          details: { year: 2025, count: 3 },
        },
      ]);
    });

    it.each([
      ["299.99", "contribution_inconsistent"],
      ["300.01", "contribution_inconsistent"],
    ])("with %s own payment on tier 300: %s", (selfPaid, code) => {
      const member: MemberInput = { ...generalMember(300), contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid }] };
      expect(accountCredit(member, null, options).findings).toEqual([
        expect.objectContaining({ code, clause: "opinion/3.3", path: ["member", "contributions", 0, "selfPaid"] }),
      ]);
    });

    it("with government_paid_double_counted when the government's part is also counted as own", () => {
      const member: MemberInput = { ...governmentPaidMember(ID_B), contributions: [{ period: 2025, kind: "regular", tier: 100, selfPaid: 100, governmentPaid: 100 }] };
      expect(accountCredit(member, null, options).findings.map((f) => f.code)).toEqual(["government_paid_double_counted"]);
    });
  });

  describe("refuses a decision made for another account (decision_mismatch)", () => {
    it("for another member", () => {
      expect(accountCredit(generalMember(300), granted("80.00", ID_C), options).findings).toEqual([
        expect.objectContaining({ code: "decision_mismatch", clause: "annex1/6", path: ["decision", "memberId"], details: { field: "memberId", given: ID_C, expected: ID_A } }),
      ]);
    });

    it.each([2024, 2026])("for year %i instead of 2025", (year) => {
      expect(accountCredit(generalMember(300), granted("80.00", ID_A, year), options).findings).toEqual([
        expect.objectContaining({ code: "decision_mismatch", clause: "annex1/6", path: ["decision", "year"], details: { field: "year", given: year, expected: 2025 } }),
      ]);
    });
  });

  describe("reports invalid input with its path (invalid_input)", () => {
    it("for a bad amount on the decision", () => {
      const result = accountCredit(generalMember(300), { ...granted("80.00"), amount: "80.001" }, options);
      expect(result.findings).toEqual([expect.objectContaining({ code: "invalid_input", clause: "annex1/4", path: ["decision", "amount"] })]);
    });

    it("for a tier listed twice in the schedule", () => {
      const result = accountCredit(generalMember(300), null, { year: 2025, schedule: { 2025: { tiers: [{ tier: 300, subsidy: 40 }, { tier: "300.00", subsidy: 45 }] } } });
      expect(result.findings).toEqual([expect.objectContaining({ code: "invalid_input", path: ["options", "schedule", "2025", "tiers", 1, "tier"] })]);
    });

    it("for two unreadable tiers in the schedule, without calling them the same tier twice", () => {
      // "abc" is not money twice over, and two tiers of 0 are listed twice: only the second 0 is a duplicate.
      const tiers = [
        { tier: "abc", subsidy: 40 },
        { tier: "abc", subsidy: 45 },
        { tier: 0, subsidy: 1 },
        { tier: 0, subsidy: 2 },
      ];
      const result = accountCredit(generalMember(300), null, { year: 2025, schedule: { 2025: { tiers } } } as never);
      expect(result.findings.map((f) => [f.code, f.clause, f.path, f.details?.problem])).toEqual([
        ["invalid_input", "annex1/4", ["options", "schedule", "2025", "tiers", 0, "tier"], expect.stringContaining("must match pattern")],
        ["invalid_input", "annex1/4", ["options", "schedule", "2025", "tiers", 1, "tier"], expect.stringContaining("must match pattern")],
        ["invalid_input", "annex1/4", ["options", "schedule", "2025", "tiers", 2, "tier"], "must be greater than 0"],
        ["invalid_input", "annex1/4", ["options", "schedule", "2025", "tiers", 3, "tier"], "must be greater than 0"],
        ["invalid_input", "annex1/4", ["options", "schedule", "2025", "tiers", 3, "tier"], "this tier is listed twice"],
      ]);
    });

    it("for a negative subsidy and a bad year key", () => {
      const result = accountCredit(generalMember(300), null, { year: 2025, schedule: { 2025: { tiers: [{ tier: 300, subsidy: -1 }] }, next: { tiers: [] } } as never });
      expect(result.findings.map((f) => [f.code, f.path])).toEqual(
        expect.arrayContaining([
          ["invalid_input", ["options", "schedule", "2025", "tiers", 0, "subsidy"]],
          ["invalid_input", ["options", "schedule", "next"]],
        ]),
      );
    });

    it("for a member whose ID number is wrong, keeping the raw ID", () => {
      const result = accountCredit({ ...generalMember(300), id: "510402198001010019" }, null, options);
      expect(result).toMatchObject({ ok: false, memberId: "510402198001010019", year: 2025 });
      expect(result.findings).toEqual([expect.objectContaining({ code: "invalid_id_number", path: ["member", "id"] })]);
    });

    it.each([
      [{ ...generalMember(300), id: 510402198001010 }, { year: 2025, schedule }, 2025, [["member", "id"]]],
      ["张三", { year: 1899, schedule }, null, [["member"], ["options", "year"]]],
      [null, { year: 2025.5 }, null, [["member"], ["options", "year"]]],
    ])("gives no member ID when none can be read as text (%#)", (member, creditOptions, year, paths) => {
      const result = accountCredit(member as never, null, creditOptions);
      expect(result).toMatchObject({ ok: false, memberId: null, year });
      expect(result.findings.map((f) => [f.code, f.path])).toEqual(paths.map((path) => ["invalid_input", path]));
    });

    it("every failing condition at once, not the first", () => {
      const result = accountCredit({ ...generalMember(300), name: "" }, { ...granted("80.00"), year: 2024 }, { year: 2025 });
      expect(result.findings.map((f) => f.code)).toEqual(["invalid_input", "parameter_missing", "decision_mismatch"]);
    });
  });

  it("gives every finding a catalogued code with both messages filled", () => {
    const result = accountCredit(generalMember(300), granted("80.00", ID_C, 2024), { year: 2025 });
    for (const finding of result.findings) {
      expect(findingCatalog[finding.code].clause).toBe(finding.clause);
      expect(finding.message.zh).not.toMatch(/\{\w+\}/);
      expect(finding.message.en).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("accountCredit, whole findings and edges", () => {
  const SCHEDULE_PARAMETER = "schedule (government contribution subsidy per tier)";
  const SCHEDULE_ZH = "各缴费档次的财政缴费补贴标准";

  it("names the missing schedule in both languages", () => {
    expect(accountCredit(generalMember(300), null, { year: 2025 })).toStrictEqual({
      ok: false,
      memberId: ID_A,
      year: 2025,
      findings: [
        {
          code: "parameter_missing",
          severity: "error",
          clause: "opinion/3.3",
          message: { zh: `缺少 2025 年度的参数：${SCHEDULE_ZH}（由宿主系统提供，本库不作猜测）`, en: `The parameter ${SCHEDULE_PARAMETER} for 2025 was not supplied` },
          path: ["options", "schedule"],
          details: { year: 2025, parameter: SCHEDULE_PARAMETER, parameterZh: SCHEDULE_ZH },
        },
      ],
      rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/),
    });
  });

  it("names the schedule's missing year in both languages", () => {
    expect(accountCredit(generalMember(300), null, { year: 2025, schedule: { 2026: schedule[2025] } }).findings).toStrictEqual([
      {
        code: "parameter_missing",
        severity: "error",
        clause: "opinion/3.3",
        message: { zh: `缺少 2025 年度的参数：${SCHEDULE_ZH}（由宿主系统提供，本库不作猜测）`, en: `The parameter ${SCHEDULE_PARAMETER} for 2025 was not supplied` },
        path: ["options", "schedule", "2025"],
        details: { year: 2025, parameter: SCHEDULE_PARAMETER, parameterZh: SCHEDULE_ZH },
      },
    ]);
  });

  it("names the year without a regular contribution in both languages", () => {
    const member: MemberInput = { ...generalMember(300), contributions: [{ period: 2024, kind: "regular", tier: 300, selfPaid: 300 }] };
    expect(accountCredit(member, null, options).findings).toStrictEqual([
      {
        code: "no_regular_contribution",
        severity: "error",
        clause: "opinion/3.2",
        message: { zh: "2025 年度没有正常缴费记录", en: "No regular contribution for 2025" },
        path: ["member", "contributions"],
        details: { year: 2025 },
      },
    ]);
  });

  it("looks no tier up when two regular contributions stand for the year, even when the first one's tier is not listed", () => {
    const member: MemberInput = {
      ...generalMember(300),
      contributions: [
        { period: 2025, kind: "regular", tier: 400, selfPaid: 400 },
        { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
      ],
    };
    expect(accountCredit(member, null, options).findings.map((f) => [f.code, f.path])).toEqual([["duplicate_contribution", ["member", "contributions", 1]]]);
  });

  it("books the year's regular contribution when a back payment for the same year stands before it", () => {
    const member: MemberInput = {
      ...generalMember(300),
      contributions: [
        { period: 2025, kind: "back_payment", tier: 1000, selfPaid: 1000 },
        { period: 2024, kind: "regular", tier: 500, selfPaid: 500 },
        { period: 2025, kind: "regular", tier: 300, selfPaid: 300 },
      ],
    };
    expect(ok(accountCredit(member, null, options))).toMatchObject({ tier: "300.00", ownContribution: "300.00", governmentSubsidy: "40.00", total: "340.00" });
  });

  describe("books money only to an identified member (annex1/6)", () => {
    it("refuses a granted decision that names no member and no year, with both reasons", () => {
      const result = accountCredit(generalMember(300), { status: "granted", memberId: null, year: null, amount: "80.00" }, options);
      expect(result.ok).toBe(false);
      expect(result.findings).toEqual([
        expect.objectContaining({
          code: "decision_unidentified",
          severity: "error",
          clause: "annex1/6",
          path: ["decision", "memberId"],
          details: { field: "memberId", fieldZh: "公民身份号码", fieldEn: "member (ID number)" },
          message: { zh: "集体补助决定未注明公民身份号码，不能记入个人账户", en: "The granted collective-subsidy decision does not name its member (ID number), so it cannot be booked" },
        }),
        expect.objectContaining({
          code: "decision_unidentified",
          severity: "error",
          clause: "annex1/6",
          path: ["decision", "year"],
          details: { field: "year", fieldZh: "补助年度", fieldEn: "year" },
        }),
      ]);
    });

    it("refuses a granted decision that lost only its member", () => {
      const result = accountCredit(generalMember(300), { ...granted("80.00"), memberId: null }, options);
      expect(result.findings.map((f) => [f.code, f.path])).toEqual([["decision_unidentified", ["decision", "memberId"]]]);
    });

    it("refuses a granted decision that lost only its year", () => {
      const result = accountCredit(generalMember(300), { ...granted("80.00"), year: null }, options);
      expect(result.findings.map((f) => [f.code, f.path])).toEqual([["decision_unidentified", ["decision", "year"]]]);
    });

    it.each(["denied", "invalid"] as const)("books a %s decision without member or year as 0, since no money moves", (status) => {
      const credit = ok(accountCredit(generalMember(300), { status, memberId: null, year: null, amount: "0.00" }, options));
      expect([credit.collectiveSubsidy, credit.collectiveStatus]).toEqual(["0.00", status]);
      expect(credit.findings.filter((f) => f.code === "decision_unidentified")).toEqual([]);
    });

    it("books a decision whose ID differs only in a lower-case x to the member with the upper-case X", () => {
      const member = { ...generalMember(300), id: "11010519491231002X" };
      const credit = ok(accountCredit(member, granted("80.00", "11010519491231002x"), options));
      expect([credit.memberId, credit.collectiveSubsidy, credit.findings]).toEqual(["11010519491231002X", "80.00", []]);
      const lower = ok(accountCredit({ ...member, id: "11010519491231002x" }, granted("80.00", "11010519491231002X"), options));
      expect(lower.collectiveSubsidy).toBe("80.00");
    });

    it("still refuses a decision for another member whose ID ends in x", () => {
      const result = accountCredit({ ...generalMember(300), id: "11010519491231002X" }, granted("80.00", "11010519491231003x"), options);
      expect(result.findings).toEqual([expect.objectContaining({ code: "decision_mismatch", details: { field: "memberId", given: "11010519491231003x", expected: "11010519491231002X" } })]);
    });

    it("compares a 17-character ID ending in x as it is", () => {
      const result = accountCredit(generalMember(300), granted("80.00", "51040219800101001x"), options);
      expect(result.findings.map((f) => [f.code, f.details?.given])).toEqual([["decision_mismatch", "51040219800101001x"]]);
    });
  });

  it("returns the whole credit, the warning for an undecided collective subsidy included", () => {
    expect(accountCredit(generalMember(300), { status: "invalid", memberId: ID_A, year: 2025, amount: "0.00" }, options)).toStrictEqual({
      ok: true,
      memberId: ID_A,
      year: 2025,
      tier: "300.00",
      ownContribution: "300.00",
      governmentPaid: "0.00",
      governmentSubsidy: "40.00",
      collectiveSubsidy: "0.00",
      total: "340.00",
      collectiveStatus: "invalid",
      findings: [
        {
          code: "collective_subsidy_undecided",
          severity: "warning",
          clause: "annex1/4",
          message: {
            zh: "集体补助决定无效（未能作出决定），集体补助按 0 元记账",
            en: "The collective-subsidy decision is invalid (nothing was decided), so the collective line is booked as 0",
          },
          path: ["decision", "status"],
        },
      ],
      rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/),
    });
  });

  it("names both mismatches of a decision in both languages", () => {
    expect(accountCredit(generalMember(300), granted("80.00", ID_C, 2024), options).findings).toStrictEqual([
      {
        code: "decision_mismatch",
        severity: "error",
        clause: "annex1/6",
        message: { zh: `集体补助决定的公民身份号码为 ${ID_C}，与记账的 ${ID_A} 不符`, en: `The collective-subsidy decision's memberId is ${ID_C}, not ${ID_A} as booked` },
        path: ["decision", "memberId"],
        details: { field: "memberId", given: ID_C, expected: ID_A },
      },
      {
        code: "decision_mismatch",
        severity: "error",
        clause: "annex1/6",
        message: { zh: "集体补助决定的年度为 2024，与记账的 2025 不符", en: "The collective-subsidy decision's year is 2024, not 2025 as booked" },
        path: ["decision", "year"],
        details: { field: "year", given: 2024, expected: 2025 },
      },
    ]);
  });

  it.each([
    ["an own payment off its tier", { ...generalMember(300), contributions: [{ period: 2025, kind: "regular", tier: 300, selfPaid: "299.99" }] }, null, "contribution_inconsistent"],
    ["a government part also counted as own", { ...governmentPaidMember(ID_B), contributions: [{ period: 2025, kind: "regular", tier: 100, selfPaid: 100, governmentPaid: 100 }] }, null, "government_paid_double_counted"],
    ["a decision for another member", generalMember(300), granted("80.00", ID_C), "decision_mismatch"],
    ["a decision for another year", generalMember(300), granted("80.00", ID_A, 2024), "decision_mismatch"],
  ])("books nothing for %s, though its contribution and subsidy are known", (_name, member, decision, code) => {
    const result = accountCredit(member as MemberInput, decision, options);
    expect(result).toStrictEqual({ ok: false, memberId: (member as { id: string }).id, year: 2025, findings: [expect.objectContaining({ code })], rulesVersion: expect.any(String) });
  });

  it("gives no member ID when the member is missing", () => {
    expect(accountCredit(undefined as never, null, options)).toMatchObject({ ok: false, memberId: null, year: 2025, findings: [{ code: "invalid_input", path: ["member"] }] });
  });

  it("marks a tier listed twice as a custom problem of the schedule", () => {
    const result = accountCredit(generalMember(300), null, { year: 2025, schedule: { 2025: { tiers: [{ tier: 300, subsidy: 40 }, { tier: 300, subsidy: 45 }] } } });
    expect(result.findings.map((f) => f.details)).toEqual([
      {
        field: "options.schedule.2025.tiers[1].tier",
        fieldZh: "财政缴费补贴标准（2025 年度）的缴费档次第 2 条的缴费档次",
        problem: "this tier is listed twice",
        problemZh: "该缴费档次重复列出",
        issue: "custom",
      },
    ]);
  });

  it("refuses a schedule row that is not an object without reading its tier", () => {
    const result = accountCredit(generalMember(300), null, { year: 2025, schedule: { 2025: { tiers: [null, { tier: 300, subsidy: 40 }] } } } as never);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([["invalid_input", ["options", "schedule", "2025", "tiers", 0]]]);
  });

  it("compares the decision's year only with a year it could read", () => {
    // The options are unreadable: a decision for 2024 is not called a mismatch with an unknown year.
    expect(accountCredit(generalMember(300), granted("80.00", ID_A, 2024), null as never).findings.map((f) => [f.code, f.path])).toEqual([["invalid_input", ["options"]]]);
  });

  it("compares the decision's member only with a member it could read", () => {
    expect(accountCredit({ ...generalMember(300), name: "" }, granted("80.00", ID_C), options).findings.map((f) => [f.code, f.path])).toEqual([["invalid_input", ["member", "name"]]]);
  });

  it("checks the decision alone when the member and the options cannot be read", () => {
    const result = accountCredit(null as never, { ...granted("80.00", ID_C, 2024), amount: "x" }, null as never);
    expect(result).toMatchObject({ ok: false, memberId: null, year: null });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ["invalid_input", ["member"]],
      ["invalid_input", ["decision", "amount"]],
      ["invalid_input", ["options"]],
    ]);
  });
});
