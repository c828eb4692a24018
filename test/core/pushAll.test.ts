import { describe, expect, it } from "vitest";
import { pushAll } from "../../src/core/pushAll.js";

describe("pushAll", () => {
  it("appends every item in order and returns the target", () => {
    const target = [1];
    expect(pushAll(target, [2, 3])).toBe(target);
    expect(target).toEqual([1, 2, 3]);
  });

  it("appends more items than a call may take arguments", () => {
    const items = Array.from({ length: 300_000 }, (_, index) => index);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const target: number[] = [];
    pushAll(target, items);
    expect(target).toHaveLength(300_000);
    expect(target[299_999]).toBe(299_999);
  });
});
