/**
 * The issuer catalog is reviewable data: every fact names its source and confidence, domains are
 * registrable domains (so matching can be exact), numbers are digits, and the issuers the design
 * requires are present. Adding an issuer = a catalog entry + a row here.
 */
import { getDomain } from "tldts";
import { describe, expect, it } from "vitest";
import {
  CAMPAIGNS,
  ISSUERS,
  SCAM_REPORT_CHECKLIST,
  SCAM_URGENT_CHECKLIST,
  getCampaign,
  getIssuer,
  listIssuers,
  type Fact,
} from "../../../lib/rules";
import { CHEAP_TLDS, DYNAMIC_DNS_DOMAINS, SHORTENER_DOMAINS } from "../../../lib/rules/catalog";
import { judge } from "./helpers";

const SOURCE = /^(?:https?:\/\/[^\s]+|project:DESIGN\.md)$/;

function allFacts(): Fact<unknown>[] {
  const facts: Fact<unknown>[] = [];
  for (const i of ISSUERS) {
    if (i.officialSite) facts.push(i.officialSite);
    if (i.help) facts.push(i.help);
    if (i.mailDomainsComplete) facts.push(i.mailDomainsComplete);
    if (i.smsSendersComplete) facts.push(i.smsSendersComplete);
    if (i.addressesByName) facts.push(i.addressesByName);
    facts.push(...i.linkDomains, ...i.mailDomains, ...i.smsSenders, ...i.phoneNumbers, ...i.channels, ...(i.shortLinkDomains ?? []));
    for (const n of i.never) facts.push({ value: n.id, source: n.source, confidence: n.confidence });
  }
  for (const c of CAMPAIGNS) {
    facts.push(...c.officialChannels, ...c.officialDomains, ...c.facts, c.help);
    if (c.since) facts.push(c.since);
    for (const s of c.answerSteps) facts.push({ value: s.id, source: s.source, confidence: "M" });
  }
  facts.push(...SHORTENER_DOMAINS, ...DYNAMIC_DNS_DOMAINS, ...CHEAP_TLDS);
  return facts;
}

describe("issuer catalog", () => {
  it.each([["dcard"], ["docomo"], ["ntt-finance"], ["smcc"], ["rakuten-card"], ["jcb"], ["aeon-card"], ["mufg"], ["smbc"], ["jp-bank"], ["smtb"], ["bank"], ["fsa"]])(
    "has %s",
    (id) => {
      const issuer = getIssuer(id);
      expect(issuer?.id).toBe(id);
      expect(issuer?.names.ja).toBeTruthy();
      expect(issuer?.names.en).toBeTruthy();
    },
  );

  it("getIssuer returns null for an unknown id; listIssuers lists them all", () => {
    expect(getIssuer("nope")).toBeNull();
    expect(listIssuers()).toBe(ISSUERS);
  });

  it("ids are unique", () => {
    expect(new Set(ISSUERS.map((i) => i.id)).size).toBe(ISSUERS.length);
    const never = ISSUERS.flatMap((i) => i.never.map((n) => n.id));
    expect(new Set(never).size).toBe(never.length);
  });

  it("every fact names a source and a confidence", () => {
    for (const f of allFacts()) {
      expect(f.source, JSON.stringify(f.value)).toMatch(SOURCE);
      expect(["H", "M", "L"]).toContain(f.confidence);
    }
  });

  it("link and mail domains are registrable domains (exact matching works)", () => {
    for (const i of ISSUERS) {
      for (const f of [...i.linkDomains, ...i.mailDomains, ...(i.shortLinkDomains ?? [])]) {
        expect(getDomain(f.value), `${i.id}: ${f.value}`).toBe(f.value);
      }
    }
  });

  it("SMS senders are digits or lower-case ids, phone numbers are digits", () => {
    for (const i of ISSUERS) {
      for (const f of i.smsSenders) expect(f.value, i.id).toMatch(/^(?:\d{3,11}|[a-z][a-z .-]*)$/);
      for (const f of i.phoneNumbers) expect(f.value, i.id).toMatch(/^0\d{9,10}$/);
    }
  });

  it("brand words are lower case (the text is matched in lower case)", () => {
    for (const i of ISSUERS) for (const w of i.brandWords) expect(w).toBe(w.toLowerCase().normalize("NFKC"));
  });

  it("the official site of each issuer is on its own link domains", () => {
    for (const i of ISSUERS) {
      if (!i.officialSite) continue;
      const host = new URL(i.officialSite.value).hostname;
      expect(i.linkDomains.map((d) => d.value), i.id).toContain(getDomain(host));
    }
  });

  it("an official link of each issuer is judged official, and a look-alike is not", () => {
    for (const i of ISSUERS) {
      const d = i.linkDomains[0]?.value;
      const word = i.brandWords.find((w) => !/^[a-z]/.test(w)) ?? i.brandWords[0];
      if (!d || !word) continue;
      const good = judge({ channel: "sms", body: `${word}からのお知らせ https://www.${d}/info` });
      expect(good.findings.map((f) => f.rule), i.id).toContain("link.official_domain");
      const bad = judge({ channel: "sms", body: `${word}からのお知らせ https://www.${d}.example-login.com/info` });
      expect(bad.findings.map((f) => f.rule), i.id).not.toContain("link.official_domain");
      expect(bad.verdict, i.id).not.toBe("likely_genuine");
    }
  });
});

describe("campaigns", () => {
  it("dカード「お客さま情報のご確認のお願い」 has what the case page needs", () => {
    const c = getCampaign("dcard-aml-customer-info");
    expect(c).not.toBeNull();
    if (!c) return;
    expect(c.names.ja).toContain("お客さま情報のご確認");
    expect(c.names.en).toBeTruthy();
    expect(c.officialChannels.map((f) => f.value).sort()).toEqual(["email", "message_r", "sms"]);
    expect(c.lateAnswersAccepted).toBe(true);
    expect(c.mayKeepShowingAfterAnswer).toBe(true);
    expect(c.help.value.ja).toBeTruthy();
    expect(c.help.source).toMatch(SOURCE);
    const ids = c.answerSteps.map((s) => s.id);
    expect(ids).toEqual(["open-yourself", "log-in", "open-notice", "enter-requested", "check-details", "submit"]);
    for (const s of c.answerSteps) {
      expect(s.ja).toBeTruthy();
      expect(s.en).toBeTruthy();
      expect(s.source).toMatch(SOURCE);
    }
    expect(c.answerSteps[0]?.ja).toContain("リンクは使わず");
  });

  it("unknown campaign → null", () => {
    expect(getCampaign("nope")).toBeNull();
  });

  it("campaign ids are unique and each names a catalog issuer", () => {
    expect(new Set(CAMPAIGNS.map((c) => c.id)).size).toBe(CAMPAIGNS.length);
    for (const c of CAMPAIGNS) expect(getIssuer(c.issuerId)).not.toBeNull();
  });
});

describe("scam checklists", () => {
  it.each([
    ["report", SCAM_REPORT_CHECKLIST],
    ["urgent", SCAM_URGENT_CHECKLIST],
  ] as const)("%s items have stable unique ids, both languages and a source or null", (_n, list) => {
    expect(list.length).toBeGreaterThan(2);
    expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
    for (const item of list) {
      expect(item.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(item.ja).toBeTruthy();
      expect(item.en).toBeTruthy();
      if (item.source !== null) expect(item.source).toMatch(SOURCE);
    }
  });

  it("covers reporting, telling the issuer, the carrier, and getting help", () => {
    expect(SCAM_REPORT_CHECKLIST.map((i) => i.id)).toEqual(expect.arrayContaining(["report-antiphishing", "tell-issuer", "tell-carrier", "consult-if-harmed"]));
    expect(SCAM_URGENT_CHECKLIST.map((i) => i.id)).toEqual(expect.arrayContaining(["stop-card", "change-passwords", "check-statements"]));
  });
});
