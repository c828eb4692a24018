import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { builtSchema, lazyBuilds, lazySchema, once } from "../../src/core/lazy.js";

const root = join(import.meta.dirname, "..", "..");

describe("once", () => {
  it("builds nothing until first asked, then builds once and keeps the value", () => {
    let builds = 0;
    const value = once(() => ({ built: ++builds }));
    expect(builds).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(builds).toBe(1);
  });

  it("tries again after a build that threw", () => {
    let calls = 0;
    const value = once(() => {
      calls++;
      if (calls === 1) throw new Error("first");
      return calls;
    });
    expect(() => value()).toThrow("first");
    expect(value()).toBe(2);
    expect(value()).toBe(2);
  });

  it("counts what it has built", () => {
    const before = lazyBuilds();
    const value = once(() => 1);
    expect(lazyBuilds()).toBe(before);
    value();
    value();
    expect(lazyBuilds()).toBe(before + 1);
  });
});

describe("lazySchema", () => {
  it("builds the schema on first use only", () => {
    let builds = 0;
    const Year = lazySchema(() => {
      builds++;
      return z.number().int().min(2024);
    });
    expect(builds).toBe(0);
    expect(Year.safeParse(2025).success).toBe(true);
    expect(Year.safeParse(2023).success).toBe(false);
    expect(Year.parse(2030)).toBe(2030);
    expect(builds).toBe(1);
  });

  it("is a zod schema of the host's zod: instanceof, composition, methods", () => {
    const Name = lazySchema(() => z.string().min(1));
    expect(Name instanceof z.ZodType).toBe(true);
    expect(Name instanceof z.ZodString).toBe(true);
    const Person = z.object({ name: Name, nickname: Name.optional() });
    expect(Person.safeParse({ name: "a" }).success).toBe(true);
    expect(Person.safeParse({ name: "" }).success).toBe(false);
    expect(z.array(Name).safeParse(["a", "b"]).success).toBe(true);
    expect(Name.safeParse(1).error?.issues[0]?.code).toBe("invalid_type");
  });

  it("gives the same JSON Schema as the schema it builds, metadata and pipes included", () => {
    const make = () => z.union([z.number(), z.string()]).transform(Number).meta({ description: "a number" });
    const Lazy = lazySchema(make);
    const Eager = make();
    expect(z.toJSONSchema(Lazy, { io: "input" })).toEqual(z.toJSONSchema(Eager, { io: "input" }));
    const Date = lazySchema(() => z.string().meta({ description: "a date", format: "date" }));
    expect(z.toJSONSchema(z.object({ on: Date, off: Date.optional() }))).toEqual(
      z.toJSONSchema(z.object({ on: z.string().meta({ description: "a date", format: "date" }), off: z.string().meta({ description: "a date", format: "date" }).optional() })),
    );
  });

  it("reports its properties as the built schema's, within the Proxy invariants", () => {
    const Flag = lazySchema(() => z.boolean());
    expect(Object.getOwnPropertyDescriptor(Flag, "_zod")?.value).toBe((Flag as unknown as { _zod: unknown })._zod);
    expect(Reflect.ownKeys(Flag)).toEqual(Reflect.ownKeys(builtSchema(Flag)));
    expect("safeParse" in Flag).toBe(true);
    expect(builtSchema(Flag)).not.toBe(Flag);
    expect(builtSchema(Flag).safeParse(true).success).toBe(true);
    expect(Object.getOwnPropertyDescriptor(Flag, "no such key")).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(Flag, "safeParse")?.configurable).toBe(true);
    const plain = z.boolean();
    expect(builtSchema(plain)).toBe(plain);
  });

  it("forwards writes, definitions and deletions to the built schema", () => {
    const Text = lazySchema(() => z.string());
    const built = builtSchema(Text) as unknown as { [key: string]: unknown };
    (Text as unknown as { [key: string]: unknown })["note"] = 1;
    expect(built["note"]).toBe(1);
    Object.defineProperty(Text, "other", { value: 2, configurable: true });
    expect(built["other"]).toBe(2);
    expect(delete (Text as unknown as { [key: string]: unknown })["note"]).toBe(true);
    expect("note" in built).toBe(false);
  });

  it("builds nothing when the package is imported", () => {
    const code = `const lazy = await import(${JSON.stringify(join(root, "src", "core", "lazy.ts"))}); ` +
      `await import(${JSON.stringify(join(root, "src", "index.ts"))}); console.log(lazy.lazyBuilds());`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: root, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("0");
  });
});

describe("forgetLazyValues (mutation runs only)", () => {
  it("makes every value built so far build again on its next use, once", async () => {
    const { forgetLazyValues } = await import("../../src/core/lazy.js");
    let builds = 0;
    const value = once(() => ({ built: ++builds }));
    const first = value();
    forgetLazyValues();
    expect(builds).toBe(1);
    const second = value();
    expect(second).not.toBe(first);
    expect(value()).toBe(second);
    expect(builds).toBe(2);
  });

  it("rebuilds a lazy schema from its definition", async () => {
    const { forgetLazyValues } = await import("../../src/core/lazy.js");
    let limit = 3;
    const schema = lazySchema(() => z.string().max(limit));
    expect(schema.safeParse("abcd").success).toBe(false);
    limit = 5;
    expect(schema.safeParse("abcd").success).toBe(false);
    forgetLazyValues();
    expect(schema.safeParse("abcd").success).toBe(true);
  });
});
