// The command line `collective-pension-subsidy`: a thin adapter over the package's public API
// (imported from ../index.js, which the build points at the published dist/index.js), so Java,
// Python or shell hosts can apply the rules by starting a process. Not imported by src/index.ts.
import { PACKAGE_VERSION, RULES_VERSION } from "../index.js";
import { checkApplicationCommand, checkPlanCommand } from "./check.js";
import { decide } from "./decide.js";
import { EXIT, InputError, UsageError } from "./errors.js";
import { CHECK_APPLICATION_HELP, CHECK_PLAN_HELP, DECIDE_HELP, MAIN_HELP, ROSTER_CSV_HELP } from "./help.js";
import { rosterCsvCommand } from "./rosterCsv.js";

const COMMANDS = {
  decide: { run: decide, help: DECIDE_HELP },
  "check-plan": { run: checkPlanCommand, help: CHECK_PLAN_HELP },
  "check-application": { run: checkApplicationCommand, help: CHECK_APPLICATION_HELP },
  "roster-csv": { run: rosterCsvCommand, help: ROSTER_CSV_HELP },
} as const;

type CommandName = keyof typeof COMMANDS;

/** Runs the command line and returns its exit code; never throws. */
export async function main(args: readonly string[]): Promise<number> {
  const [first, ...rest] = args;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    (first === undefined ? process.stderr : process.stdout).write(MAIN_HELP);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    process.stdout.write(`${PACKAGE_VERSION}\n${RULES_VERSION}\n`);
    return EXIT.ok;
  }
  if (!Object.hasOwn(COMMANDS, first)) return usage(`unknown command "${first}"`);
  const command = COMMANDS[first as CommandName];
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message, first);
    // parseArgs reports an unknown option or a missing value as a TypeError with an ERR_PARSE_ARGS_ code
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      return usage((error as Error).message, first);
    }
    if (error instanceof InputError) {
      process.stderr.write(`collective-pension-subsidy ${first}: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}

function usage(message: string, command?: string): number {
  const help = command === undefined ? "collective-pension-subsidy --help" : `collective-pension-subsidy ${command} --help`;
  process.stderr.write(`collective-pension-subsidy${command === undefined ? "" : ` ${command}`}: ${message}\n用法见 / see: ${help}\n`);
  return EXIT.usage;
}

// stdout closed early by the reader (e.g. `| head`): stop quietly, as other command-line tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(EXIT.ok);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`collective-pension-subsidy: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
