import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { InputError } from "./errors.js";

/** `-` (or no file) means standard input. */
export function isStdin(file: string | undefined): boolean {
  return file === undefined || file === "-";
}

/** A readable stream of the named file, or stdin; opening errors surface on the first read. */
export function openInput(file: string | undefined): Readable {
  return isStdin(file) ? process.stdin : createReadStream(file as string, { highWaterMark: 1 << 20 });
}

/** What a file or stdin holds, as text, with a leading byte-order mark removed. */
export async function readText(file: string | undefined, what: string): Promise<string> {
  try {
    let text: string;
    if (isStdin(file)) {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      text = Buffer.concat(chunks).toString("utf8");
    } else {
      text = await readFile(file as string, "utf8");
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw new InputError(`${what}: cannot read ${isStdin(file) ? "standard input" : file} (${describe(error)})`);
  }
}

/** The JSON a file or stdin holds; an InputError naming `what` when it is not JSON. */
export async function readJson(file: string | undefined, what: string): Promise<unknown> {
  const text = await readText(file, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${what}: ${isStdin(file) ? "standard input" : file} is not valid JSON (${describe(error)})`);
  }
}

/**
 * Members from a roster file given whole: a JSON array, or JSON Lines (one member a line, blank
 * lines skipped, a line that is not JSON kept as its text so the library decides it `invalid`).
 */
export function membersOf(text: string, onMalformed: (line: number, problem: string) => void): unknown[] {
  if (text.trimStart().startsWith("[")) {
    const value = JSON.parse(text) as unknown;
    if (Array.isArray(value)) return value;
  }
  const members: unknown[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = trimLine(lines[index] as string);
    if (line === "") continue;
    members.push(parseLine(line, index + 1, onMalformed));
  }
  return members;
}

/** A line without its carriage return and surrounding blanks. */
export function trimLine(line: string): string {
  return line.trim();
}

/** The JSON of one line, or the line's text when it is not JSON (reported to `onMalformed`). */
export function parseLine(line: string, number: number, onMalformed: (line: number, problem: string) => void): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch (error) {
    onMalformed(number, describe(error));
    return line;
  }
}

/** An error's message, for a one-line report. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Splits a byte stream into lines without holding more than one chunk and one partial line.
 * `push` hands back the complete lines of a chunk; `end` the last line when the input does not
 * end with a newline. A leading byte-order mark is dropped.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder("utf8");
  private rest = "";
  private first = true;

  push(chunk: Buffer): string[] {
    let text = this.rest + this.decoder.write(chunk);
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const lines = text.split("\n");
    this.rest = lines.pop() as string;
    return lines;
  }

  end(): string[] {
    const last = this.rest + this.decoder.end();
    this.rest = "";
    return last === "" ? [] : [last];
  }
}
