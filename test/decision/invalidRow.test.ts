import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeSubsidy, type MemberInput } from "../../src/index.js";
import { findingsFromZodError } from "../../src/findings/fromZodError.js";
import { ParsedMemberSchema } from "../../src/models/member.js";
import { declinedMemberFields } from "../../src/models/readMember.js";
import { basePlan, generalMember, ID_BAD_CHECK, policy2025 } from "../helpers/samples.js";

const options = { year: 2025, policy: policy2025 };

/** The findings the whole member's schema gives (the reference the per-field path must equal). */
function schemaFindings(member: unknown): unknown {
  const parsed = ParsedMemberSchema.safeParse(member);
  return parsed.success ? [] : findingsFromZodError(parsed.error, ["member"], member);
}

const valid = generalMember(300);
const contribution = (valid.contributions ?? [])[0] as object;
/** A member with some fields replaced by arbitrary JSON, some dropped, and some contributions spoiled. */
const spoiled = fc
  .record({
    replaced: fc.dictionary(fc.constantFrom(...Object.keys(valid), "extra"), fc.oneof(fc.jsonValue(), fc.constant(undefined)), { maxKeys: 3 }),
    dropped: fc.subarray(Object.keys(valid), { maxLength: 2 }),
    items: fc.array(
      fc.oneof(
        fc.constant(contribution),
        fc.jsonValue(),
        fc.record({ key: fc.constantFrom(...Object.keys(contribution), "governmentPaid", "paidOn"), value: fc.oneof(fc.jsonValue(), fc.constant("300.125"), fc.constant(0), fc.constant("2025-02-30")) }).map(({ key, value }) => ({ ...contribution, [key]: value })),
      ),
      { maxLength: 4 },
    ),
  })
  .map(({ replaced, dropped, items }) => {
    const member: { [key: string]: unknown } = { ...valid, contributions: items.length > 0 ? items : valid.contributions, ...replaced };
    for (const key of dropped) delete member[key];
    return member;
  });

describe("an invalid row's findings", () => {
  it("are exactly the member schema's issues, though zod is asked only about the declined fields", () => {
    fc.assert(
      fc.property(spoiled, (member) => {
        const decision = computeSubsidy(member as MemberInput, basePlan, options);
        if (decision.status === "invalid" && ParsedMemberSchema.safeParse(member).success === false) {
          expect(decision.findings).toEqual(schemaFindings(member));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("name every failing field, in the schema's order, contributions by index", () => {
    const member = { ...valid, id: ID_BAD_CHECK, name: "", category: "unknown", contributions: [contribution, { ...contribution, selfPaid: "300.125" }, { ...contribution, tier: 0 }] };
    const decision = computeSubsidy(member as MemberInput, basePlan, options);
    expect(decision.findings).toEqual(schemaFindings(member));
    expect(decision.findings.map((finding) => [finding.code, finding.path])).toEqual([
      ["invalid_id_number", ["member", "id"]],
      ["invalid_input", ["member", "name"]],
      ["invalid_input", ["member", "category"]],
      ["invalid_input", ["member", "contributions", 1, "selfPaid"]],
      ["invalid_input", ["member", "contributions", 2, "tier"]],
    ]);
  });

  it("come from the whole schema when the member is not an object or its list is too long", () => {
    for (const member of [null, [], "member", { ...valid, contributions: Array.from({ length: 501 }, () => contribution) }, { ...valid, contributions: "none" }]) {
      const decision = computeSubsidy(member as MemberInput, basePlan, options);
      expect(decision?.status).toBe("invalid");
      expect(decision?.findings).toEqual(schemaFindings(member));
    }
  });

  it("lists the declined fields the reader sees, none for a valid member", () => {
    expect(declinedMemberFields(valid)).toEqual([]);
    expect(declinedMemberFields(null)).toBeUndefined();
    expect(declinedMemberFields([])).toBeUndefined();
    expect(declinedMemberFields({})).toEqual(["id", "name", "collectiveMember", "enrolled", "category", "contributions"]);
    expect(declinedMemberFields({ ...valid, contributions: Array.from({ length: 501 }, () => contribution) })).toEqual(["contributions"]);
    expect(declinedMemberFields({ ...valid, contributions: Array.from({ length: 500 }, () => contribution) })).toEqual([]);
    expect(declinedMemberFields({ ...valid, id: `${String(valid.id).slice(0, 17)}x` })).toEqual(["id"]);
    expect(declinedMemberFields({ ...valid, name: "x".repeat(200) })).toEqual([]);
    expect(declinedMemberFields({ ...valid, name: "x".repeat(201) })).toEqual(["name"]);
    expect(declinedMemberFields({ ...valid, collectiveMember: "yes", enrolled: 1 })).toEqual(["collectiveMember", "enrolled"]);
  });
});
