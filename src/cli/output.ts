import { once } from "node:events";

const FLUSH_AT = 1 << 16;

/**
 * Collects text for stdout and writes it in blocks of about 64 kB, waiting when the reader is
 * slower than the writer, so a large roster never piles up in memory.
 */
export class Output {
  private buffer = "";

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {}

  /** Adds text; call `flush` now and then (after each input chunk) to let it out. */
  write(text: string): void {
    this.buffer += text;
  }

  /** Writes what is collected once it is large enough (or always, with `force`), respecting backpressure. */
  async flush(force = false): Promise<void> {
    if (this.buffer.length === 0 || (!force && this.buffer.length < FLUSH_AT)) return;
    const text = this.buffer;
    this.buffer = "";
    if (!this.stream.write(text)) await once(this.stream, "drain");
  }
}
