// Replays a conformance fixture (test/fixtures/*.json) the way a host in another language would:
// call the named function with the fixture's arguments, after turning each `policy` given as
// createPolicy's input into a policy; compare the JSON of the result with `expected`.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import {
  accountCredit,
  addWorkingDays,
  checkApplication,
  checkPlan,
  compareScenarios,
  computeRoster,
  computeRosterStream,
  computeSubsidy,
  countWorkingDays,
  createPolicy,
  findDuplicateBeneficiaries,
  isWorkingDay,
  jsonSchemas,
  projectPension,
  reconcile,
  toRosterCsv,
  toRosterRows,
  transition,
  type CreatePolicyOptions,
  type JsonSchemaName,
  type MemberInput,
  type PlanInput,
  type ComputeSubsidyOptions,
  type RosterResult,
} from "../../src/index.js";

/** A conformance fixture as stored in test/fixtures/<name>.json. */
export interface Fixture {
  readonly name: string;
  readonly description: string;
  readonly function: FunctionName;
  /** true when every argument with a schema (see ARGUMENT_SCHEMAS) is valid against it */
  readonly schemaValid: boolean;
  readonly arguments: readonly unknown[];
  readonly expected: unknown;
}

type AnyFunction = (...args: never[]) => unknown;

/**
 * computeRosterStream as a JSON host sees it: the stream read to its end, then its totals,
 * findings and rulesVersion — a RosterResult, the same as computeRoster's.
 */
function drainRosterStream(members: Iterable<MemberInput>, plan: PlanInput, options: ComputeSubsidyOptions): RosterResult {
  const stream = computeRosterStream(members, plan, options);
  const decisions = [...stream];
  return { decisions, totals: stream.totals(), findings: stream.findings, rulesVersion: stream.rulesVersion };
}

/** The public functions a fixture may call, by name. */
export const FUNCTIONS = {
  computeSubsidy,
  computeRoster,
  computeRosterStream: drainRosterStream,
  createPolicy,
  checkPlan,
  isWorkingDay,
  addWorkingDays,
  countWorkingDays,
  checkApplication,
  findDuplicateBeneficiaries,
  transition,
  reconcile,
  toRosterRows,
  toRosterCsv,
  accountCredit,
  projectPension,
  compareScenarios,
} as const satisfies Record<string, AnyFunction>;

/** A function a fixture may call. */
export type FunctionName = keyof typeof FUNCTIONS;

/** An argument's schema: a name of jsonSchemas(), an array of it, or none. */
export type ArgumentSchema = JsonSchemaName | { readonly arrayOf: JsonSchemaName } | null;

/** The schema of each argument, by function; a fixture's arguments are checked against them. */
export const ARGUMENT_SCHEMAS: { readonly [name in FunctionName]: readonly ArgumentSchema[] } = {
  computeSubsidy: ["Member", "Plan", "SubsidyOptions"],
  computeRoster: [{ arrayOf: "Member" }, "Plan", "SubsidyOptions"],
  computeRosterStream: [{ arrayOf: "Member" }, "Plan", "SubsidyOptions"],
  createPolicy: ["PolicyOptions"],
  checkPlan: ["Plan", "PlanCheckOptions"],
  isWorkingDay: [null, "CalendarOptions"],
  addWorkingDays: [null, null, "CalendarOptions"],
  countWorkingDays: [null, null, "CalendarOptions"],
  checkApplication: ["Application", "ApplicationCheckOptions"],
  findDuplicateBeneficiaries: [null, "ApplicationCheckOptions"],
  transition: ["WorkflowState", null],
  reconcile: [null],
  toRosterRows: ["Application"],
  toRosterCsv: ["RosterRows"],
  accountCredit: ["Member", null, "AccountCreditOptions"],
  projectPension: ["ProjectPensionOptions"],
  compareScenarios: ["CreditScenario", "CreditScenario", "ProjectionAssumptions"],
};

/** The schema of each function's result (toRosterCsv returns text). */
export const RESULT_SCHEMAS: { readonly [name in FunctionName]: JsonSchemaName | null } = {
  computeSubsidy: "SubsidyDecision",
  computeRoster: "RosterResult",
  computeRosterStream: "RosterResult",
  createPolicy: "Policy",
  checkPlan: "PlanReport",
  isWorkingDay: "CalendarResult",
  addWorkingDays: "CalendarResult",
  countWorkingDays: "CalendarResult",
  checkApplication: "ApplicationReport",
  findDuplicateBeneficiaries: "DuplicateBeneficiariesResult",
  transition: "TransitionResult",
  reconcile: "ReconcileResult",
  toRosterRows: "RosterRows",
  toRosterCsv: null,
  accountCredit: "AccountCreditResult",
  projectPension: "ProjectPensionResult",
  compareScenarios: "CompareScenariosResult",
};

function isRecord(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The arguments as the function takes them: an argument's `policy` is createPolicy's input in a fixture. */
export function callArguments(args: readonly unknown[]): unknown[] {
  return args.map((arg) => (isRecord(arg) && "policy" in arg ? { ...arg, policy: createPolicy(arg["policy"] as CreatePolicyOptions) } : arg));
}

/** Calls the fixture's function and returns its result as JSON would carry it. */
export function replay(name: FunctionName, args: readonly unknown[]): unknown {
  const fn = FUNCTIONS[name] as unknown as (...values: unknown[]) => unknown;
  return JSON.parse(JSON.stringify(fn(...callArguments(args)))) as unknown;
}

/** Every finding code in a result, nested ones included (a plan's findings inside plan_non_compliant), sorted and unique. */
export function findingCodes(value: unknown): string[] {
  const codes = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      if (typeof node["code"] === "string" && typeof node["severity"] === "string" && typeof node["clause"] === "string") codes.add(node["code"]);
      Object.values(node).forEach(visit);
    }
  };
  visit(value);
  return [...codes].sort();
}

/** A validator with every schema of jsonSchemas(), formats included (date), strict about keywords. */
export function schemaValidator(): { validate: (name: JsonSchemaName, value: unknown) => string[] } {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  const schemas = jsonSchemas();
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  return {
    validate(name, value) {
      const check = ajv.getSchema(schemas[name].$id);
      if (check === undefined) throw new Error(`no schema ${name}`);
      return check(value) ? [] : (check.errors ?? []).map((error) => `${name}${error.instancePath} ${error.message ?? ""}`);
    },
  };
}

/** The schema errors of a fixture's arguments (empty when every argument with a schema is valid). */
export function argumentErrors(validator: ReturnType<typeof schemaValidator>, name: FunctionName, args: readonly unknown[]): string[] {
  return ARGUMENT_SCHEMAS[name].flatMap((schema, index) => {
    const arg = args[index];
    if (schema === null || arg === undefined) return [];
    if (typeof schema === "string") return validator.validate(schema, arg).map((error) => `arguments[${index}]: ${error}`);
    if (!Array.isArray(arg)) return [`arguments[${index}]: expected an array`];
    return arg.flatMap((item: unknown, i) => validator.validate(schema.arrayOf, item).map((error) => `arguments[${index}][${i}]: ${error}`));
  });
}
