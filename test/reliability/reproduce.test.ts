// The two calls of issue 20 that threw RangeError (a spread of ~100,000 findings into push).
import { describe, expect, it } from "vitest";
import { checkApplication, reconcile } from "../../src/index.js";
import { sampleApplication } from "../application/fixtures.js";
import { ID_A, policy2025 } from "../helpers/samples.js";
import { validMembers } from "./data.js";

describe("issue 20: large inputs return findings instead of throwing", () => {
  it("checks an application of 100,000 rows whose amounts are all unreadable", () => {
    const rows = validMembers().map((member) => ({ member, amount: "abc" }));
    const report = checkApplication(sampleApplication({ roster: rows }), { policy: policy2025 });
    expect(report.decisions).toHaveLength(100_000);
    expect(report.findings.filter((f) => f.code === "invalid_input" && f.path?.[3] === "amount")).toHaveLength(100_000);
  });

  it("reconciles 200,000 bookings that match no roster row", () => {
    // LIMITS.bookings: the most one call takes, so every booking is decided.
    const bookings = Array.from({ length: 200_000 }, () => ({ memberId: ID_A, amount: 80 }));
    const result = reconcile({ roster: [], payment: { amount: 0 }, bookings });
    expect(result.findings.filter((f) => f.code === "booking_unexpected")).toHaveLength(200_000);
  });
});
