import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "./eslint.boundaries.js";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/db/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  { plugins: { tashika: boundaries } },
  { files: ["lib/rules/**/*.{ts,tsx,js,mjs}"], rules: { "tashika/pure-rules": "error" } },
  { files: ["app/**/*.{ts,tsx,js,mjs}", "lib/rules/**/*.{ts,tsx,js,mjs}"], rules: { "tashika/no-db-outside-domain": "error" } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
