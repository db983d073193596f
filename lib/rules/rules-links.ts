/** Link rules: where the message's links really go. */
import type { Issuer } from "./catalog";
import type { Context } from "./context";
import { prepare } from "./normalize";
import { extractUrls, parseCandidate, siteOf } from "./urls";

function nameOf(issuers: readonly Issuer[]): { ja: string; en: string } {
  const i = issuers[0];
  return i ? { ja: i.names.ja, en: i.names.en } : { ja: "名乗っている会社", en: "the company it names" };
}

export function linkRules(ctx: Context): void {
  const { out, families } = ctx;
  const claimed = ctx.issuers.length > 0;
  const who = nameOf(ctx.issuers);

  for (const { url: u, host: a, official } of ctx.urls) {
    const ev = u.host ?? u.raw;
    if (u.hasUserinfo) {
      // "https://www.docomo.ne.jp@evil.example/": everything before "@" is decoration; the host is after it.
      out.add(
        "link.userinfo",
        "high",
        35,
        u.raw,
        "リンクのアドレスに「@」が入っていて、本当の行き先は「@」の後ろの別のサイトです。",
        "The link contains '@': it really goes to the site after the '@', not the name before it.",
      );
    }
    if (u.redacted) {
      // "https://mydocomo.○○○", "https://..../": the host is masked or broken, so nobody can check it.
      out.add(
        "link.redacted",
        claimed ? "high" : "medium",
        claimed ? 40 : 25,
        u.raw,
        "リンクのアドレスが伏せられているか壊れていて、行き先を確かめられません。本物かどうかはアドレスでしか確かめられません。",
        "The link's address is masked or broken, so where it goes cannot be checked; only the address can show a notice is genuine.",
      );
      continue;
    }
    if (u.isIp) {
      // "http://192.168.0.1/login", "http://3232235777/": a numeric host, never used by issuers' notices.
      out.add(
        "link.ip_host",
        "high",
        40,
        ev,
        "リンク先が会社のドメインではなく、数字だけのアドレス（IPアドレス）です。",
        "The link goes to a bare numeric (IP) address, not a company's domain.",
      );
      continue;
    }
    if (official) {
      // "https://dcard.docomo.ne.jp/st/index.html": registrable domain on the issuer's own list.
      if (a.shortLinkFor.length > 0 && a.officialFor.length === 0) {
        out.add(
          "link.issuer_shortener",
          "positive",
          -15,
          ev,
          `リンクは${who.ja}が使っている短縮URL（${u.domain}）です。`,
          `The link is ${who.en}'s own short-link service (${u.domain}).`,
        );
      } else {
        out.add(
          "link.official_domain",
          "positive",
          -30,
          u.domain ?? ev,
          `リンク先（${u.domain}）は${who.ja}の公式ドメインです。`,
          `The link goes to ${who.en}'s official domain (${u.domain}).`,
        );
      }
      continue;
    }
    if (a.officialFor.length > 0) {
      // A real site of another catalog company: not this issuer's, but not a phishing host either.
      continue;
    }
    if (a.shortener) {
      // "https://bit.ly/…", "https://t.co/…": the real destination is hidden behind a redirector.
      out.add(
        "link.shortener",
        "medium",
        25,
        ev,
        "短縮URLなどの転送サービスが使われ、本当の行き先が隠れています。",
        "A URL shortener or redirector hides the real destination.",
      );
    }
    if (a.dynamicDns) {
      // "xxxx.duckdns.org": a free dynamic-DNS name anyone can create.
      out.add("link.dynamic_dns", "high", 30, ev, "誰でも無料で作れる種類のアドレスがリンク先です。", "The link goes to a free dynamic-DNS name anyone can create.");
    }
    if (a.brandIn) {
      // "dcard-ne.spanjsc.com", "mydocomo.xyz", "smbc-caeb.com": a brand word inside someone else's domain.
      const hit = !claimed || families.has(a.brandIn.issuer.family);
      out.add(
        "link.brand_in_domain",
        hit ? "critical" : "high",
        hit ? 50 : 35,
        ev,
        `リンク先に「${a.brandIn.token}」という名前が入っていますが、${a.brandIn.issuer.names.ja}の公式ドメインではありません（${u.domain}）。よくある偽サイトの作り方です。`,
        `The link's address contains "${a.brandIn.token}" but is not ${a.brandIn.issuer.names.en}'s official domain (${u.domain}); a common fake-site trick.`,
      );
    } else if (a.lookalike) {
      // "d0como", "docono", "aoen": one letter off the brand.
      const hit = !claimed || families.has(a.lookalike.issuer.family);
      out.add(
        "link.lookalike_domain",
        hit ? "critical" : "high",
        hit ? 50 : 35,
        ev,
        `リンク先（${ev}）は「${a.lookalike.token}」に似せた別のアドレスです。`,
        `The link (${ev}) imitates "${a.lookalike.token}" with a near-miss spelling.`,
      );
    }
    if (a.fakeSuffix) {
      // "www.aoen.co.jp.v-o-t.com": looks like a .co.jp address, but the real domain is at the end.
      out.add(
        "link.fake_suffix",
        "high",
        35,
        ev,
        `アドレスの途中に「${a.fakeSuffix}」が入っていますが、本当のドメインは最後の部分（${u.domain}）です。`,
        `The address has "${a.fakeSuffix}" in the middle, but its real domain is the end part (${u.domain}).`,
      );
    }
    if (a.brandInPath) {
      // "https://gtzyhs.com/docomo": the brand only in the path of an unrelated site.
      out.add(
        "link.brand_in_path",
        "high",
        30,
        u.raw,
        `会社名（${a.brandInPath.token}）がアドレスの後ろの部分にだけ入っていて、サイト自体は関係のないドメイン（${u.domain}）です。`,
        `The brand (${a.brandInPath.token}) appears only in the path; the site itself is an unrelated domain (${u.domain}).`,
      );
    }
    if (a.cheapTld) {
      // "www.ty●●●●.club": top-level domains seen again and again in phishing alerts.
      out.add(
        "link.cheap_tld",
        "medium",
        20,
        ev,
        `リンク先の末尾（.${a.cheapTld}）は、偽サイトでよく使われる種類です。`,
        `The link ends in .${a.cheapTld}, a top-level domain common in phishing alerts.`,
      );
    }
    if (a.idn) {
      // "xn--…": non-Latin letters that can imitate a brand.
      out.add(
        "link.idn_host",
        "medium",
        25,
        `${ev} (${u.unicodeHost})`,
        "リンク先に、英字に似せた別の文字が使われている可能性があります。",
        "The link's address uses non-Latin characters that can imitate a brand.",
      );
    }
    if (a.shortener) continue;
    if (claimed) {
      // A claimed issuer and a link to a domain that is not theirs: the core phishing signal (§4.2 b).
      out.add(
        "link.unofficial_domain",
        "high",
        40,
        u.domain ?? ev,
        `リンク先（${u.domain ?? ev}）は、${who.ja}の公式ドメインではありません。`,
        `The link (${u.domain ?? ev}) is not ${who.en}'s official domain.`,
      );
    } else {
      out.add(
        "link.unknown_domain",
        "medium",
        20,
        u.domain ?? ev,
        `リンク先（${u.domain ?? ev}）が、どの会社のものか確かめられません。`,
        `The link (${u.domain ?? ev}) cannot be tied to any known company.`,
      );
    }
  }

  if (ctx.hiddenLink) {
    // "ご利用確認はこちら" with no address in the pasted text: the destination is out of sight.
    out.add(
      "link.hidden",
      "medium",
      15,
      ctx.features.linkLabel ?? "",
      "「こちら」などのリンクがありますが、行き先のアドレスが見えず確かめられません。",
      "The message has a link (\"click here\") whose address is not visible, so it cannot be checked.",
    );
  }

  // Displayed URL ≠ real href (三井住友カード lists "記載のURLとリンク先のURLが異なっている" as a fake sign).
  for (const link of ctx.links) {
    if (typeof link?.text !== "string" || typeof link?.href !== "string") continue;
    const shown = extractUrls(prepare(link.text, "short").text)[0];
    const real = parseCandidate(prepare(link.href, "short").text.trim(), true);
    if (!shown || !real) continue;
    const a = siteOf(shown);
    const b = siteOf(real);
    if (a && b && a !== b) {
      out.add(
        "link.text_mismatch",
        "critical",
        50,
        `${a} → ${b}`,
        `表示されているアドレス（${a}）と、実際のリンク先（${b}）が違います。`,
        `The address shown (${a}) is not where the link really goes (${b}).`,
      );
    }
  }
}
