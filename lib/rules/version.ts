/**
 * Version of the rules and catalog. Stored with every verdict so an old verdict can be explained
 * and re-judged. Bump it whenever a rule, weight or catalog fact changes (yyyy.mm.n).
 */
export const RULESET_VERSION = "2026.11.1";
