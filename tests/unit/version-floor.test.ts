/**
 * `npm audit` cannot reach its service here, so known-vulnerable versions are kept out by a
 * floor test instead (DESIGN.md): it reads what is actually installed, not package.json.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { compareVersions } from "../support/semver";

const require = createRequire(import.meta.url);
const installed = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

const FLOORS: Array<[string, string]> = [
  ["next", "16.4.6"],
  ["next-auth", "5.0.0-beta.32"],
];

describe("security version floors", () => {
  it.each(FLOORS)("%s is at least %s", (name, floor) => {
    expect(compareVersions(installed(name), floor)).toBeGreaterThanOrEqual(0);
  });

  it("compares prereleases the way npm does", () => {
    expect(compareVersions("5.0.0-beta.31", "5.0.0-beta.32")).toBeLessThan(0);
    expect(compareVersions("5.0.0-beta.100", "5.0.0-beta.32")).toBeGreaterThan(0);
    expect(compareVersions("5.0.0", "5.0.0-beta.32")).toBeGreaterThan(0);
    expect(compareVersions("16.4.5", "16.4.6")).toBeLessThan(0);
    expect(compareVersions("16.10.0", "16.4.6")).toBeGreaterThan(0);
  });
});
