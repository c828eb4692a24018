/**
 * Appends every item of `items` to `target`, one at a time, and returns `target`.
 *
 * `target.push(...items)` passes each item as an argument, and V8 refuses a call of more than
 * about a hundred thousand arguments (`RangeError: Maximum call stack size exceeded`); a list of
 * findings or rows from a host can be longer than that. This loop has no such limit. Spreading a
 * list into a call is forbidden in `src/` by the lint rule in eslint.config.js.
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let index = 0; index < items.length; index++) target.push(items[index] as T);
  return target;
}
