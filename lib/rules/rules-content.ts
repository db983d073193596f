/** Content rules: what the message asks for and how it pressures. */
import { PHONE_INDEX } from "./catalog";
import type { Context } from "./context";
import { dayNumber } from "./deadline";
import { hasNamedGreeting } from "./features";

/** How far (characters) a phone number may sit from "ご連絡ください" to count as the number to call. */
const CALL_WINDOW = 60;

export interface CallbackResult {
  readonly any: boolean;
  readonly official: boolean;
  readonly unlisted: boolean;
}

export function callbackOf(ctx: Context): CallbackResult {
  let any = false;
  let official = false;
  let unlisted = false;
  for (const pos of ctx.features.callRequests) {
    for (const p of ctx.phones) {
      if (p.end < pos - CALL_WINDOW || p.start > pos + CALL_WINDOW) continue;
      any = true;
      const owners = p.masked ? undefined : PHONE_INDEX.get(p.digits);
      if (owners && owners.some((i) => ctx.families.size === 0 || ctx.families.has(i.family))) official = true;
      else unlisted = true;
    }
  }
  return { any, official: official && !unlisted, unlisted };
}

export function contentRules(ctx: Context, callback: CallbackResult): void {
  const { out, features: f } = ctx;
  const claimed = ctx.issuers.length > 0;
  const riskyLink = ctx.unverifiedLink || ctx.hiddenLink;
  // Requests matter most when the only way to answer is a link we cannot verify. With every link on
  // the issuer's own domain the request is still reported, but softly (the domain is the proof).
  const soften = ctx.allOfficial && !ctx.hiddenLink;

  const creds = [
    f.pinRequest && "暗証番号",
    f.passwordRequest && "パスワード",
    f.otpRequest && "ワンタイムパスワード",
    f.cardNumberRequest && "カード番号",
  ].filter((x): x is string => typeof x === "string");
  if (creds.length > 0) {
    // 「暗証番号をご入力ください」: issuers say they never ask for these in a message (phishing-facts §3).
    out.add(
      "content.credential_request",
      soften ? "medium" : "critical",
      soften ? 15 : 50,
      creds.join("・"),
      `メッセージから${creds.join("・")}の入力を求めています。カード会社や銀行は、メッセージでこれらを聞くことはありません。`,
      "The message asks you to give your PIN, password, one-time code or card number. Card companies and banks never ask for these in a message.",
    );
  }
  if (f.cardInfoRequest || f.expiryRequest) {
    // 「カード情報のご確認とお手続き」「有効期限をご入力」 from a message link.
    out.add(
      "content.card_info_request",
      soften ? "low" : "high",
      soften ? 5 : 30,
      f.expiryRequest ? "有効期限" : "カード情報",
      "カード情報（有効期限・セキュリティコードなど）の入力を求めています。入力してよいのは、自分で開いた公式サイトやアプリの中だけです。",
      "It asks for card details (expiry date, security code). Enter them only on the official site or app you opened yourself.",
    );
  }
  // Behind a foreign URL these add to a strong signal; behind a link we merely cannot see (pasted
  // text of a genuine e-mail looks the same) they only add a little.
  const foreignUrl = ctx.unverifiedLink;
  if (f.personalInfoRequest && riskyLink) {
    // 「必要事項のご入力をお願いいたします」 behind a link that is not the issuer's.
    out.add(
      "content.personal_info_request",
      foreignUrl ? "medium" : "low",
      foreignUrl ? 10 : 5,
      "個人情報",
      "確かめられないリンクの先で、個人情報の入力を求めています。",
      "It asks for personal details behind a link that cannot be verified.",
    );
  }
  if (f.giftCode) {
    // 「ギフトカードを購入して番号を送ってください」: paying "fees" with e-money codes is always fraud.
    out.add(
      "content.gift_code",
      "critical",
      50,
      "ギフトカード・電子マネー",
      "ギフトカードや電子マネーの番号で支払わせるのは、詐欺の手口です。番号は絶対に教えないでください。",
      "Asking for gift-card or e-money codes as payment is a scam. Never give the codes.",
    );
  }
  if (f.paymentRequest && (ctx.unverifiedLink || callback.unlisted)) {
    // 「決済後ご利用再開」 via a foreign link: PayPay "send money" screens to a scammer's account.
    out.add(
      "content.money_transfer",
      "medium",
      15,
      "支払い・送金",
      "確かめられないリンクや電話で、支払いや送金をさせようとしています。",
      "It pushes you to pay or send money through a link or number that cannot be verified.",
    );
  }
  if (callback.unlisted) {
    // 「本日中に0366717573 NTTファイナンスお客様サポート迄ご連絡ください」: the number is not the issuer's.
    const high = claimed || f.unpaid || f.threat !== null;
    out.add(
      "content.callback_unlisted",
      high ? "high" : "medium",
      high ? 35 : 20,
      ctx.phones.map((p) => p.raw).join(", "),
      "メッセージにある電話番号に連絡させようとしていますが、その番号は公式に案内されている番号ではありません。",
      "It asks you to call a number that is not one the company publishes.",
    );
  } else if (callback.official) {
    // 「092-303-5631までご連絡ください」 for 楽天カード: a number on the issuer's own list.
    out.add(
      "content.callback_official",
      "positive",
      -20,
      ctx.phones.map((p) => p.raw).join(", "),
      "連絡先の電話番号は、会社が公式に案内している番号です。それでも、かけるときはカードや公式サイトに載っている番号を自分で確かめてからにしてください。",
      "The number to call is one the company publishes. Still, check it against the card or official site before calling.",
    );
  }
  if (f.unpaid) {
    // 「未払い料金お支払いのお願い」: unpaid-fee lures (13 phishing, 0 genuine in the labelled set).
    const strong = riskyLink || callback.unlisted;
    out.add(
      "content.unpaid_fee",
      strong ? "high" : "medium",
      strong ? 30 : 20,
      "未払い・未納",
      "「料金が未払い」と不安にさせて、リンクや電話に誘う手口がとても多く見られます。",
      "\"Unpaid charges\" is one of the most common lures to a link or phone number.",
    );
  }
  if (f.threat) {
    // 「ご利用を制限しています」: weak — genuine fraud alerts say it too.
    out.add(
      "content.threat",
      "low",
      8,
      f.threat,
      "「停止」「制限」などで不安にさせる言葉があります（本物の案内でも使われるため、これだけでは判断できません）。",
      "It uses alarming words such as suspension or restriction (genuine notices use them too, so this alone decides nothing).",
    );
  }
  if (f.urgent) {
    // 「本日中に」「24時間以内」: pressure to act before thinking.
    const extreme = f.urgentExtreme !== null;
    out.add(
      "content.urgency",
      extreme ? "medium" : "low",
      extreme ? 12 : 6,
      f.urgentExtreme ?? f.urgent,
      "急がせる言葉があります。あわてず、公式の窓口で確かめてください。",
      "It pushes you to hurry. Take your time and check through official channels.",
    );
  }
  // Only the message's own date counts: a family may log a genuine notice days after it came,
  // so "received" (or now) to deadline says nothing about the sender's pressure.
  const anchor = ctx.deadline.messageDate;
  if (ctx.deadline.deadlineDate && anchor) {
    const days = dayNumber(ctx.deadline.deadlineDate) - dayNumber(anchor);
    if (days >= 0 && days <= 2) {
      // 「閲覧期限は11月16日23:59まで」 in a mail dated 11月15日: a one-day fuse.
      out.add(
        "content.short_deadline",
        "medium",
        15,
        ctx.deadline.deadline ?? "",
        "届いてから期限までが極端に短く、考える時間を与えないようにしています。",
        "The deadline is only a day or two after the message: it leaves no time to think.",
      );
    }
  }
  if (f.alarmOnly) {
    // 「[d払い]緊急連絡、重要なお知らせ。」: says only that it is urgent, never what it is about.
    out.add(
      "content.alarm_only",
      "high",
      45,
      ctx.lower.slice(0, 60),
      "「緊急」「重要」と言うだけで、何の用件かが書かれていません。本物の案内は用件を書きます。",
      "It only says \"urgent\" or \"important\" without saying what it is about; genuine notices state their business.",
    );
  }
  if (f.kitTemplate) {
    // 「誠に勝手ながら、カードのご利用を一部制限させていただき」: one phishing kit reused across issuers.
    out.add(
      "content.kit_template",
      "high",
      30,
      f.kitTemplate,
      "このお決まりの文面は、ドコモ・三井住友カード・イオンカードなどを装う偽メールで繰り返し使われています。",
      "This stock wording is reused by fake mails posing as docomo, Sumitomo Mitsui Card, AEON and others.",
    );
  }
  if (f.placeholder) {
    // 「【お客様番号】様」: the mail-merge field was never filled in.
    out.add(
      "content.placeholder",
      "high",
      30,
      f.placeholder,
      "宛名が「【お客様番号】様」のような差し込み前のままです。大量に送られた偽メールの特徴です。",
      "The greeting is an unfilled template field, a sign of a mass-mailed fake.",
    );
  } else if (f.genericGreeting || f.addressAsName) {
    // 「三井住友カード会員 様」「〇〇@〇〇.co.jp様」: no real name (6 phishing, 0 genuine).
    out.add(
      "content.generic_greeting",
      "medium",
      25,
      f.addressAsName ?? f.genericGreeting ?? "",
      "宛名があなたの名前ではなく、「会員様」やメールアドレスになっています。",
      "It is addressed to \"member\" or to your e-mail address instead of your name.",
    );
  } else if (ctx.channel === "email") {
    // 三井住友カード: genuine mail opens with the Vpass handle name; no name is a fake sign.
    const byName = ctx.issuers.find((i) => i.addressesByName?.value.includes("email"));
    if (byName && !hasNamedGreeting(ctx.lowerBody, ctx.seen, f)) {
      out.add(
        "content.no_personal_name",
        "high",
        35,
        byName.names.ja,
        `${byName.names.ja}の本物のメールは、冒頭にあなたの名前（登録した名前）が入ります。このメールにはありません。`,
        `Genuine ${byName.names.en} mails open with your (registered) name; this one does not.`,
      );
    }
  }
  if (f.foreignGlyph) {
    // 「1號」「您」: characters Japanese does not use, typical of machine-made kits.
    out.add(
      "content.foreign_glyphs",
      "high",
      30,
      f.foreignGlyph,
      `日本語では使わない文字（${f.foreignGlyph}）が混じっています。海外で作られた偽メールによくある特徴です。`,
      `It contains a character Japanese does not use (${f.foreignGlyph}), typical of fakes made abroad.`,
    );
  }
  if (f.kitTell) {
    // 「ALL Right Reserved」: a broken copyright line copied between kits.
    out.add("content.kit_tell", "medium", 15, f.kitTell, "決まり文句に不自然な誤りがあります。", "Its boilerplate has an unnatural error.");
  }
  const named = [...ctx.claims.families].filter((fam) => fam !== "bank");
  if (named.length >= 2) {
    // Subject 楽天カード, body 三井住友カード: kits mix brands.
    out.add(
      "content.mixed_brands",
      "medium",
      20,
      ctx.claims.issuers.map((i) => i.names.ja).join(" / "),
      "別々の会社の名前が混ざっています。",
      "It mixes the names of different companies.",
    );
  }
  if (f.prize && (riskyLink || callback.unlisted)) {
    // 「ポイントを付与」「還付金」 behind a link: a reward lure.
    out.add("content.prize_lure", "medium", 20, f.prize, "ポイントや返金などの「得をする話」でリンクに誘っています。", "It lures you to a link with points, refunds or prizes.");
  }
  if (f.appInstall && riskyLink) {
    // 「セキュリティアプリをインストール」: installs malware from a link.
    out.add(
      "content.app_install",
      "high",
      35,
      f.appInstall,
      "リンクからアプリを入れさせようとしています。アプリは公式のアプリストアからだけ入れてください。",
      "It asks you to install an app from a link. Install apps only from the official app store.",
    );
  }
  if (f.login && riskyLink) {
    // 「ログインして再度設定してください」 through a link: the landing page collects your login.
    out.add(
      "content.login_via_link",
      foreignUrl ? "medium" : "low",
      foreignUrl ? 15 : 5,
      "ログイン",
      "確かめられないリンクからログインさせようとしています。ログインは、自分で開いた公式アプリや公式サイトからにしてください。",
      "It asks you to log in through a link that cannot be verified. Log in only from the official app or site you open yourself.",
    );
  }
  if (ctx.hadInvisible) {
    out.add(
      "content.invisible_chars",
      "medium",
      15,
      "U+200B/U+202E…",
      "目に見えない特殊な文字が入っています。アドレスや文字を隠したり逆向きに見せたりするのに使われます。",
      "It contains invisible control characters, used to hide or reverse text and addresses.",
    );
  }
  if (ctx.truncated) {
    out.add(
      "content.oversized",
      "low",
      5,
      "",
      "メッセージが非常に長いため、最初と最後の部分だけを調べました。",
      "The message is very long; only its beginning and end were checked.",
    );
  }
  if (f.safeRoute && !ctx.unverifiedLink) {
    // 「ログイン後の会員ページよりお手続き」: points you to the official site, not a form in the message.
    out.add(
      "content.safe_route",
      "positive",
      -5,
      f.safeRoute,
      "メッセージの中で入力させず、公式サイトやアプリから手続きするよう案内しています（これだけでは本物とは言えません）。",
      "It points you to the official site or app rather than a form in the message (not proof on its own).",
    );
  }
}

/** An issuer's warning that asks nothing ("不審なSMSにご注意ください"): no link, no call, no request. */
export function isPureWarning(ctx: Context, callback: CallbackResult): boolean {
  const f = ctx.features;
  return (
    f.warning !== null &&
    ctx.urls.length === 0 &&
    !ctx.hiddenLink &&
    !callback.any &&
    !f.pinRequest &&
    !f.passwordRequest &&
    !f.cardNumberRequest &&
    !f.cardInfoRequest &&
    !f.giftCode
  );
}

export function warningRule(ctx: Context): void {
  ctx.out.add(
    "content.warning_notice",
    "info",
    -5,
    ctx.features.warning ?? "",
    "偽のメッセージへの注意を呼びかける内容で、リンクや入力の依頼はありません。",
    "It warns about fake messages and asks nothing: no link, no input.",
  );
}
