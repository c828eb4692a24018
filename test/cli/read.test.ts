// How `decide` cuts its input into lines: by bytes, in chunks that may split a character.
import { describe, expect, it } from "vitest";
import { LineSplitter, membersOf } from "../../src/cli/read.js";
import { width } from "../../src/cli/table.js";

describe("LineSplitter", () => {
  it("keeps a Chinese character whole when a chunk ends inside it", () => {
    const bytes = Buffer.from('{"name":"张三"}\n{"name":"李四"}', "utf8");
    const cut = bytes.indexOf(Buffer.from("三", "utf8")) + 1; // one byte into 三 (3 bytes)
    const splitter = new LineSplitter();
    const lines = [...splitter.push(bytes.subarray(0, cut)), ...splitter.push(bytes.subarray(cut)), ...splitter.end()];
    expect(lines).toEqual(['{"name":"张三"}', '{"name":"李四"}']);
  });

  it("drops a leading byte-order mark and gives no empty last line after a final newline", () => {
    const splitter = new LineSplitter();
    expect([...splitter.push(Buffer.from("\ufeffa\r\nb\n", "utf8")), ...splitter.end()]).toEqual(["a\r", "b"]);
  });
});

describe("membersOf", () => {
  it("reads a JSON array, or JSON Lines keeping a bad line as its text", () => {
    const bad: number[] = [];
    expect(membersOf(' [{"id":"1"}]', (line) => bad.push(line))).toEqual([{ id: "1" }]);
    expect(membersOf('{"id":"1"}\n\nnot json\n', (line) => bad.push(line))).toEqual([{ id: "1" }, "not json"]);
    expect(bad).toEqual([3]);
  });
});

describe("width", () => {
  it("counts a Chinese character or full-width sign as two columns", () => {
    expect(width("2025")).toBe(4);
    expect(width("张三（无）")).toBe(10);
  });
});
