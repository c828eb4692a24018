import { describe, expect, it } from "vitest";
import { IdNumberSchema } from "../../src/index.js";
import { idNumberProblem } from "../../src/models/idNumber.js";

describe("IdNumberSchema (GB 11643-1999)", () => {
  it.each(["11010519491231002X", "440524188001010014", "510402198001010018", "510411196503150026", "510421199006300034", "510422195512010046", "510403200002290054"])(
    "accepts the valid number %s",
    (id) => {
      expect(IdNumberSchema.safeParse(id)).toEqual({ success: true, data: id });
    },
  );

  it("normalises a lower-case x", () => {
    expect(IdNumberSchema.parse("11010519491231002x")).toBe("11010519491231002X");
  });

  it.each([
    ["510402198001010019", "check_character"],
    ["51040219800101001", "format"],
    ["5104021980010100188", "format"],
    ["51040219800101001A", "format"],
    ["510402198002300011", "birth_date"],
    ["510402190002290011", "birth_date"],
    ["510402179901010011", "birth_date"],
  ])("refuses %s (%s)", (id, problem) => {
    expect(idNumberProblem(id)).toBe(problem);
    expect(IdNumberSchema.safeParse(id).success).toBe(false);
  });

  it.each([
    ["110105194912310020x", "19 characters ending in x, whose first 17 are a valid number's"],
    ["110105194912310020X", "19 characters ending in X"],
    ["1101051949123100x", "17 characters ending in x"],
  ])("refuses %s (%s) as a malformed number, without normalising its x", (id) => {
    const result = IdNumberSchema.safeParse(id);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "custom", path: [], params: { finding: "invalid_id_number", reason: "format" } }),
    ]);
  });

  it.each([
    ["510402198001010019", "check_character"],
    ["51040219800101001", "format"],
    ["510402198002300011", "birth_date"],
  ])("explains why it refuses %s in the issue it raises (%s)", (id, reason) => {
    const result = IdNumberSchema.safeParse(id);
    expect(result.error?.issues).toEqual([
      { code: "custom", path: [], message: `invalid ID number (${reason})`, params: { finding: "invalid_id_number", reason } },
    ]);
  });

  it("reports the raw input, with its lower-case x, as the refused value", () => {
    const result = IdNumberSchema.safeParse("51040219800101001x", { reportInput: true });
    expect(result.error?.issues[0]).toMatchObject({ input: "51040219800101001x", params: { reason: "check_character" } });
  });

  it("refuses a value that is not a string", () => {
    expect(IdNumberSchema.safeParse(510402198001010).error?.issues[0]).toMatchObject({ code: "invalid_type", expected: "string", path: [] });
  });
});
