/**
 * Architecture boundaries, enforced by lint (DESIGN.md "Architecture"):
 *  - lib/rules is a pure functional core: it imports only files inside lib/rules and the
 *    pure `tldts` package. No Next, no Prisma, no Node I/O.
 *  - Only lib/<domain> and lib/db talk to the database: app/ and lib/rules never import
 *    lib/db or a Prisma package. app/ calls a lib/<domain> function instead.
 * tests/unit/lint-boundaries.test.ts proves both rules fire on violating code.
 */
import path from "node:path";

const RULES_ALLOWED_PACKAGES = new Set(["tldts"]);

function toPosix(p) {
  return p.split(path.sep).join("/");
}

/** Project-relative path of the linted file, e.g. "lib/rules/url.ts". */
function relativeFile(context) {
  return toPosix(path.relative(context.cwd ?? process.cwd(), context.filename ?? context.getFilename()));
}

/** Resolves an import specifier to a project-relative path, or null for a package import. */
function resolveSpecifier(fileRel, source) {
  if (source.startsWith("@/")) return source.slice(2);
  if (source.startsWith("./") || source.startsWith("../")) {
    return toPosix(path.posix.normalize(path.posix.join(path.posix.dirname(fileRel), source)));
  }
  return null;
}

function importSources(node) {
  if (node.type === "ImportDeclaration" || node.type === "ExportAllDeclaration" || node.type === "ExportNamedDeclaration") {
    return node.source ? [node.source] : [];
  }
  if (node.type === "ImportExpression") return node.source.type === "Literal" ? [node.source] : [];
  return [];
}

function visitor(check) {
  const handler = (node) => {
    for (const src of importSources(node)) check(src);
  };
  return {
    ImportDeclaration: handler,
    ExportAllDeclaration: handler,
    ExportNamedDeclaration: handler,
    ImportExpression: handler,
  };
}

const pureRules = {
  meta: {
    type: "problem",
    docs: { description: "lib/rules imports nothing outside lib/rules (plus tldts)" },
    messages: { impure: "lib/rules must stay pure: '{{source}}' is outside lib/rules." },
    schema: [],
  },
  create(context) {
    const fileRel = relativeFile(context);
    return visitor((src) => {
      const source = String(src.value);
      const resolved = resolveSpecifier(fileRel, source);
      const ok = resolved === null ? RULES_ALLOWED_PACKAGES.has(source) : resolved.startsWith("lib/rules/") || resolved === "lib/rules";
      if (!ok) context.report({ node: src, messageId: "impure", data: { source } });
    });
  },
};

const noDbOutsideDomain = {
  meta: {
    type: "problem",
    docs: { description: "only lib/<domain> and lib/db import the Prisma client" },
    messages: { db: "'{{source}}' reaches the database directly: call a lib/<domain> function instead." },
    schema: [],
  },
  create(context) {
    const fileRel = relativeFile(context);
    return visitor((src) => {
      const source = String(src.value);
      const resolved = resolveSpecifier(fileRel, source);
      const isDb =
        resolved === null
          ? source === "@prisma/client" || source.startsWith("@prisma/") || source === "better-sqlite3"
          : resolved === "lib/db" || resolved.startsWith("lib/db/");
      if (isDb) context.report({ node: src, messageId: "db" });
    });
  },
};

const plugin = { rules: { "pure-rules": pureRules, "no-db-outside-domain": noDbOutsideDomain } };
export default plugin;
