// Lint: typescript-eslint's recommended rules, plus the purity rules of src/ (no clock, no
// randomness, no console, no process) so that a rule can never depend on the machine; src/cli,
// the command line, is the one place with I/O.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "docs/api/", "coverage/", "reports/", ".stryker-tmp/", "node_modules/", "site-dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Date", "process", "console", "setTimeout", "setInterval", "fetch", "globalThis", "window"],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "rules are deterministic: no Math.random" },
        { selector: "TSEnumDeclaration", message: "use a union of string literals, not an enum" },
        { selector: "ExportDefaultDeclaration", message: "named exports only" },
        // V8 refuses a call of more than about 100,000 arguments, and a host's list can be longer (issue 20).
        { selector: "CallExpression > SpreadElement", message: "no spread of a list into a call: append with pushAll (src/core/pushAll.ts) or a loop" },
        { selector: "NewExpression > SpreadElement", message: "no spread of a list into a call: build the list with a loop" },
        { selector: "CallExpression[callee.property.name='apply']", message: "no list passed as arguments with apply: use a loop" },
      ],
    },
  },
  {
    // The library never reaches the command line (src/cli is its own entry, dist/cli.js).
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/cli/*"], message: "the library does not import the command line" }] }],
    },
  },
  {
    // The command line is the one place in src/ with I/O: it reads files and stdin and writes
    // stdout and stderr (never console). It reaches the library only through its public index.
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "console", "fetch", "window"],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../*/**", "!../index.js"], message: "the command line uses the public API only: import from ../index.js" }] },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
