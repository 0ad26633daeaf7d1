// ESLint: Next.js's own rules (core web vitals, TypeScript), the import cycle rule and the layer boundaries
// (app → components → lib, never back). tests/unit/architecture.test.ts checks the same layers from the
// import graph; the linter says it in the editor, the test says it in CI. Decision record 0285.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    files: ["**/*.{ts,tsx,mts,mjs}"],
    plugins: { "import-x": importX },
    settings: {
      // import-x reads the imported files itself to follow a cycle: it must parse them as TypeScript.
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      "import-x/no-cycle": "error",
      // Playwright fixtures destructure nothing as `({}, use)`; the disable comments there name this rule.
      "no-empty-pattern": "error",
      // The input checks refuse control characters with regexes that name them; their disable comments name this rule.
      "no-control-regex": "error",
      // A leading underscore marks a value taken apart only to leave it out (`{ secret: _ignored, ...rest }`).
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: ["./components", "./app"], message: "lib/ is the domain: it imports nothing from the web layers." },
            {
              target: "./components",
              from: "./app",
              message: "components receive server actions as props; they import nothing from app/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures hand their value on through a callback named `use`, and the tests' `useTestDb()`
    // (tests/factories) registers vitest hooks: neither is a React hook.
    files: ["e2e/**", "tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
