import { fstatSync, statSync } from "node:fs";
import { isStdin } from "./read.js";

const EVERY_MS = 1000;

/**
 * A progress line on stderr (rows, rate, ETA) while a roster is read; only when stderr is a
 * terminal, so pipes and log files stay quiet. The ETA comes from bytes read against the input's
 * size, when the input is a file (named, or redirected to stdin).
 */
export class Progress {
  private readonly enabled: boolean;
  private readonly started = performance.now();
  private last = this.started;
  private readonly size: number | undefined;

  constructor(file: string | undefined, private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = stream.isTTY === true;
    this.size = this.enabled ? sizeOf(file) : undefined;
  }

  /** Shows the line again if a second has passed since it was last shown. */
  update(rows: number, bytes: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < EVERY_MS) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = rows / seconds;
    let line = `decide: ${rows.toLocaleString("en")} rows, ${Math.round(rate).toLocaleString("en")} rows/s`;
    if (this.size !== undefined && bytes > 0 && this.size >= bytes) {
      const remaining = (seconds * (this.size - bytes)) / bytes;
      line += `, ${Math.floor((100 * bytes) / this.size)} %, ETA ${Math.ceil(remaining)} s`;
    }
    this.stream.write(`\r\x1b[K${line}`);
  }

  /** Clears the line and, on a terminal, says what was done. */
  done(summary: string): void {
    if (!this.enabled) return;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    this.stream.write(`\r\x1b[K${summary} (${seconds} s)\n`);
  }
}

function sizeOf(file: string | undefined): number | undefined {
  try {
    const stat = isStdin(file) ? fstatSync(0) : statSync(file as string);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}
