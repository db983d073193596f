// Serves the production build on the given port with a brand-new database and data folder,
// so every e2e run starts from nothing, like a fresh install.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const port = process.argv[2] ?? "3100";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tashika-e2e-"));
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, "tashika.db")}`,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  TASHIKA_E2E: "1",
};
const prep = spawnSync("node_modules/.bin/tsx", ["scripts/prepare.ts"], { env, stdio: "inherit" });
if (prep.status !== 0) process.exit(prep.status ?? 1);
if (!fs.existsSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}
const child = spawn("node_modules/.bin/next", ["start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
const stop = () => {
  child.kill("SIGTERM");
  fs.rmSync(dataDir, { recursive: true, force: true });
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
