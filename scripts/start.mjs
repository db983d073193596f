// `npm start`: prepare the database, build once if there is no production build, then serve.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run("node_modules/.bin/tsx", ["scripts/prepare.ts"]);
if (!fs.existsSync(".next/BUILD_ID") || process.env.TASHIKA_REBUILD === "1") {
  console.log("[tashika] building the app once (about a minute)...");
  run("npm", ["run", "--silent", "build"]);
}
const port = process.env.PORT ?? "3000";
const child = spawn("node_modules/.bin/next", ["start", "-p", port, ...process.argv.slice(2)], { stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
