/**
 * Input types are deeply read-only: the library never mutates what a host passes, and a host's
 * `as const` data or read-only arrays are accepted as they are.
 */
export type ReadonlyDeep<T> = T extends (infer U)[]
  ? readonly ReadonlyDeep<U>[]
  : T extends readonly (infer U)[]
    ? readonly ReadonlyDeep<U>[]
    : T extends object
      ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
      : T;
