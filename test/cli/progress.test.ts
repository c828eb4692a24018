// The progress line of `decide`: on a terminal only, at most once a second, with an ETA when the
// input's size is known.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Progress } from "../../src/cli/progress.js";

function stderr(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("Progress", () => {
  it("shows rows, rate, share and ETA on a terminal, at most once a second", () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const dir = mkdtempSync(join(tmpdir(), "cps-progress-"));
    try {
      const file = join(dir, "roster.jsonl");
      writeFileSync(file, "x".repeat(1000));
      const { stream, written } = stderr(true);
      const progress = new Progress(file, stream);
      progress.update(10, 100);
      expect(written).toEqual([]);
      vi.advanceTimersByTime(2000);
      progress.update(20_000, 250);
      expect(written).toEqual(["\r\x1b[Kdecide: 20,000 rows, 10,000 rows/s, 25 %, ETA 6 s"]);
      progress.update(30_000, 500);
      expect(written).toHaveLength(1);
      progress.done("decide: 40000 rows");
      expect(written[1]).toBe("\r\x1b[Kdecide: 40000 rows (2.0 s)\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("shows no ETA when the input's size is unknown", () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const { stream, written } = stderr(true);
    const progress = new Progress(join(tmpdir(), "cps-progress-absent.jsonl"), stream);
    vi.advanceTimersByTime(1000);
    progress.update(5, 50);
    expect(written).toEqual(["\r\x1b[Kdecide: 5 rows, 5 rows/s"]);
  });

  it("writes nothing when stderr is not a terminal", () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const { stream, written } = stderr(false);
    const progress = new Progress(undefined, stream);
    vi.advanceTimersByTime(5000);
    progress.update(5, 50);
    progress.done("decide: 5 rows");
    expect(written).toEqual([]);
  });
});
