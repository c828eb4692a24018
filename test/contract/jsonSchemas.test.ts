import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { findingCatalog, jsonSchemas, PACKAGE_VERSION } from "../../src/index.js";

describe("jsonSchemas", () => {
  it("returns JSON Schema 2020-12 documents that compile under a strict validator", () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    addFormats(ajv);
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.title).toBe(name);
      expect(schema.$id).toBe(`https://unpkg.com/collective-pension-subsidy@${PACKAGE_VERSION}/dist/schemas/${name}.json`);
      expect(schema.description.length).toBeGreaterThan(20);
      expect(() => ajv.compile(schema), name).not.toThrow();
    }
  });

  it("names the inputs and the results the issue asks for", () => {
    expect(Object.keys(jsonSchemas())).toEqual(
      expect.arrayContaining(["Member", "Contribution", "Plan", "Application", "PolicyOptions", "SubsidyDecision", "RosterResult", "PlanReport", "ApplicationReport", "Finding"]),
    );
  });

  it("builds fresh documents on each call, so a host may change its copy", () => {
    const first = jsonSchemas();
    const second = jsonSchemas();
    expect(first).toEqual(second);
    expect(first.Member).not.toBe(second.Member);
  });

  it("describes money in as a number or a decimal string with at most two decimals, and dates with their format", () => {
    const contribution = jsonSchemas().Contribution as unknown as { properties: Record<string, { anyOf?: { type: string; pattern?: string }[]; format?: string; pattern?: string }> };
    expect(contribution.properties["selfPaid"]?.anyOf).toEqual([
      { type: "number", minimum: 0, maximum: 10000000 },
      { type: "string", pattern: "^(0|[1-9]\\d{0,11})(\\.\\d{1,2})?$" },
    ]);
    expect(contribution.properties["paidOn"]).toMatchObject({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
  });

  it("describes money out as yuan with exactly two decimals, codes as the catalogue's, and nothing else", () => {
    const schemas = jsonSchemas();
    const decision = schemas.SubsidyDecision as unknown as { properties: { amount: { pattern: string } }; additionalProperties: boolean };
    expect(decision.properties.amount.pattern).toBe("^(0|[1-9]\\d*)\\.\\d{2}$");
    expect(decision.additionalProperties).toBe(false);
    const finding = schemas.Finding as unknown as { properties: { code: { enum: string[] } } };
    expect(finding.properties.code.enum).toEqual(Object.keys(findingCatalog));
  });

  it("asks a host to list a Member in each roster row of an Application", () => {
    const application = jsonSchemas().Application as unknown as { properties: { roster: { items: { required: string[]; properties: { member: { required: string[] } } } } } };
    expect(application.properties.roster.items.required).toEqual(["member", "amount"]);
    expect(application.properties.roster.items.properties.member.required).toContain("contributions");
  });

  it("is written to one file per schema by scripts/schemas/write.ts", () => {
    const folder = mkdtempSync(join(tmpdir(), "schemas-"));
    try {
      execFileSync(process.execPath, ["--import", "tsx", "scripts/schemas/write.ts", folder], { stdio: "pipe" });
      const schemas = jsonSchemas();
      expect(readdirSync(folder).sort()).toEqual(Object.keys(schemas).map((name) => `${name}.json`).sort());
      for (const [name, schema] of Object.entries(schemas)) expect(JSON.parse(readFileSync(join(folder, `${name}.json`), "utf8"))).toEqual(schema);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
