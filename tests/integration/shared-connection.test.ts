/**
 * Regression pin for the better-sqlite3 adapter hazard (DESIGN.md, platform facts): the adapter
 * shares one connection per client, so a plain write made while an interactive transaction is
 * open joins that transaction and is rolled back with it.
 *
 * The first test shows the hazard is real with this adapter (if it ever stops being true, the
 * test says so and the rule below can be relaxed). The second proves the app never opens an
 * interactive transaction: every multi-row write is a batch `$transaction([...])` or a single
 * conditional statement.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addNote } from "@/lib/cases/notes";
import { logMessage } from "@/lib/cases/log-message";
import { makeWorld } from "../support/fixtures";

describe("shared connection hazard", () => {
  it("a write from another request during an open interactive transaction is rolled back with it", async () => {
    const w = await makeWorld();
    const { caseId } = await logMessage({ actor: w.owner, input: { familyId: w.familyId, relativeId: w.relativeId, channel: "SMS", body: "x" }, now: new Date() });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const failing = db
      .$transaction(async (tx) => {
        await tx.family.update({ where: { id: w.familyId }, data: { name: "inside" } });
        await gate; // another "request" writes now
        throw new Error("rollback");
      })
      .catch((e: Error) => e.message);
    await new Promise((r) => setTimeout(r, 50));
    const otherWrite = addNote({ actor: w.member, caseId, body: "別のリクエストのメモ" });
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect(await failing).toBe("rollback");
    await otherWrite.catch(() => undefined);
    const notes = await db.note.count({ where: { caseId } });
    // The hazard: the note written "outside" the transaction was lost with it.
    expect(notes).toBe(0);
  });

  it("the app code never opens an interactive transaction", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated") walk(full);
        } else if (/\.(ts|tsx)$/.test(entry.name)) {
          const text = fs.readFileSync(full, "utf8");
          if (/\$transaction\(\s*(async\b|\(|[a-zA-Z_]+\s*=>)/.test(text)) offenders.push(full);
        }
      }
    };
    walk("lib");
    walk("app");
    expect(offenders).toEqual([]);
  });
});
