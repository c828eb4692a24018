// Data shared by the size tests, generated once per file: valid members with distinct IDs, and
// cheap unreadable rows, at the limits of src/models/limits.ts.
import type { MemberInput } from "../../src/index.js";
import { LIMITS } from "../../src/models/limits.js";
import { idNumber } from "../../bench/roster.js";

let members: MemberInput[] | undefined;

/** LIMITS.rosterRows valid general members paying 300 in 2025 (ladder rung → 80 under basePlan), each with its own ID. */
export function validMembers(): readonly MemberInput[] {
  members ??= Array.from({ length: LIMITS.rosterRows }, (_, n) => ({
    id: idNumber(n),
    name: "张三",
    collectiveMember: true,
    enrolled: true,
    category: "general" as const,
    contributions: [{ period: 2025, kind: "regular" as const, tier: 300, selfPaid: 300 }],
  }));
  return members;
}

/** `count` items that are all `value` (the same object each time: nothing is copied). */
export function repeated<T>(count: number, value: T): T[] {
  return new Array<T>(count).fill(value);
}
