import * as z from "zod";
import { describe, expect, it } from "vitest";
import { findingsFromZodError } from "../../src/findings/fromZodError.js";
import { groupDigits, tooManyItems, tooManyItemsFinding } from "../../src/findings/tooManyItems.js";

describe("tooManyItems", () => {
  it.each([
    [2, undefined],
    [3, undefined],
    [4, 4],
  ])("answers a list of %i items under a limit of 3 with %s", (length, count) => {
    const finding = tooManyItems(new Array(length).fill(0), 3, ["input", "roster"]);
    expect(finding?.details?.count).toBe(count);
  });

  it("leaves anything that is not an array to the schema", () => {
    expect(tooManyItems({ length: 10 }, 3, ["roster"])).toBeUndefined();
    expect(tooManyItems("abcdef", 3, ["roster"])).toBeUndefined();
  });

  it("names the list, the count and the limit, in plain Chinese", () => {
    expect(tooManyItemsFinding(["application", "roster"], 250_000, 200_000)).toEqual({
      code: "too_many_items",
      severity: "error",
      clause: "annex1/4",
      path: ["application", "roster"],
      message: {
        zh: "名单共 250,000 项，超过最多 200,000 项的上限，请删减或分批后重新提交",
        en: "application.roster has 250000 items, more than the limit of 200000; shorten it or split it into several calls",
      },
      details: { list: "application.roster", listZh: "名单", count: 250_000, limit: 200_000, countText: "250,000", limitText: "200,000" },
    });
  });

  it("names a list by the caller's word, by its key, or as a list", () => {
    expect(tooManyItemsFinding(["applications"], 5, 4, "各申请名单合计").details?.listZh).toBe("各申请名单合计");
    expect(tooManyItemsFinding(["member", "contributions"], 5, 4).details?.listZh).toBe("缴费记录");
    expect(tooManyItemsFinding(["x", "unknownList"], 5, 4).details?.listZh).toBe("列表");
    expect(tooManyItemsFinding(["x", 0], 5, 4).details?.listZh).toBe("列表");
  });

  it.each([
    ["roster", "名单"],
    ["bookings", "入账记录"],
    ["applications", "申请"],
    ["contributions", "缴费记录"],
    ["ladder", "补助档次"],
    ["suspensions", "暂停记录"],
    ["donations", "捐赠记录"],
    ["steps", "议事步骤"],
    ["off", "放假日期"],
    ["work", "调休上班日期"],
    ["tiers", "缴费档次"],
    ["yearlyCredits", "年度记账金额"],
    ["transfers", "转账凭证"],
    ["findings", "问题记录"],
  ])("names the list %s as %s", (key, name) => {
    expect(tooManyItemsFinding(["input", key], 5, 4).details?.listZh).toBe(name);
  });

  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [100_000, "100,000"],
    [1_234_567, "1,234,567"],
  ])("groups %i as %s", (count, text) => {
    expect(groupDigits(count)).toBe(text);
  });
});

describe("findingsFromZodError and a list past its limit", () => {
  const schema = z.object({ rows: z.array(z.number()).max(2), name: z.string().max(2) });
  const input = { rows: ["a", "b", "c"], name: "abc" };
  const error = schema.safeParse(input).error as z.ZodError;

  it("turns zod's too_big on a list into too_many_items with the count from the input", () => {
    const [rows, name] = findingsFromZodError(error, ["root"], input);
    expect(rows).toMatchObject({ code: "too_many_items", path: ["root", "rows"], details: { count: 3, limit: 2 } });
    expect(name).toMatchObject({ code: "invalid_input", path: ["root", "name"], details: { issue: "too_big" } });
  });

  it("keeps invalid_input when the list cannot be found in the input", () => {
    expect(findingsFromZodError(error, ["root"]).map((finding) => finding.code)).toEqual(["invalid_input", "invalid_input"]);
    expect(findingsFromZodError(error, ["root"], { rows: "gone" })[0]?.code).toBe("invalid_input");
    expect(findingsFromZodError(error, ["root"], null)[0]?.code).toBe("invalid_input");
  });

  it("keeps invalid_input for any other problem of a value that is a list", () => {
    const input = { name: ["a", "b", "c"] };
    const issues = findingsFromZodError(z.object({ name: z.string() }).safeParse(input).error as z.ZodError, ["root"], input);
    expect(issues.map((finding) => [finding.code, finding.details?.issue])).toEqual([["invalid_input", "invalid_type"]]);
  });
});
