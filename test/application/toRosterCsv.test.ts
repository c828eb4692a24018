import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROSTER_COLUMNS, toRosterCsv, toRosterRows, type ApplicationInput } from "../../src/index.js";
import { generalMember, ID_A, ID_B, ID_C, ID_D } from "../helpers/samples.js";
import { sampleApplication } from "./fixtures.js";

/** What a spreadsheet shows for a cell: a leading formula character is kept as text behind a `'`. */
function shown(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function applicationWithNames(names: readonly string[]): ApplicationInput {
  const ids = [ID_A, ID_B, ID_C, ID_D];
  return sampleApplication({ roster: names.map((name, i) => ({ member: { ...generalMember(300, ids[i % ids.length]), name }, amount: "80.00" })) });
}

describe("toRosterCsv", () => {
  it("starts with a byte order mark and ends every line with CRLF", () => {
    const csv = toRosterCsv(toRosterRows(sampleApplication()));
    expect(csv.startsWith("\uFEFF序号,姓名,公民身份号码,人员类别,缴费年度,个人缴费档次,个人缴纳金额,政府代缴金额,集体补助金额,备注\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFF序号,姓名,公民身份号码,人员类别,缴费年度,个人缴费档次,个人缴纳金额,政府代缴金额,集体补助金额,备注",
      `1,张三,${ID_A},一般成员,2025,300.00,300.00,0.00,80.00,`,
      `2,李四,${ID_B},低保对象,2025,100.00,0.00,100.00,100.00,`,
      `3,王五,${ID_C},一般成员,2025,1000.00,1000.00,0.00,300.00,`,
      "合计人数,3,,,,,,,,",
      "合计金额,480.00,,,,,,,,",
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
    ["王 =五", "王 =五"],
  ])("writes the name %j as %j", (name, cell) => {
    const csv = toRosterCsv(toRosterRows(applicationWithNames([name])));
    expect(csv).toContain(`\r\n1,${cell},${ID_A},`);
  });

  it("round-trips through a standard CSV parser with names containing commas, quotes, newlines and a leading =", () => {
    const names = ["王,五", '李"四"', "张\n三", "=cmd|' /C calc'!A0"];
    const sheet = toRosterRows(applicationWithNames(names));
    const records = parse(toRosterCsv(sheet), { bom: true }) as string[][];
    expect(records[0]).toEqual([...ROSTER_COLUMNS]);
    expect(records.slice(1, -2)).toEqual(sheet.rows.map((row) => ROSTER_COLUMNS.map((column) => shown(row[column]))));
    expect(records.slice(1, -2).map((record) => record[1])).toEqual(["王,五", '李"四"', "张\n三", "'=cmd|' /C calc'!A0"]);
    expect(records.slice(-2)).toEqual([
      ["合计人数", "4", "", "", "", "", "", "", "", ""],
      ["合计金额", "320.00", "", "", "", "", "", "", "", ""],
    ]);
  });

  it("round-trips any names, each cell shown as text", () => {
    const name = fc.string({ unit: fc.constantFrom("a", "王", ",", '"', "\r", "\n", "=", "+", "-", "@", "\t", " ", "'"), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), (names) => {
        const sheet = toRosterRows(applicationWithNames(names));
        const records = parse(toRosterCsv(sheet), { bom: true }) as string[][];
        expect(records).toHaveLength(names.length + 3);
        expect(records.slice(1, -2).map((record) => record[1])).toEqual(names.map(shown));
      }),
    );
  });

  it("writes a cell that is neither text nor a finite number empty, and a finite number as its digits", () => {
    const columns = ["a", "b", "c", "d", "e", "f", "g"];
    const rows = [{ a: 12.5, b: null, c: Number.NaN, d: Number.POSITIVE_INFINITY, e: { x: 1 }, f: true, g: "-3" }];
    expect(toRosterCsv({ columns, rows, footer: { 合计人数: 1, 合计金额: "12.50" } } as never).split("\r\n")).toEqual([
      "\uFEFFa,b,c,d,e,f,g",
      "12.5,,,,,,'-3",
      "合计人数,1,,,,,",
      "合计金额,12.50,,,,,",
      "",
    ]);
  });

  it("heads a column that is not text with its number but leaves its cells empty", () => {
    const rows = [{ a: "x", 5: "y" }];
    expect(toRosterCsv({ columns: ["a", 5], rows, footer: { 合计人数: "1", 合计金额: 80 } } as never).split("\r\n")).toEqual([
      "\uFEFFa,5",
      "x,",
      "合计人数,1",
      "合计金额,0.00",
      "",
    ]);
  });

  it.each([[[]], ["序号"], [null]])("writes the annex3 header for the columns %j", (columns) => {
    const csv = toRosterCsv({ columns, rows: "none", footer: null } as never);
    expect(csv.split("\r\n")).toEqual([`\uFEFF${ROSTER_COLUMNS.join(",")}`, "合计人数,0,,,,,,,,", "合计金额,0.00,,,,,,,,", ""]);
  });

  it("never throws on arbitrary JSON and always writes the header and footer", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const csv = toRosterCsv(input as never);
        expect(csv.startsWith("\uFEFF")).toBe(true);
        expect(csv).toContain("合计金额,");
      }),
    );
  });
});
