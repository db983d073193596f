/** URL extraction from Japanese text and host parsing (lib/rules/urls.ts via the normaliser). */
import { describe, expect, it } from "vitest";
import { prepare } from "../../../lib/rules/normalize";
import { decodePunycodeLabel, hostToUnicode } from "../../../lib/rules/punycode";
import { extractUrls } from "../../../lib/rules/urls";

function hosts(raw: string): (string | null)[] {
  return extractUrls(prepare(raw).text).map((u) => (u.redacted ? "REDACTED" : u.host));
}

function domains(raw: string): (string | null)[] {
  return extractUrls(prepare(raw).text).map((u) => u.domain);
}

describe("extractUrls", () => {
  it.each([
    ["plain", "詳細 https://dcard.docomo.ne.jp/st/index.html です", ["dcard.docomo.ne.jp"]],
    ["glued to kana on both sides", "こちらhttps://example.com/aからどうぞ", ["example.com"]],
    ["「」 brackets", "「https://example.com/path」をご覧ください", ["example.com"]],
    ["full-width （）", "（https://example.com/x）", ["example.com"]],
    ["ASCII ()", "(https://example.com/x)", ["example.com"]],
    ["arrow", "こちら→https://example.com/x", ["example.com"]],
    ["colon label", "詳細はこちら:https://t.co/~", ["t.co"]],
    ["URL: prefix", "URL:https://example.com/", ["example.com"]],
    ["full-width characters", "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ｘ", ["example.com"]],
    ["mathematical monospace letters", "𝚖𝚢.𝚓𝚌𝚋.𝚌𝚘.𝚓𝚙.𝚎𝚡𝚊𝚖𝚙𝚕𝚎.𝚌𝚗/𝚕𝚘𝚐𝚒𝚗", ["my.jcb.co.jp.example.cn"]],
    ["no scheme", "〇〇はwww.example.co.jp/loginから", ["www.example.co.jp"]],
    ["no scheme, no www", "詳細 fw.dcard.docomo.ne.jp/* まで", ["fw.dcard.docomo.ne.jp"]],
    ["defanged hxxps and [.]", "hxxps://gtzyhs[.]com/docomo", ["gtzyhs.com"]],
    ["defanged h**ps", "h**ps://gtzyhs[.]com/docomo", ["gtzyhs.com"]],
    ["trailing 。", "https://example.com/a。", ["example.com"]],
    ["trailing ellipsis", "https://s.vpass.jp/?id=…", ["s.vpass.jp"]],
    ["masked TLD is redacted", "https://mydocomo.○○○", ["REDACTED"]],
    ["dots-only host is redacted", "https://..../", ["REDACTED"]],
    ["masked subdomain without scheme", "〇〇.mydocomo.com/dcm", ["REDACTED"]],
    ["two URLs", "https://a.example.com/ と https://b.example.org/", ["a.example.com", "b.example.org"]],
    ["uppercase host", "HTTPS://EXAMPLE.COM/X", ["example.com"]],
    ["userinfo host", "https://www.docomo.ne.jp@evil.example.com/", ["evil.example.com"]],
    ["IDN becomes punycode", "https://ドコモ.com/", ["xn--tck0b2d.com"]],
  ])("%s", (_name, text, expected) => {
    expect(hosts(text)).toEqual(expected);
  });

  it.each([
    ["e-mail address", "info@antiphishing.jp にお送りください"],
    ["file name", "index.html を開く"],
    ["company suffix", "Co.,Ltd. Inc. Corp."],
    ["version number", "バージョン 1.2.3.4"],
    ["decimal amount", "3.5%の還元"],
    ["date", "2024/11/03"],
    ["phone", "03-5156-1111"],
    ["non-http scheme", "ftp://example.com/file"],
    ["masked only", "●●●●"],
  ])("finds nothing in: %s", (_name, text) => {
    expect(extractUrls(prepare(text).text)).toEqual([]);
  });

  it.each([
    ["decimal IP", "http://3232235777/x", "192.168.1.1"],
    ["hex IP", "http://0xC0A80001/x", "192.168.0.1"],
    ["octal IP", "http://0300.0250.0.1/x", "192.168.0.1"],
    ["short IP", "http://192.168.1/x", "192.168.0.1"],
    ["dotted IP without scheme, with path", "192.168.0.1/login", "192.168.0.1"],
  ])("normalises IP hosts: %s", (_name, text, host) => {
    const [u] = extractUrls(prepare(text).text);
    expect(u?.isIp).toBe(true);
    expect(u?.host).toBe(host);
    expect(u?.domain).toBeNull();
  });

  it.each([
    ["dcard.docomo.ne.jp", "https://dcard.docomo.ne.jp/", "docomo.ne.jp"],
    ["brand as subdomain of a foreign domain", "https://dcard.docomo.ne.jp.evil.top/", "evil.top"],
    ["co.jp registrable", "https://www.aeon.co.jp/", "aeon.co.jp"],
    ["s.vpass.jp", "https://s.vpass.jp/?id=1", "vpass.jp"],
  ])("registrable domain: %s", (_name, text, domain) => {
    expect(domains(text)).toEqual([domain]);
  });

  it("caps the number of URLs per message", () => {
    const text = Array.from({ length: 500 }, (_, i) => `https://h${i}.example.com/`).join(" ");
    expect(extractUrls(prepare(text).text).length).toBeLessThanOrEqual(24);
  });
});

describe("punycode", () => {
  it.each([
    ["eckwd4c7c", "ドメイン"],
    ["tck0b2d", "ドコモ"],
    ["mnchen-3ya", "münchen"],
  ])("decodes xn--%s", (label, expected) => {
    expect(decodePunycodeLabel(label)).toBe(expected);
  });

  it("returns null for malformed input and leaves such labels alone", () => {
    expect(decodePunycodeLabel("!!!")).toBeNull();
    expect(hostToUnicode("xn--!!!.com")).toBe("xn--!!!.com");
    expect(hostToUnicode("xn--tck0b2d.com")).toBe("ドコモ.com");
  });
});

describe("look-alike detection", () => {
  it("finds one-edit look-alikes at any position, including an added first letter", async () => {
    const { assessHost } = await import("../../../lib/rules/domains");
    const [a] = extractUrls(prepare("https://xdocomo-pay.com/").text);
    const [b] = extractUrls(prepare("https://ocomo.example.com/").text);
    const [c] = extractUrls(prepare("https://odcomo.example.com/").text);
    expect(a && assessHost(a).brandIn?.token).toBe("docomo");
    expect(b && assessHost(b).lookalike?.token).toBe("docomo");
    expect(c && assessHost(c).lookalike?.token).toBe("docomo");
  });
});
