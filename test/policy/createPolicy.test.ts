import { describe, expect, it } from "vitest";
import { createPolicy, type CreatePolicyOptions } from "../../src/index.js";

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
