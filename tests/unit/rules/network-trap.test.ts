/**
 * Judging makes no network call: every way Node could reach the network is replaced by a
 * throwing spy while the labelled dev set and extra messages full of links are judged.
 */
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { judgeMessage } from "../../../lib/rules";
import { DCARD_AML_SMS, NOW } from "./helpers";

const trap = () => {
  throw new Error("network access from lib/rules");
};

describe("network trap", () => {
  const spies: MockInstance[] = [];
  beforeEach(() => {
    spies.push(
      vi.spyOn(globalThis, "fetch").mockImplementation(trap),
      vi.spyOn(http, "request").mockImplementation(trap),
      vi.spyOn(http, "get").mockImplementation(trap),
      vi.spyOn(https, "request").mockImplementation(trap),
      vi.spyOn(https, "get").mockImplementation(trap),
      vi.spyOn(net, "connect").mockImplementation(trap),
      vi.spyOn(net, "createConnection").mockImplementation(trap),
      vi.spyOn(tls, "connect").mockImplementation(trap),
      vi.spyOn(dns, "lookup").mockImplementation(trap),
      vi.spyOn(dns, "resolve").mockImplementation(trap),
      vi.spyOn(dns.promises, "lookup").mockImplementation(trap),
      vi.spyOn(dns.promises, "resolve").mockImplementation(trap),
    );
  });
  afterEach(() => {
    for (const s of spies.splice(0)) s.mockRestore();
  });

  it("judges the dev set and link-heavy messages without touching the network", () => {
    const file = path.resolve(process.cwd(), "../shared/reference/dev-messages.jsonl");
    const dev = fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { channel: string; sender: string | null; subject: string | null; body: string });
    const extra = [
      DCARD_AML_SMS,
      { channel: "email", body: "https://dcard-docomo.com/ http://3232235777/ https://xn--tck0b2d.com/ https://bit.ly/x", links: [{ text: "https://www.smbc-card.com/", href: "https://evil.example.cn/" }] },
    ];
    let judged = 0;
    for (const m of [...dev, ...extra]) {
      judgeMessage(m as never, { now: NOW });
      judged++;
    }
    expect(judged).toBe(dev.length + extra.length);
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });

  it("the trap is armed (a real call would be caught)", () => {
    expect(() => http.request("http://example.com")).toThrow("network access");
  });
});
