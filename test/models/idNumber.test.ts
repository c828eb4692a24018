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
});
