// The command line's exit codes and the two ways it stops early: a usage error (the command
// line itself is wrong, nothing was read) and an input error (a named file is missing or is not
// JSON). Everything else is an answer, with its own exit code.

/** Exit codes a host can branch on; documented in `--help` and docs/integration.md. */
export const EXIT = {
  /** every member granted; the plan or application compliant; the roster form has no finding */
  ok: 0,
  /** some member denied; the plan or application not compliant */
  refused: 1,
  /** some input could not be read: a file missing or not JSON, a line not JSON, a decision `invalid`, an `invalid_input` finding */
  invalid: 2,
  /** the command line is wrong (unknown command or option, a required flag missing); nothing was read */
  usage: 64,
  /** a bug in the command line itself (EX_SOFTWARE); the message is on stderr */
  internal: 70,
} as const;

/** The command line is wrong: exit 64 with the message and a pointer to `--help`. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** A file named on the command line (or stdin) cannot be read as JSON: exit 2. */
export class InputError extends Error {
  override readonly name = "InputError";
}
