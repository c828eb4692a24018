import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const ZONES = ["UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"];

function snapshotIn(zone: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", "test/determinism/snapshot.ts"], {
    env: { ...process.env, TZ: zone },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe("determinism across time zones", () => {
  it("gives byte-identical JSON under UTC, Asia/Shanghai, America/Los_Angeles and Pacific/Kiritimati", () => {
    const outputs = ZONES.map(snapshotIn);
    expect(outputs[0]?.length).toBeGreaterThan(1000);
    for (const output of outputs.slice(1)) expect(output).toBe(outputs[0]);
  });
});
