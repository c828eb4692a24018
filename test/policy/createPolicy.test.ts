import { describe, expect, it } from "vitest";
import { createPolicy, type CreatePolicyOptions } from "../../src/index.js";
import { pathZh } from "../../src/findings/names.js";

describe("createPolicy", () => {
  it("keeps the floor of 10 yuan with its source", () => {
    const policy = createPolicy();
    expect(policy.floor).toMatchObject({ value: "10.00", clause: "opinion/3.3" });
    expect(policy.floor.source).toContain("最低不少于每人10元");
    expect(policy.highestTier).toEqual({});
    expect(policy.findings).toEqual([]);
  });

  it("takes the highest tier per year from the host, with the host's source when given", () => {
    const policy = createPolicy({ highestTier: { 2025: 3000, 2026: { amount: "3600.5", source: "host table 2026" } } });
    expect(policy.highestTier["2025"]).toMatchObject({ value: "3000.00", clause: "opinion/3.3" });
    expect(policy.highestTier["2026"]).toEqual({ value: "3600.50", source: "host table 2026", clause: "opinion/3.3" });
  });

  it.each([
    [{ highestTier: { 2025: "abc" } }, ["highestTier", "2025"]],
    [{ highestTier: { 2025: 0 } }, ["highestTier", "2025"]],
    [{ highestTier: { 2025: "3000.001" } }, ["highestTier", "2025"]],
    [{ highestTier: { next: 3000 } }, ["highestTier", "next"]],
    [{ highestTier: { 2025: { amount: 3000, source: 7 } } }, ["highestTier", "2025", "source"]],
    [{ highestTier: [3000] }, ["highestTier"]],
    ["3000", []],
  ])("records bad options %j as invalid_input at their path", (options, path) => {
    const policy = createPolicy(options as unknown as CreatePolicyOptions);
    expect(policy.findings).toEqual([expect.objectContaining({ code: "invalid_input", path })]);
  });
});

/** The finding createPolicy records for a bad option: invalid_input, with both messages filled. */
function invalid(path: (string | number)[], field: string, problem: string) {
  const problemZh = PROBLEMS_ZH[problem] as string;
  return {
    code: "invalid_input",
    severity: "error",
    clause: "annex1/4",
    message: { zh: `${pathZh(path)}有误：${problemZh}`, en: `Invalid input at ${field}: ${problem}` },
    path,
    details: { field, problem, problemZh },
  };
}

/** What createPolicy says in Chinese for each of its problems. */
const PROBLEMS_ZH: { readonly [problem: string]: string } = {
  "expected an object": "应为一组填写项",
  "expected an object keyed by year": "应按年度逐年填写",
  "key must be a year from 2020 to 2199": "年度应为 2020 至 2199 年",
  "expected yuan greater than 0 with at most 2 decimals": "应为大于 0 的金额，最多两位小数",
  "expected a string": "应为文字",
};

const HOST_SOURCE = "supplied by the host system (Sichuan's contribution tier table for the year)";
const AMOUNT_PROBLEM = "expected yuan greater than 0 with at most 2 decimals";

describe("createPolicy, the whole policy", () => {
  it("builds the same empty policy from no options and from options without a highest tier", () => {
    const expected = {
      kind: "collective-pension-subsidy/policy",
      floor: {
        value: "10.00",
        source: "攀枝花市集体经济补助城乡居民基本养老保险参保缴费试点实施意见 三（三）：补助标准原则上最低不少于每人10元/年",
        clause: "opinion/3.3",
      },
      highestTier: {},
      findings: [],
      rulesVersion: expect.stringMatching(/^collective-pension-subsidy@.+; policy panzhihua-2024-09-24$/),
    };
    expect(createPolicy()).toStrictEqual(expected);
    expect(createPolicy(undefined)).toStrictEqual(expected);
    expect(createPolicy({})).toStrictEqual(expected);
    expect(createPolicy({ highestTier: undefined })).toStrictEqual(expected);
  });

  it("names the host's system as the source of a highest tier given without one", () => {
    expect(createPolicy({ highestTier: { 2025: "3000", 2026: { amount: 3600 } } }).highestTier).toStrictEqual({
      2025: { value: "3000.00", source: HOST_SOURCE, clause: "opinion/3.3" },
      2026: { value: "3600.00", source: HOST_SOURCE, clause: "opinion/3.3" },
    });
  });

  it.each([
    ["null", null],
    ["an array", [{ highestTier: { 2025: 3000 } }]],
    ["a string", "3000"],
    ["a number", 3000],
  ])("refuses options that are %s at the root, and takes nothing from them", (_name, options) => {
    const policy = createPolicy(options as unknown as CreatePolicyOptions);
    expect(policy.findings).toStrictEqual([invalid([], "(root)", "expected an object")]);
    expect(policy.highestTier).toStrictEqual({});
  });

  it.each([
    ["null", null],
    ["an array", [3000]],
    ["a string", "3000"],
    ["a number", 3000],
  ])("refuses a highestTier that is %s", (_name, highestTier) => {
    const policy = createPolicy({ highestTier } as unknown as CreatePolicyOptions);
    expect(policy.findings).toStrictEqual([invalid(["highestTier"], "highestTier", "expected an object keyed by year")]);
    expect(policy.highestTier).toStrictEqual({});
  });

  it.each([
    ["2019", false],
    ["2020", true],
    ["2029", true],
    ["2099", true],
    ["2100", true],
    ["2199", true],
    ["2200", false],
    ["1999", false],
    ["20250", false],
    ["x2025", false],
    ["2025x", false],
    ["202", false],
  ])("reads the year key %s as a year: %s", (year, accepted) => {
    const policy = createPolicy({ highestTier: { [year]: 3000 } });
    if (accepted) {
      expect(policy.findings).toStrictEqual([]);
      expect(policy.highestTier).toStrictEqual({ [year]: { value: "3000.00", source: HOST_SOURCE, clause: "opinion/3.3" } });
    } else {
      expect(policy.findings).toStrictEqual([invalid(["highestTier", year], `highestTier.${year}`, "key must be a year from 2020 to 2199")]);
      expect(policy.highestTier).toStrictEqual({});
    }
  });

  it.each([
    [0, false],
    [undefined, false],
    ["0.00", false],
    ["0.01", true],
    [-1, false],
    ["3000.001", false],
    [null, false],
    [{}, false],
    [{ amount: null }, false],
    [{ amount: 0 }, false],
    [{ amount: "0.01" }, true],
  ])("reads the highest tier %j as more than 0 yuan: %s", (entry, accepted) => {
    const policy = createPolicy({ highestTier: { 2025: entry } } as unknown as CreatePolicyOptions);
    if (accepted) {
      expect(policy.findings).toStrictEqual([]);
      expect(policy.highestTier).toStrictEqual({ 2025: { value: "0.01", source: HOST_SOURCE, clause: "opinion/3.3" } });
    } else {
      expect(policy.findings).toStrictEqual([invalid(["highestTier", "2025"], "highestTier.2025", AMOUNT_PROBLEM)]);
      expect(policy.highestTier).toStrictEqual({});
    }
  });

  it.each([[7], [null], [{ zh: "表" }]])("refuses a source %j that is not text, and keeps no figure for the year", (source) => {
    const policy = createPolicy({ highestTier: { 2025: { amount: 3000, source } } } as unknown as CreatePolicyOptions);
    expect(policy.findings).toStrictEqual([invalid(["highestTier", "2025", "source"], "highestTier.2025.source", "expected a string")]);
    expect(policy.highestTier).toStrictEqual({});
  });

  it("keeps an explicitly undefined source as the host's system", () => {
    expect(createPolicy({ highestTier: { 2025: { amount: 3000, source: undefined } } }).highestTier["2025"]).toStrictEqual({ value: "3000.00", source: HOST_SOURCE, clause: "opinion/3.3" });
  });

  it("reports every bad year and still keeps the good ones", () => {
    const policy = createPolicy({
      highestTier: { 2024: "abc", 2025: 3000, 2026: { amount: 3100, source: 1 }, 2027: { amount: "3200", source: "表" }, next: 3300 },
    } as unknown as CreatePolicyOptions);
    expect(policy.findings).toStrictEqual([
      invalid(["highestTier", "2024"], "highestTier.2024", AMOUNT_PROBLEM),
      invalid(["highestTier", "2026", "source"], "highestTier.2026.source", "expected a string"),
      invalid(["highestTier", "next"], "highestTier.next", "key must be a year from 2020 to 2199"),
    ]);
    expect(policy.highestTier).toStrictEqual({
      2025: { value: "3000.00", source: HOST_SOURCE, clause: "opinion/3.3" },
      2027: { value: "3200.00", source: "表", clause: "opinion/3.3" },
    });
  });
});
