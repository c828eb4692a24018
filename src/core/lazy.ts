import { globalRegistry, type ZodType } from "zod";

/** Each lazy schema's builder, by the proxy {@link lazySchema} returned. */
const builders = new WeakMap<object, () => object>();

/** How many values {@link once} has built in this process (tests check that importing builds none). */
let builds = 0;

/**
 * Bumped by {@link forgetLazyValues}: a value built in an earlier generation is built again. Only
 * mutation runs use it — Stryker switches a mutant on inside one process, and a schema built
 * before that would hide the mutant from every test.
 */
let generation = 0;

/**
 * Internal: how many lazily built values have been built so far in this process. Importing the
 * package builds none; each is built on its first use, once.
 */
export function lazyBuilds(): number {
  return builds;
}

/**
 * Internal: a value built on first use and kept. `build` runs at most once (if it throws, the
 * next call tries again; mutation runs rebuild after {@link forgetLazyValues}); importing the
 * module that declares it runs nothing.
 */
export function once<T>(build: () => T): () => T {
  let value: T;
  let builtIn = -1;
  return () => {
    if (builtIn !== generation) {
      value = build();
      builtIn = generation;
      builds++;
    }
    return value;
  };
}

/**
 * Internal, for mutation runs only (test/helpers/mutation-setup.ts): every value {@link once} built
 * is built again on its next use, so a schema reflects the mutant Stryker has just switched on. Not
 * exported from the package; nothing in the library calls it.
 */
export function forgetLazyValues(): void {
  generation++;
}

/**
 * Internal: a zod schema built on first use, typed and behaving as the schema `build` returns.
 *
 * The value is a `Proxy` over the schema, created at import without building anything; the first
 * access to any of its properties (`safeParse`, `_zod`, `shape`, `instanceof` …) builds the schema
 * and every access after that is forwarded to it. It is a real zod schema of the host's zod:
 * zod's methods are closures over the schema they were created on, so `.parse`, `.optional()`,
 * `.extend()`, `z.toJSONSchema`, `instanceof z.ZodType` and composition into other schemas work
 * as on the schema itself. Metadata (`.meta()`, `.describe()`) registered for the schema is
 * registered for the proxy too, so a JSON Schema made from either is the same.
 */
export function lazySchema<T extends object>(build: () => T): T {
  const schema = once(() => {
    const built = build();
    const meta = globalRegistry.get(built as unknown as ZodType);
    if (meta !== undefined) globalRegistry.add(proxy as unknown as ZodType, meta);
    return built;
  });
  // zod's JSON Schema conversion keys what it has seen by the schema object it was handed, and a
  // schema's own converter is a closure over the built schema: handed the proxy, it would look the
  // built schema up and not find it. The proxy's internals therefore hide that converter, and zod
  // falls back to its converter for the schema's type, called with the proxy.
  const internals = once(() => {
    const own = (schema() as unknown as { _zod: object })._zod;
    return Object.create(own, { processJSONSchema: { value: undefined } }) as object;
  });
  // The target only satisfies the Proxy invariants: a property the schema holds as
  // non-configurable (zod's `_zod`) is copied onto it before it is reported.
  const target = {} as T;
  const proxy = new Proxy(target, {
    get: (_target, key) => (key === "_zod" ? internals() : Reflect.get(schema(), key)),
    set: (_target, key, value) => Reflect.set(schema(), key, value),
    has: (_target, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_target, key) => {
      const own = Reflect.getOwnPropertyDescriptor(schema(), key);
      const descriptor = key === "_zod" && own !== undefined ? { ...own, value: internals() } : own;
      if (descriptor !== undefined && descriptor.configurable !== true) Reflect.defineProperty(target, key, descriptor);
      return descriptor;
    },
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
  builders.set(proxy, schema);
  return proxy;
}

/**
 * Internal: the schema itself behind a {@link lazySchema} (built now if it was not yet), or the
 * value unchanged if it is not one. For a schema that refers to itself through `z.lazy`, whose
 * identity zod's JSON Schema output depends on.
 */
export function builtSchema<T extends object>(schema: T): T {
  const build = builders.get(schema);
  return build === undefined ? schema : (build() as T);
}
