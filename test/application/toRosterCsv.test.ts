import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROSTER_COLUMNS, toRosterCsv, toRosterRows, type ApplicationInput } from "../../src/index.js";
import { generalMember, ID_A, ID_B, ID_C, ID_D } from "../helpers/samples.js";
import { sampleApplication } from "./fixtures.js";

/** What the CSV holds for a cell: a leading formula character is kept as text behind a `'`. */
function shown(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** An ID number as the CSV writes it: the text formula a spreadsheet keeps as text. */
function idCell(id: string): string {
  return `"=""${id}"""`;
}

function applicationWithNames(names: readonly string[]): ApplicationInput {
  const ids = [ID_A, ID_B, ID_C, ID_D];
  return sampleApplication({ roster: names.map((name, i) => ({ member: { ...generalMember(300, ids[i % ids.length]), name }, amount: "80.00" })) });
}

/** The title, 单位 and 填表时间 lines, then the column labels: the data starts on line 4 (index 4 of the records). */
const HEAD = 4;
/** 合计人数, 合计金额, 制表人, 审核人, 负责人. */
const FOOT = 5;

describe("toRosterCsv", () => {
  it("writes the whole form: title, header, columns, rows and footer, with a byte order mark and CRLF", () => {
    const application = sampleApplication({ rosterForm: { filledOn: "2025-06-30", preparer: "王会计", reviewer: "李监事", principal: "张书记" } });
    const csv = toRosterCsv(toRosterRows(application));
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFF金江镇金江村股份经济合作联合社集体经济补助城乡居民养老保险参保缴费花名册,,,,,,,,,",
      "单位,金江村股份经济合作联合社（盖章）,,,,,,,,",
      "填表时间,2025年6月30日,,,,,,,,",
      "序号,姓名,公民身份号码,人员类别,缴费年度,个人缴费档次,个人缴纳金额,政府代缴金额,集体补助金额,备注",
      `1,张三,${idCell(ID_A)},一般成员,2025,300.00,300.00,0.00,80.00,`,
      `2,李四,${idCell(ID_B)},低保对象,2025,100.00,0.00,100.00,100.00,`,
      `3,王五,${idCell(ID_C)},一般成员,2025,1000.00,1000.00,0.00,300.00,`,
      "合计人数,3,,,,,,,,",
      "合计金额,480.00,,,,,,,,",
      "制表人,王会计,,,,,,,,",
      "审核人,李监事,,,,,,,,",
      "负责人,张书记,,,,,,,,",
      "",
    ]);
  });

  it.each([
    ["王,五", '"王,五"'],
    ['王"五', '"王""五"'],
    ["王\n五", '"王\n五"'],
    ["王\r\n五", '"王\r\n五"'],
    ["=1+2", "'=1+2"],
    ["+86", "'+86"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", `"'\rx"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['="510402198001010018"', `"'=""510402198001010018"""`],
    ["王 =五", "王 =五"],
  ])("writes the name %j as %j", (name, cell) => {
    const csv = toRosterCsv(toRosterRows(applicationWithNames([name])));
    expect(csv).toContain(`\r\n1,${cell},${idCell(ID_A)},`);
  });

  describe("long digit strings, kept as text by a spreadsheet (issue 14)", () => {
    it.each([
      ["510402198001010018", idCell("510402198001010018")],
      ["123456789012", idCell("123456789012")],
      ["12345678901", "12345678901"],
      ["0123", idCell("0123")],
      ["01", idCell("01")],
      ["0", "0"],
      ["10", "10"],
      ["0.00", "0.00"],
      ["51040219800101001X", "51040219800101001X"],
      ["5104021980010100180a", "5104021980010100180a"],
      ["a510402198001010018", "a510402198001010018"],
      ["-510402198001010018", "'-510402198001010018"],
    ])("writes %j as %j", (text, cell) => {
      const csv = toRosterCsv({ columns: ["x", "y"], rows: [{ x: text, y: "" }], footer: {} } as never);
      expect(csv.split("\r\n")[4]).toBe(`${cell},`);
    });

    it("reads every ID back through a CSV parser as the text formula of exactly that ID", () => {
      const sheet = toRosterRows(sampleApplication());
      const records = parse(toRosterCsv(sheet), { bom: true, relax_column_count: true }) as string[][];
      expect(records.slice(HEAD, -FOOT).map((record) => record[2])).toEqual([`="${ID_A}"`, `="${ID_B}"`, `="${ID_C}"`]);
    });

    it("writes an ID with a check character X as it is: a spreadsheet keeps it as text", () => {
      const application = sampleApplication({ roster: [{ member: generalMember(300, "11010519491231002X"), amount: 80 }] });
      expect(toRosterCsv(toRosterRows(application))).toContain("\r\n1,张三,11010519491231002X,");
    });
  });

  it("round-trips through a standard CSV parser with names containing commas, quotes, newlines and a leading =", () => {
    const names = ["王,五", '李"四"', "张\n三", "=cmd|' /C calc'!A0"];
    const sheet = toRosterRows(applicationWithNames(names));
    const records = parse(toRosterCsv(sheet), { bom: true }) as string[][];
    expect(records[HEAD - 1]).toEqual([...ROSTER_COLUMNS]);
    expect(records.slice(HEAD, -FOOT).map((record) => record[1])).toEqual(["王,五", '李"四"', "张\n三", "'=cmd|' /C calc'!A0"]);
    expect(records.slice(HEAD, -FOOT).map((record) => record.filter((_cell, index) => index !== 2))).toEqual(
      sheet.rows.map((row) => ROSTER_COLUMNS.filter((column) => column !== "公民身份号码").map((column) => shown(row[column]))),
    );
    expect(records.slice(-FOOT)).toEqual([
      ["合计人数", "4", "", "", "", "", "", "", "", ""],
      ["合计金额", "320.00", "", "", "", "", "", "", "", ""],
      ["制表人", "", "", "", "", "", "", "", "", ""],
      ["审核人", "", "", "", "", "", "", "", "", ""],
      ["负责人", "", "", "", "", "", "", "", "", ""],
    ]);
  });

  it("round-trips any names, each cell shown as text", () => {
    const name = fc.string({ unit: fc.constantFrom("a", "王", ",", '"', "\r", "\n", "=", "+", "-", "@", "\t", " ", "'"), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), (names) => {
        const sheet = toRosterRows(applicationWithNames(names));
        const records = parse(toRosterCsv(sheet), { bom: true }) as string[][];
        expect(records).toHaveLength(names.length + HEAD + FOOT);
        expect(records.slice(HEAD, -FOOT).map((record) => record[1])).toEqual(names.map(shown));
      }),
    );
  });

  it("never lets a cell start a formula other than the text formula of a digit string", () => {
    const cell = fc.string({ unit: fc.constantFrom("0", "1", "9", "=", "+", "-", "@", '"', "a", "\t"), maxLength: 20 });
    fc.assert(
      fc.property(cell, (text) => {
        const records = parse(toRosterCsv({ columns: ["x"], rows: [{ x: text }], footer: {} } as never), { bom: true, relax_column_count: true }) as string[][];
        const written = records[4]?.[0] ?? "";
        if (/^[=+\-@\t\r]/.test(written)) expect(written).toMatch(/^="\d+"$/);
        const original = written.startsWith("'") ? written.slice(1) : /^="\d+"$/.test(written) ? written.slice(2, -1) : written;
        expect(original).toBe(text);
      }),
    );
  });

  it("writes a cell that is neither text nor a finite number empty, and a finite number as its digits", () => {
    const columns = ["a", "b", "c", "d", "e", "f", "g"];
    const rows = [{ a: 12.5, b: null, c: Number.NaN, d: Number.POSITIVE_INFINITY, e: { x: 1 }, f: true, g: "-3" }];
    expect(toRosterCsv({ columns, rows, footer: { 合计人数: 1, 合计金额: "12.50" } } as never).split("\r\n").slice(3, 5)).toEqual(["a,b,c,d,e,f,g", "12.5,,,,,,'-3"]);
  });

  it("heads a column that is not text with its number but leaves its cells empty", () => {
    const rows = [{ a: "x", 5: "y" }];
    expect(toRosterCsv({ columns: ["a", 5], rows, footer: { 合计人数: "1", 合计金额: 80, 制表人: 7 } } as never).split("\r\n")).toEqual([
      "\uFEFF,",
      "单位,",
      "填表时间,",
      "a,5",
      "x,",
      "合计人数,1",
      "合计金额,0.00",
      "制表人,",
      "审核人,",
      "负责人,",
      "",
    ]);
  });

  it.each([[[]], ["序号"], [null]])("writes the annex3 form's labels for the columns %j", (columns) => {
    const csv = toRosterCsv({ columns, rows: "none", footer: null, header: "none" } as never);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFF,,,,,,,,,",
      "单位,,,,,,,,,",
      "填表时间,,,,,,,,,",
      ROSTER_COLUMNS.join(","),
      "合计人数,0,,,,,,,,",
      "合计金额,0.00,,,,,,,,",
      "制表人,,,,,,,,,",
      "审核人,,,,,,,,,",
      "负责人,,,,,,,,,",
      "",
    ]);
  });

  it("pads the form's lines to a single column when there is only one", () => {
    const csv = toRosterCsv({ title: "花名册", header: { 单位: "金江村", 填表时间: "2025年7月1日" }, columns: ["序号"], rows: [], footer: {} } as never);
    expect(csv.split("\r\n").slice(0, 3)).toEqual(["\uFEFF花名册", "单位,金江村（盖章）", "填表时间,2025年7月1日"]);
  });

  it("never throws on arbitrary JSON and always writes the header and footer", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const csv = toRosterCsv(input as never);
        expect(csv.startsWith("\uFEFF")).toBe(true);
        expect(csv).toContain("合计金额,");
        expect(csv).toContain("负责人,");
      }),
    );
  });
});
