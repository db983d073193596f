/**
 * Sender and channel rules. Trust differs by channel (phishing-facts §1): メッセージR is sent by
 * docomo's own system and cannot be spoofed; SMS sender IDs can be spoofed and even join the real
 * thread; an e-mail From line is often spoofed (~40 % of phishing mails used real addresses). So a
 * matching sender is only weak evidence, while a sender that does not match is strong evidence.
 */
import { MAIL_DOMAIN_INDEX, SMS_SENDER_INDEX, type Issuer } from "./catalog";
import type { Context } from "./context";

const MOBILE = /^0[789]0\d{8}$/;

function familiesOf(issuers: readonly Issuer[] | undefined): Set<string> {
  return new Set((issuers ?? []).map((i) => i.family));
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export function senderRules(ctx: Context): void {
  const { out, sender, families, issuers } = ctx;
  const claimed = issuers.length > 0;
  const who = issuers[0]?.names ?? { ja: "名乗っている会社", en: "the company it names" };

  if (sender?.kind === "email") {
    const mailFamilies = familiesOf(sender.domain ? MAIL_DOMAIN_INDEX.get(sender.domain) : undefined);
    const officialSender = sender.domain !== null && intersects(mailFamilies, families);
    if (sender.domain === null) {
      // "minoru.plainxf@path33.global-biwinsport": no real top-level domain.
      out.add(
        "sender.email_invalid_domain",
        "medium",
        20,
        sender.address,
        "送信元のメールアドレスが、正しい形になっていません。",
        "The sender's e-mail address is not a valid address.",
      );
    } else if (officialSender) {
      // "contact.vpass.ne.jp" for 三井住友カード: matches, but From lines are easy to fake.
      out.add(
        "sender.email_official_domain",
        "positive",
        -5,
        sender.domain,
        `送信元のドメイン（${sender.domain}）は${who.ja}のものです。ただし送信元の表示は偽装できるので、これだけでは本物とは言えません。`,
        `The sender's domain (${sender.domain}) is ${who.en}'s, but a From line can be faked, so this alone proves nothing.`,
      );
    } else if (claimed) {
      // "ufott@creema.jp" claiming 三井住友カード: the issuer publishes its sender domains.
      const complete = issuers.some((i) => i.mailDomainsComplete?.value === true);
      out.add(
        "sender.email_unlisted_domain",
        complete ? "high" : "medium",
        complete ? 40 : 20,
        sender.address,
        complete
          ? `送信元（${sender.domain}）は、${who.ja}が公表している送信元ドメインではありません。`
          : `送信元（${sender.domain}）が${who.ja}のものか確かめられません。`,
        complete
          ? `The sender (${sender.domain}) is not among the sender domains ${who.en} publishes.`
          : `The sender (${sender.domain}) cannot be tied to ${who.en}.`,
      );
    }
    if (!officialSender && sender.domain !== null) {
      // "NTT-docomo.t-sugio@pixta.jp", "mail_info_m1ax_MUFG_…@kj-north.jp": brand in the address, foreign domain.
      const addr = sender.address.toLowerCase();
      const brand = issuers.flatMap((i) => i.brandTokens).find((t) => t.length >= 4 && addr.includes(t.replace(/-$/, "")));
      if (brand) {
        out.add(
          "sender.email_brand_in_address",
          "high",
          35,
          sender.address,
          "送信元のアドレスに会社名が入っていますが、ドメインは別の会社のものです。",
          "The sender's address contains the brand name, but its domain belongs to someone else.",
        );
      }
    }
    const auth = ctx.emailAuth;
    if (auth && sender.domain) {
      const dkimOfficial = auth.dkim === "pass" && !!auth.dkimDomain && intersects(familiesOf(MAIL_DOMAIN_INDEX.get(auth.dkimDomain.toLowerCase())), families);
      if (officialSender && (auth.dmarc === "pass" || dkimOfficial)) {
        out.add(
          "sender.email_auth_pass",
          "positive",
          -20,
          `dmarc=${auth.dmarc ?? "-"} dkim=${auth.dkim ?? "-"}`,
          "メールの送信元認証（DMARC/DKIM）が、公式ドメインとして成功しています。",
          "The mail's sender authentication (DMARC/DKIM) passed for the official domain.",
        );
      } else if (auth.dmarc === "fail" || (officialSender && auth.spf === "fail")) {
        out.add(
          "sender.email_auth_fail",
          "high",
          35,
          `dmarc=${auth.dmarc ?? "-"} spf=${auth.spf ?? "-"}`,
          "メールの送信元認証に失敗しています。送信元が偽装されている可能性があります。",
          "The mail failed sender authentication; the From line may be forged.",
        );
      }
    }
  } else if (sender?.kind === "name" && ctx.channel === "email" && claimed) {
    out.add(
      "sender.email_name_only",
      "low",
      5,
      sender.displayName,
      "送信元のメールアドレスがわからないため、確かめられません。",
      "The sender's e-mail address is not known, so it cannot be checked.",
    );
  }

  if (ctx.channel === "sms" || ctx.channel === "other") {
    if (sender?.kind === "phone") {
      const listed = familiesOf(SMS_SENDER_INDEX.get(sender.digits));
      if (claimed && intersects(listed, families)) {
        // "0120-936-795" for 三井住友カード: on the issuer's published sender list (spoofable, so weak).
        out.add(
          "sender.sms_official",
          "positive",
          -10,
          sender.digits,
          `送信元の番号は、${who.ja}が公表しているSMS送信元です（ただし偽装される例もあります）。`,
          `The sender number is on ${who.en}'s published SMS sender list (it can still be spoofed).`,
        );
      } else if (claimed && MOBILE.test(sender.digits)) {
        // "090-1234-5678": a personal mobile number claiming to be a company.
        out.add(
          "sender.sms_mobile_number",
          "high",
          35,
          sender.digits,
          "会社を名乗っていますが、送信元は個人の携帯電話番号です。",
          "It claims to be a company but comes from an ordinary mobile number.",
        );
      } else if (claimed && issuers.some((i) => i.smsSendersComplete?.value === true)) {
        // 楽天カード publishes every sender; "05012345678" is not one of them.
        out.add(
          "sender.sms_unlisted",
          "high",
          35,
          sender.digits,
          `送信元の番号は、${who.ja}が公表しているSMS送信元にありません。`,
          `The sender number is not on ${who.en}'s published SMS sender list.`,
        );
      }
    } else if (sender?.kind === "id" && claimed && ctx.channel === "sms") {
      const listed = familiesOf(SMS_SENDER_INDEX.get(sender.id));
      const compact = sender.id.replace(/[\s\-_]/g, "");
      const namesBrand = issuers.some((i) => i.brandTokens.some((t) => t.length >= 3 && compact.includes(t.replace(/-$/, ""))) || i.brandWords.some((w) => compact.includes(w.replace(/\s/g, ""))));
      if (intersects(listed, families)) {
        out.add(
          "sender.sms_official",
          "positive",
          -10,
          sender.id,
          `送信元の表示（${sender.id}）は${who.ja}が使うものです。ただし送信元名は偽装でき、本物と同じスレッドに並ぶこともあります。`,
          `The sender name (${sender.id}) is one ${who.en} uses, but sender names can be spoofed and even join the real thread.`,
        );
      } else if (!namesBrand) {
        // "SMMKT", "amlainfo": a sender ID that is not the company's name.
        out.add(
          "sender.sms_unrelated_id",
          "high",
          30,
          sender.id,
          `送信元の表示（${sender.id}）は、${who.ja}の名前ではありません。`,
          `The sender name (${sender.id}) is not ${who.en}'s name.`,
        );
      } else if (issuers.some((i) => i.smsSendersComplete?.value === true)) {
        out.add(
          "sender.sms_unlisted",
          "high",
          35,
          sender.id,
          `送信元の表示（${sender.id}）は、${who.ja}が公表しているSMS送信元にありません。`,
          `The sender name (${sender.id}) is not on ${who.en}'s published SMS sender list.`,
        );
      }
    }
  }
}

export function channelRules(ctx: Context): void {
  const { out, families, channel } = ctx;
  if (channel === "message_r") {
    if (families.size === 0 || families.has("docomo")) {
      // メッセージR: delivered by docomo's own system to the phone number; cannot be spoofed.
      out.add(
        "channel.message_r",
        "positive",
        -25,
        "メッセージR",
        "メッセージRはドコモの仕組みで届くため、なりすましができないとされています。",
        "メッセージR is delivered by docomo's own system and is said to be impossible to spoof.",
      );
    }
    if (ctx.relative?.hasDocomoLine === false) {
      out.add(
        "channel.message_r_without_docomo_line",
        "medium",
        20,
        "メッセージR",
        "メッセージRはドコモの回線にだけ届きますが、この方はドコモの回線ではないとのことです。届いた経路をもう一度確かめてください。",
        "メッセージR arrives only on a docomo line, but this person is not on one; check how it really arrived.",
      );
    }
  }
  if (channel === "app" && ctx.issuers.length > 0) {
    // A notice shown inside the issuer's own app (e.g. イオンウォレット) after opening it yourself.
    out.add(
      "channel.app",
      "positive",
      -10,
      "app",
      "公式アプリの中のお知らせは、自分で開いたアプリなら信頼しやすい経路です。",
      "A notice inside the official app you opened yourself is a more trustworthy route.",
    );
  }
  if (ctx.features.ivr && (channel === "phone" || channel === "other")) {
    // "オペレーターに繋ぐ場合は2を押してください": an automated-voice scam call.
    out.add(
      "channel.phone_ivr",
      "high",
      40,
      ctx.features.ivr,
      "自動音声で番号を押させる電話は、料金や停止を口実にした詐欺でよく使われます。",
      "Automated calls that ask you to press a number are a common scam about fees or suspension.",
    );
  }
}
