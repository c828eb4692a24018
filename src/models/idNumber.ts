import * as z from "zod";
import { isRealDate } from "../core/dates.js";
import { lazySchema } from "../core/lazy.js";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = "10X98765432";
const ID_SHAPE = /^\d{17}[\dX]$/;

/** Why a resident ID number is invalid, or undefined when it is valid (GB 11643-1999). */
export function idNumberProblem(id: string): "format" | "birth_date" | "check_character" | undefined {
  if (!ID_SHAPE.test(id)) return "format";
  const year = Number(id.slice(6, 10));
  if (year < 1800 || !isRealDate(year, Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return "birth_date";
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK_CHARACTERS[sum % 11] === id[17] ? undefined : "check_character";
}

/**
 * An 18-character resident ID number (公民身份号码, GB 11643-1999): a real birth date and a
 * correct check character. A lower-case `x` is normalised to `X`.
 */
export const IdNumberSchema = lazySchema(() => z
  .string()
  .transform((raw, ctx) => {
    const id = raw.length === 18 && raw.endsWith("x") ? `${raw.slice(0, 17)}X` : raw;
    const problem = idNumberProblem(id);
    if (problem !== undefined) {
      ctx.addIssue({ code: "custom", message: `invalid ID number (${problem})`, params: { finding: "invalid_id_number", reason: problem }, input: raw });
      return z.NEVER;
    }
    return id;
  })
  .meta({ description: "18-character resident ID number (GB 11643-1999).", pattern: "^\\d{17}[\\dXx]$" }));
