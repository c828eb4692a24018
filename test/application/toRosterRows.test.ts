import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROSTER_COLUMNS, toRosterRows } from "../../src/index.js";
import { ID_A, ID_B, ID_BAD_CHECK, ID_C } from "../helpers/samples.js";
import { sampleApplication } from "./fixtures.js";

describe("toRosterRows", () => {
  it("lays out one row per member with the annex3 columns and a footer", () => {
    const sheet = toRosterRows(sampleApplication());
    expect(sheet.columns).toEqual(["序号", "姓名", "公民身份号码", "人员类别", "缴费年度", "个人缴费档次", "个人缴纳金额", "政府代缴金额", "集体补助金额", "备注"]);
    expect(sheet.title).toBe("金江镇金江村股份经济合作联合社集体经济补助城乡居民养老保险参保缴费花名册");
    expect(sheet.rows).toEqual([
      { 序号: "1", 姓名: "张三", 公民身份号码: ID_A, 人员类别: "一般成员", 缴费年度: "2025", 个人缴费档次: "300.00", 个人缴纳金额: "300.00", 政府代缴金额: "0.00", 集体补助金额: "80.00", 备注: "" },
      { 序号: "2", 姓名: "李四", 公民身份号码: ID_B, 人员类别: "低保对象", 缴费年度: "2025", 个人缴费档次: "100.00", 个人缴纳金额: "0.00", 政府代缴金额: "100.00", 集体补助金额: "100.00", 备注: "" },
      { 序号: "3", 姓名: "王五", 公民身份号码: ID_C, 人员类别: "一般成员", 缴费年度: "2025", 个人缴费档次: "1000.00", 个人缴纳金额: "1000.00", 政府代缴金额: "0.00", 集体补助金额: "300.00", 备注: "" },
    ]);
    expect(sheet.header).toEqual({ 单位: "金江村股份经济合作联合社", 填表时间: "2025年7月1日" });
    expect(sheet.footer).toEqual({ 合计人数: 3, 合计金额: "480.00", 制表人: "", 审核人: "", 负责人: "" });
    expect(sheet.findings).toEqual([]);
  });

  describe("the form's header and signatures (annex3)", () => {
    it("takes the day filled in and the three names from the application", () => {
      const sheet = toRosterRows(sampleApplication({ rosterForm: { filledOn: "2025-12-09", preparer: "王会计", reviewer: "李监事", principal: "张书记" } }));
      expect(sheet.header).toEqual({ 单位: "金江村股份经济合作联合社", 填表时间: "2025年12月9日" });
      expect(sheet.footer).toEqual({ 合计人数: 3, 合计金额: "480.00", 制表人: "王会计", 审核人: "李监事", 负责人: "张书记" });
    });

    it("falls back to the day of submission when no day filled in is given", () => {
      expect(toRosterRows(sampleApplication({ submittedOn: "2025-10-31", rosterForm: { preparer: "王会计" } })).header.填表时间).toBe("2025年10月31日");
    });

    it("leaves the day blank, with a finding, when neither day can be read, and still lays out the rows", () => {
      const sheet = toRosterRows({ ...sampleApplication(), submittedOn: "2025-02-30", rosterForm: { preparer: "" } } as never);
      expect(sheet.header.填表时间).toBe("");
      expect(sheet.footer.制表人).toBe("");
      expect(sheet.rows).toHaveLength(3);
      expect(sheet.findings.map((f) => [f.code, f.path])).toEqual([
        ["invalid_input", ["application", "submittedOn"]],
        ["invalid_input", ["application", "rosterForm", "preparer"]],
      ]);
    });

    it("leaves the day blank when the application gives none", () => {
      const { submittedOn: _omitted, ...application } = sampleApplication();
      expect(toRosterRows(application as never).header.填表时间).toBe("");
    });
  });

  it.each([
    ["general", "一般成员"],
    ["minimum_living_allowance", "低保对象"],
    ["extreme_poverty", "特困人员"],
    ["returned_to_poverty", "返贫致贫人口"],
    ["severe_disability", "重度残疾人"],
    ["other_hardship", "其他缴费困难群体"],
  ])("labels the category %s as %s", (category, label) => {
    const application = sampleApplication();
    const first = application.roster[0] as { member: object; amount: string };
    const sheet = toRosterRows({ ...application, roster: [{ ...first, member: { ...first.member, category } }] });
    expect(sheet.rows[0]?.人员类别).toBe(label);
  });

  it("keeps an unreadable row, numbered, with its readable cells and the finding", () => {
    const application = sampleApplication();
    const bad = { member: { id: ID_BAD_CHECK, name: "赵六", category: "general" }, amount: "12.345" };
    const sheet = toRosterRows({ ...application, roster: [...application.roster, bad] });
    expect(sheet.rows[3]).toMatchObject({ 序号: "4", 姓名: "赵六", 公民身份号码: ID_BAD_CHECK, 人员类别: "一般成员", 集体补助金额: "", 备注: "信息有误" });
    expect(sheet.footer).toMatchObject({ 合计人数: 4, 合计金额: "480.00" });
    expect(sheet.findings.map((f) => [f.code, f.path])).toEqual([
      ["invalid_input", ["application", "roster", 3, "amount"]],
      ["invalid_id_number", ["application", "roster", 3, "member", "id"]],
      ["invalid_input", ["application", "roster", 3, "member", "collectiveMember"]],
      ["invalid_input", ["application", "roster", 3, "member", "enrolled"]],
      ["invalid_input", ["application", "roster", 3, "member", "contributions"]],
    ]);
  });

  it("keeps rows that are not objects, or whose member is not one, with empty cells and one finding each", () => {
    const application = sampleApplication();
    const sheet = toRosterRows({ ...application, roster: [null, [], "row", { member: "x", amount: 80 }] } as never);
    const empty = { 姓名: "", 公民身份号码: "", 人员类别: "", 个人缴费档次: "", 个人缴纳金额: "", 政府代缴金额: "", 缴费年度: "2025", 备注: "信息有误" };
    expect(sheet.rows).toEqual([
      { 序号: "1", ...empty, 集体补助金额: "" },
      { 序号: "2", ...empty, 集体补助金额: "" },
      { 序号: "3", ...empty, 集体补助金额: "" },
      { 序号: "4", ...empty, 集体补助金额: "80.00" },
    ]);
    expect(sheet.footer).toMatchObject({ 合计人数: 4, 合计金额: "80.00" });
    expect(sheet.findings.map((f) => [f.code, f.clause, f.path, f.details?.problem])).toEqual([
      ["invalid_input", "annex1/4", ["application", "roster", 0], "Invalid input: expected object, received null"],
      ["invalid_input", "annex1/4", ["application", "roster", 1], "Invalid input: expected object, received array"],
      ["invalid_input", "annex1/4", ["application", "roster", 2], "Invalid input: expected object, received string"],
      ["invalid_input", "annex1/4", ["application", "roster", 3, "member"], "Invalid input: expected object, received string"],
    ]);
  });

  it.each([
    [{ id: 7, name: 5, category: "toString" }],
    [{ name: ["赵六"], category: "unknown" }],
    [{ id: null, name: null, category: 3 }],
  ])("leaves the name, ID and category of an unreadable member %j empty when they are not text or not a category", (member) => {
    const sheet = toRosterRows({ ...sampleApplication(), roster: [{ member, amount: "1.50" }] } as never);
    expect(sheet.rows[0]).toMatchObject({ 姓名: "", 公民身份号码: "", 人员类别: "", 集体补助金额: "1.50", 备注: "信息有误" });
  });

  it("leaves the contribution cells empty for a member with no regular contribution that year", () => {
    const application = sampleApplication();
    const first = application.roster[0] as { member: { contributions: unknown[] }; amount: string };
    const sheet = toRosterRows({ ...application, roster: [{ ...first, member: { ...first.member, contributions: [] } }] });
    expect(sheet.rows[0]).toMatchObject({ 个人缴费档次: "", 个人缴纳金额: "", 政府代缴金额: "" });
  });

  it("sums the footer in fen, never in floating point", () => {
    const application = sampleApplication();
    const first = application.roster[0] as { member: object; amount: string };
    const sheet = toRosterRows({ ...application, roster: [{ ...first, amount: 0.1 }, { ...first, amount: 0.2 }] });
    expect(sheet.footer.合计金额).toBe("0.30");
  });

  it("answers input that is not an application with invalid_input and no rows", () => {
    const sheet = toRosterRows({ year: 2025 } as never);
    expect(sheet.rows).toEqual([]);
    expect(sheet.columns).toEqual(ROSTER_COLUMNS);
    expect(sheet.findings.map((f) => f.path)).toEqual([["application", "organisation"], ["application", "roster"]]);
  });

  it("never throws on arbitrary JSON, and does not mutate its input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const before = structuredClone(input);
        toRosterRows(input as never);
        expect(input).toEqual(before);
      }),
    );
  });

  it("fills the contribution cells from the year's regular contribution, not another year's nor a back payment", () => {
    const application = sampleApplication();
    const first = application.roster[0] as { member: object; amount: string };
    const contributions = [
      { period: 2024, kind: "regular", tier: 500, selfPaid: 500, paidOn: "2024-06-10" },
      { period: 2025, kind: "back_payment", tier: 200, selfPaid: 200, paidOn: "2025-03-10" },
      { period: 2025, kind: "regular", tier: 300, selfPaid: 250, governmentPaid: 50, paidOn: "2025-06-10" },
    ];
    const sheet = toRosterRows({ ...application, roster: [{ ...first, member: { ...first.member, contributions } }] } as never);
    expect(sheet.rows[0]).toMatchObject({ 缴费年度: "2025", 个人缴费档次: "300.00", 个人缴纳金额: "250.00", 政府代缴金额: "50.00", 备注: "" });
  });

  it("labels no category for an unreadable member whose category is a list, even of a known category", () => {
    const sheet = toRosterRows({ ...sampleApplication(), roster: [{ member: { name: "赵六", category: ["general"] }, amount: "1.50" }] } as never);
    expect(sheet.rows[0]).toMatchObject({ 姓名: "赵六", 人员类别: "", 备注: "信息有误" });
  });

  it("answers null with an empty sheet: no title, no rows, a zero footer", () => {
    expect(toRosterRows(null as never)).toEqual({
      title: "",
      header: { 单位: "", 填表时间: "" },
      columns: ROSTER_COLUMNS,
      rows: [],
      footer: { 合计人数: 0, 合计金额: "0.00", 制表人: "", 审核人: "", 负责人: "" },
      findings: [expect.objectContaining({ code: "invalid_input", path: ["application"] })],
      rulesVersion: expect.stringMatching(/^collective-pension-subsidy@/),
    });
  });
});
