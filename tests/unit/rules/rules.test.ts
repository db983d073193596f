/**
 * One table per rule: each row is a message written for the test, with the rule it must raise
 * (positive) or must not raise (negative). The last test checks that every rule id has at least
 * one positive row here, so a new rule cannot ship untested.
 */
import { describe, expect, it } from "vitest";
import { RULE_IDS, type RuleId } from "../../../lib/rules";
import { DCARD_AML_SMS, judge, rulesOf, type Msg } from "./helpers";

interface Row {
  readonly name: string;
  readonly m: Msg;
  readonly now?: string;
}

const TABLE: Record<RuleId, { readonly yes: readonly Row[]; readonly no: readonly Row[] }> = {
  "link.official_domain": {
    yes: [
      { name: "dカード link", m: DCARD_AML_SMS },
      { name: "JCB link", m: { channel: "email", body: "JCBからのお知らせ https://www.jcb.co.jp/pop/riyoukakunin/" } },
    ],
    no: [
      { name: "substring is not a match", m: { channel: "sms", body: "【dカード】確認 https://dcard.docomo.ne.jp.evil.top/" } },
      { name: "official domain of another family", m: { channel: "sms", body: "【楽天カード】確認 https://www.jcb.co.jp/" } },
    ],
  },
  "link.unofficial_domain": {
    yes: [{ name: "foreign domain for a claimed issuer", m: { channel: "sms", body: "三井住友カードより本人確認のご案内 https://snnbceic-gency.com/" } }],
    no: [
      { name: "no issuer claimed", m: { channel: "sms", body: "会議の資料です https://example.com/doc" } },
      { name: "official", m: DCARD_AML_SMS },
    ],
  },
  "link.unknown_domain": {
    yes: [{ name: "no issuer, foreign link", m: { channel: "sms", body: "お荷物のお届けについて https://example.com/track" } }],
    no: [{ name: "issuer claimed instead", m: { channel: "sms", body: "【楽天カード】確認 https://example.com/" } }],
  },
  "link.brand_in_domain": {
    yes: [
      { name: "dcard-docomo.com", m: { channel: "sms", body: "【dカード】確認 https://dcard-docomo.com/login" } },
      { name: "brand as subdomain", m: { channel: "sms", body: "ドコモ https://nttdocomo.jp.abcd.com/" } },
      { name: "mydocomo.<other TLD>", m: { channel: "sms", body: "利用停止予告 https://mydocomo.xyz/" } },
    ],
    no: [{ name: "official host with the brand", m: { channel: "sms", body: "【dカード】https://dcard.docomo.ne.jp/st/" } }],
  },
  "link.lookalike_domain": {
    yes: [
      { name: "docono", m: { channel: "sms", body: "ドコモ料金 https://www.docono-info.com/" } },
      { name: "aoen", m: { channel: "email", body: "イオンカード https://aoen-card.net/" } },
      { name: "Cyrillic о in docomo", m: { channel: "sms", body: "ドコモ https://dосомо.net/" } },
    ],
    no: [{ name: "unrelated word", m: { channel: "sms", body: "ドコモ https://weather.example.com/" } }],
  },
  "link.fake_suffix": {
    yes: [{ name: "co.jp inside the subdomain", m: { channel: "email", body: "イオンカード https://www.aeon.co.jp.v-o-t.com/" } }],
    no: [{ name: "real co.jp domain", m: { channel: "email", body: "イオンカード https://www.aeon.co.jp/" } }],
  },
  "link.brand_in_path": {
    yes: [{ name: "brand only in the path", m: { channel: "sms", body: "ポイント失効 https://gtzyhs.com/docomo" } }],
    no: [{ name: "no brand in path", m: { channel: "sms", body: "ポイント失効 https://gtzyhs.com/p" } }],
  },
  "link.shortener": {
    yes: [{ name: "bit.ly", m: { channel: "sms", body: "未払い料金 https://bit.ly/3abc" } }],
    no: [{ name: "issuer's own short link r10.to", m: { channel: "email", body: "楽天カード ご利用内容 https://r10.to/abc" } }],
  },
  "link.issuer_shortener": {
    yes: [{ name: "r10.to for 楽天カード", m: { channel: "email", body: "楽天カード ご利用内容 https://r10.to/abc" } }],
    no: [{ name: "r10.to for another issuer", m: { channel: "sms", body: "【JCB】ご確認 https://r10.to/abc" } }],
  },
  "link.ip_host": {
    yes: [
      { name: "dotted", m: { channel: "sms", body: "【JCB】確認 http://192.168.10.5/login" } },
      { name: "decimal", m: { channel: "sms", body: "【JCB】確認 http://3232235777/login" } },
      { name: "hex", m: { channel: "sms", body: "【JCB】確認 http://0xC0A80001/login" } },
    ],
    no: [{ name: "version number is not a host", m: { channel: "sms", body: "アプリ 1.2.3.4 に更新しました" } }],
  },
  "link.idn_host": {
    yes: [{ name: "Japanese IDN host in punycode", m: { channel: "sms", body: "ドコモ https://xn--eckwd4c7c.xn--zckzah/" } }],
    no: [{ name: "ASCII host", m: { channel: "sms", body: "ドコモ https://example.com/" } }],
  },
  "link.cheap_tld": {
    yes: [{ name: ".top", m: { channel: "sms", body: "【JCB】確認 https://myjcb-login.top/" } }],
    no: [{ name: ".com", m: { channel: "sms", body: "【JCB】確認 https://example.com/" } }],
  },
  "link.dynamic_dns": {
    yes: [{ name: "duckdns", m: { channel: "sms", body: "不在のため持ち帰りました http://abc.duckdns.org/" } }],
    no: [{ name: "normal host", m: { channel: "sms", body: "不在のため持ち帰りました http://abc.example.org/" } }],
  },
  "link.userinfo": {
    yes: [{ name: "official name before @", m: { channel: "sms", body: "【dカード】https://dcard.docomo.ne.jp@evil.example.com/login" } }],
    no: [{ name: "plain official URL", m: DCARD_AML_SMS }],
  },
  "link.redacted": {
    yes: [
      { name: "masked TLD", m: { channel: "sms", body: "利用停止予告 https://mydocomo.○○○" } },
      { name: "dots only", m: { channel: "sms", body: "rakuten cardが一時停止 https://..../" } },
    ],
    no: [{ name: "masked path only", m: { channel: "sms", body: "<dカード>更新カード http://fw.dcard.docomo.ne.jp/*" } }],
  },
  "link.hidden": {
    yes: [{ name: "こちら without URL", m: { channel: "email", body: "【JCB】ご利用確認はこちら" } }],
    no: [
      { name: "こちら followed by URL", m: { channel: "sms", body: "<dカード>簡易書留発送希望の場合はこちら http://fw.dcard.docomo.ne.jp/a" } },
      { name: "リンク先 in a warning", m: { channel: "email", body: "不審なSMSのリンク先の偽サイトに入力しないでください" } },
    ],
  },
  "link.text_mismatch": {
    yes: [
      {
        name: "shows official, goes elsewhere",
        m: { channel: "email", body: "三井住友カード https://www.smbc-card.com/", links: [{ text: "https://www.smbc-card.com/", href: "https://smbc.example.cn/" }] },
      },
    ],
    no: [
      {
        name: "same site",
        m: { channel: "email", body: "三井住友カード", links: [{ text: "https://www.smbc-card.com/", href: "https://www.smbc-card.com/mem/" }] },
      },
      { name: "text is not a URL", m: { channel: "email", body: "三井住友カード", links: [{ text: "こちら", href: "https://www.smbc-card.com/" }] } },
    ],
  },
  "sender.email_official_domain": {
    yes: [{ name: "vpass.ne.jp", m: { channel: "email", sender: "x@contact.vpass.ne.jp", subject: "三井住友カード", body: "山田 様\nお知らせ" } }],
    no: [{ name: "look-alike domain", m: { channel: "email", sender: "x@vpass-ne.jp", subject: "三井住友カード", body: "お知らせ" } }],
  },
  "sender.email_unlisted_domain": {
    yes: [{ name: "creema.jp for 三井住友カード", m: { channel: "email", sender: "ufott@creema.jp", subject: "三井住友カード", body: "お知らせ" } }],
    no: [{ name: "official", m: { channel: "email", sender: "x@mail.rakuten-card.co.jp", subject: "楽天カード", body: "お知らせ" } }],
  },
  "sender.email_brand_in_address": {
    yes: [{ name: "brand in local part", m: { channel: "email", sender: "NTT-docomo.t-sugio@pixta.jp", subject: "ドコモ", body: "お知らせ" } }],
    no: [{ name: "no brand in address", m: { channel: "email", sender: "tanaka@pixta.jp", subject: "ドコモ", body: "お知らせ" } }],
  },
  "sender.email_invalid_domain": {
    yes: [{ name: "no public suffix", m: { channel: "email", sender: "楽天 <a.b@path33.global-biwinsport>", subject: "楽天カード", body: "x" } }],
    no: [{ name: "valid", m: { channel: "email", sender: "a@example.co.jp", subject: "楽天カード", body: "x" } }],
  },
  "sender.email_name_only": {
    yes: [{ name: "display name only", m: { channel: "email", sender: "イオンクレジットサービス株式会社", subject: "イオンカード", body: "x" } }],
    no: [{ name: "address given", m: { channel: "email", sender: "information@ma.email.aeon.co.jp", subject: "イオンカード", body: "x" } }],
  },
  "sender.email_auth_pass": {
    yes: [
      {
        name: "DMARC pass for official domain",
        m: { channel: "email", sender: "security.mail@info.jcb.co.jp", subject: "JCB", body: "x", emailAuth: { dmarc: "pass", dkim: "pass", dkimDomain: "jcb.co.jp" } },
      },
    ],
    no: [{ name: "pass for a foreign domain", m: { channel: "email", sender: "a@example.com", subject: "JCB", body: "x", emailAuth: { dmarc: "pass" } } }],
  },
  "sender.email_auth_fail": {
    yes: [{ name: "DMARC fail", m: { channel: "email", sender: "x@vpass.ne.jp", subject: "三井住友カード", body: "x", emailAuth: { dmarc: "fail" } } }],
    no: [{ name: "no auth data", m: { channel: "email", sender: "x@vpass.ne.jp", subject: "三井住友カード", body: "x" } }],
  },
  "sender.sms_official": {
    yes: [
      { name: "SMCC number", m: { channel: "sms", sender: "0120-936-795", body: "【三井住友カード】カードのご利用確認にご協力をお願いいたします" } },
      { name: "+81 form", m: { channel: "sms", sender: "+81 6-6445-3474", body: "【三井住友カード】ご利用確認" } },
      { name: "NTT DoCoMo id", m: { channel: "sms", sender: "NTT DoCoMo", body: "【dカード】カードのご利用確認" } },
    ],
    no: [{ name: "number of another issuer", m: { channel: "sms", sender: "0120-936-795", body: "【楽天カード】ご利用確認" } }],
  },
  "sender.sms_unlisted": {
    yes: [{ name: "楽天 publishes all senders", m: { channel: "sms", sender: "0312345678", body: "【楽天カード】ご利用確認" } }],
    no: [{ name: "listed 楽天 sender", m: { channel: "sms", sender: "0570-666-910", body: "【楽天カード】ご利用確認" } }],
  },
  "sender.sms_mobile_number": {
    yes: [{ name: "090 number claims a company", m: { channel: "sms", sender: "090-1234-5678", body: "【NTTドコモ】料金のお知らせ" } }],
    no: [{ name: "no company claimed", m: { channel: "sms", sender: "090-1234-5678", body: "明日の集合は10時です" } }],
  },
  "sender.sms_unrelated_id": {
    yes: [{ name: "SMMKT for docomo", m: { channel: "sms", sender: "SMMKT", body: "dアカウントの利用が制限されております" } }],
    no: [{ name: "id naming the brand", m: { channel: "sms", sender: "NTT DOCOMO", body: "ドコモからのお知らせ" } }],
  },
  "channel.message_r": {
    yes: [{ name: "メッセージR for dカード", m: { channel: "message_r", body: "dカードサイトにログインして専用ページにてお客さま情報の確認をしてください" } }],
    no: [{ name: "SMS", m: { channel: "sms", body: "dカードサイトにログインして専用ページにてお客さま情報の確認をしてください" } }],
  },
  "channel.message_r_without_docomo_line": {
    yes: [{ name: "no docomo line", m: { channel: "message_r", body: "dカードのお知らせ", relativeContext: { hasDocomoLine: false } } }],
    no: [{ name: "docomo line", m: { channel: "message_r", body: "dカードのお知らせ", relativeContext: { hasDocomoLine: true } } }],
  },
  "channel.app": {
    yes: [{ name: "in the issuer's app", m: { channel: "app", body: "イオンカード ご利用状況確認のお願い" } }],
    no: [{ name: "app, no issuer", m: { channel: "app", body: "お知らせ" } }],
  },
  "channel.phone_ivr": {
    yes: [{ name: "press 2", m: { channel: "phone", body: "料金の未納があるので電話が利用停止となります。オペレーターに繋ぐ場合は2を押してください。" } }],
    no: [{ name: "normal call note", m: { channel: "phone", body: "担当者から折り返しの電話がありました" } }],
  },
  "content.credential_request": {
    yes: [
      { name: "PIN", m: { channel: "sms", body: "【JCB】暗証番号を入力してください" } },
      { name: "card number", m: { channel: "email", body: "本人確認のため、カード番号をご入力ください。" } },
    ],
    no: [
      { name: "negated", m: { channel: "email", body: "当行では暗証番号の入力を求めることはありません。" } },
      { name: "describes the scam", m: { channel: "email", body: "暗証番号を入力させる不審なSMSにご注意ください。" } },
    ],
  },
  "content.card_info_request": {
    yes: [{ name: "card information", m: { channel: "email", body: "下記よりカード情報のご確認とお手続きをお願いいたします" } }],
    no: [{ name: "warning", m: { channel: "email", body: "カード情報を入力しないでください" } }],
  },
  "content.personal_info_request": {
    yes: [{ name: "behind a foreign link", m: { channel: "sms", body: "【楽天カード】お客様情報の更新をお願いします https://example.com/" } }],
    no: [{ name: "behind an official link", m: DCARD_AML_SMS }],
  },
  "content.gift_code": {
    yes: [{ name: "buy and send gift codes", m: { channel: "phone", body: "コンビニでAmazonギフトカードを購入し番号を教えてください" } }],
    no: [{ name: "warning about gift codes", m: { channel: "email", body: "ギフト券の番号は絶対に教えないでください" } }],
  },
  "content.money_transfer": {
    yes: [{ name: "pay via a foreign link", m: { channel: "sms", body: "料金未払い。決済後ご利用再開: https://example.com/pay" } }],
    no: [{ name: "no link", m: { channel: "sms", body: "お支払いをお願いします" } }],
  },
  "content.callback_unlisted": {
    yes: [{ name: "unknown number", m: { channel: "sms", body: "ご利用料金の確認が取れておりません。本日中に 0366717573 NTTファイナンスお客様サポート迄ご連絡ください。" } }],
    no: [
      { name: "official number", m: { channel: "email", body: "楽天カード モニタリングチーム（092-303-5631）までご連絡ください" } },
      { name: "number without a call request", m: { channel: "email", body: "株式会社 〒100-6150 電話 03-5156-1111(代表)" } },
    ],
  },
  "content.callback_official": {
    yes: [{ name: "楽天カード monitoring number", m: { channel: "email", body: "楽天カード モニタリングチーム（092-303-5631）までご連絡ください" } }],
    no: [{ name: "masked number", m: { channel: "sms", body: "楽天カードです。092-***-****までご連絡ください" } }],
  },
  "content.unpaid_fee": {
    yes: [{ name: "未払い", m: { channel: "sms", body: "NTTドコモ未払い料金お支払いのお願い" } }],
    no: [{ name: "billing notice", m: { channel: "sms", body: "今月のご利用料金が確定しました" } }],
  },
  "content.threat": {
    yes: [{ name: "suspension", m: { channel: "sms", body: "カードのご利用を制限しています" } }],
    no: [{ name: "neutral", m: { channel: "sms", body: "更新カードを発送しました" } }],
  },
  "content.urgency": {
    yes: [{ name: "24時間以内", m: { channel: "email", body: "24時間以内に完了してください" } }],
    no: [{ name: "calm", m: { channel: "email", body: "お手すきの際にご確認ください" } }],
  },
  "content.short_deadline": {
    yes: [{ name: "one day after its own date", m: { channel: "email", body: "2021年11月15日\n重要なお知らせ。閲覧期限は11月16日23:59までです。" } }],
    no: [{ name: "weeks ahead", m: { channel: "email", body: "2024年10月1日\nお手続き期限：2024年11月03日" } }],
  },
  "content.alarm_only": {
    yes: [{ name: "only alarm words", m: { channel: "sms", body: "[d払い]緊急連絡、重要なお知らせ。" } }],
    no: [{ name: "states its business", m: { channel: "sms", body: "【重要】更新カードを普通郵便で発送します" } }],
  },
  "content.kit_template": {
    yes: [{ name: "the reused sentence", m: { channel: "email", body: "誠に勝手ながら、カードのご利用を一部制限させていただき、ご連絡させていただきました。" } }],
    no: [{ name: "genuine-style restriction", m: { channel: "sms", body: "不正利用の可能性があるため、カードのご利用を制限しています。" } }],
  },
  "content.generic_greeting": {
    yes: [
      { name: "会員 様", m: { channel: "email", body: "三井住友カード会員 様\nお知らせ" } },
      { name: "address as name", m: { channel: "email", body: "taro@example.co.jp様、\nお知らせ" } },
    ],
    no: [{ name: "real name", m: { channel: "email", body: "山田 太郎 様\nお知らせ" } }],
  },
  "content.no_personal_name": {
    yes: [{ name: "SMCC mail without a name", m: { channel: "email", subject: "三井住友カード", body: "いつも弊社カードをご利用いただきありがとうございます。" } }],
    no: [
      { name: "SMCC mail with a name", m: { channel: "email", subject: "三井住友カード", body: "たろう 様\nいつもご利用ありがとうございます。" } },
      { name: "SMS (names not expected)", m: { channel: "sms", body: "【三井住友カード】ご利用確認" } },
    ],
  },
  "content.placeholder": {
    yes: [{ name: "unfilled field", m: { channel: "email", body: "【お客様番号】様の2025年5月ご利用料金が確認できておりません。" } }],
    no: [{ name: "filled", m: { channel: "email", body: "山田様の5月ご利用料金のお知らせ" } }],
  },
  "content.foreign_glyphs": {
    yes: [{ name: "號", m: { channel: "email", body: "東京都千代田区永田町2丁目11番1號" } }],
    no: [{ name: "号", m: { channel: "email", body: "東京都千代田区永田町2丁目11番1号" } }],
  },
  "content.kit_tell": {
    yes: [{ name: "ALL Right Reserved", m: { channel: "email", body: "Copyright(C) NTT CORPORATION,Inc.ALL Right  Reserved." } }],
    no: [{ name: "All rights reserved", m: { channel: "email", body: "All rights reserved." } }],
  },
  "content.mixed_brands": {
    yes: [{ name: "楽天 and 三井住友カード", m: { channel: "email", subject: "楽天カードご利用確認", body: "三井住友カード ご案内メール" } }],
    no: [{ name: "dカード and ドコモ (same family)", m: { channel: "sms", body: "【dカード】NTTドコモからのお知らせ" } }],
  },
  "content.prize_lure": {
    yes: [{ name: "points via link", m: { channel: "sms", body: "本人確認でポイントを付与します https://example.com/" } }],
    no: [{ name: "points, official link", m: { channel: "sms", body: "ドコモ dポイントを進呈 https://www.docomo.ne.jp/" } }],
  },
  "content.app_install": {
    yes: [{ name: "install via link", m: { channel: "sms", body: "セキュリティアプリをインストールしてください http://example.com/a.apk" } }],
    no: [{ name: "no link", m: { channel: "sms", body: "公式のアプリストアからアプリをインストールできます" } }],
  },
  "content.login_via_link": {
    yes: [{ name: "log in through a foreign link", m: { channel: "sms", body: "【JCB】MyJCBにログインしてください https://example.com/" } }],
    no: [{ name: "log in yourself, official link", m: DCARD_AML_SMS }],
  },
  "content.invisible_chars": {
    yes: [{ name: "RLO", m: { channel: "sms", body: "ドコモ https://example.com/\u202Efdp.exe" } }],
    no: [{ name: "plain", m: { channel: "sms", body: "ドコモ https://example.com/" } }],
  },
  "content.oversized": {
    yes: [{ name: "very long", m: { channel: "email", body: "あ".repeat(50_000) } }],
    no: [{ name: "normal length", m: { channel: "email", body: "あ".repeat(500) } }],
  },
  "content.safe_route": {
    yes: [{ name: "log in yourself", m: DCARD_AML_SMS }],
    no: [{ name: "with a foreign link", m: { channel: "sms", body: "ログイン後のページでお手続き https://example.com/" } }],
  },
  "content.warning_notice": {
    yes: [{ name: "issuer warning", m: { channel: "email", body: "当行を装った不審なSMSにご注意ください。" } }],
    no: [{ name: "warning with a link", m: { channel: "email", body: "不審なSMSにご注意ください。確認はこちら https://example.com/" } }],
  },
  "issuer.never": {
    yes: [
      { name: "MUFG SMS with link", m: { channel: "sms", body: "「三菱UFJ銀行」お客様の口座取引における重要な確認について。詳細はこちら:https://t.co/abc" } },
      { name: "bank AML by e-mail", m: { channel: "email", body: "【横浜銀行】お取引目的等のご確認のため、以下のリンクからご回答ください" } },
      { name: "NTT Finance automated voice", m: { channel: "phone", body: "NTTファイナンスです。オペレーターに繋ぐ場合は2を押してください。" } },
      { name: "AEON usage check by mail after 2025-02-13", m: { channel: "email", body: "イオンカードご利用状況確認のお願い。詳細はこちら" }, now: "2025-06-01T00:00:00Z" },
    ],
    no: [
      { name: "AEON usage check by mail before 2025-02-13", m: { channel: "email", body: "イオンカードご利用状況確認のお願い。詳細はこちら" }, now: "2024-06-01T00:00:00Z" },
      { name: "dカード AML by SMS is genuine practice", m: DCARD_AML_SMS },
      { name: "bank warning asks nothing", m: { channel: "email", body: "三菱UFJ銀行を装い「お取引目的等の確認」を求める不審なメールにご注意ください。" } },
    ],
  },
  "campaign.match": {
    yes: [{ name: "dカード AML SMS", m: DCARD_AML_SMS }],
    no: [{ name: "same theme, foreign link", m: { channel: "sms", body: "【dカード】お客さま情報のご確認をお願いします。お手続き期限：11月3日 https://dcard-check.com/" } }],
  },
  "campaign.imitation": {
    yes: [{ name: "theme with a foreign link", m: { channel: "sms", body: "【dカード】お客さま情報のご確認をお願いします。お手続き期限：11月3日 https://example.com/" } }],
    no: [{ name: "genuine", m: DCARD_AML_SMS }],
  },
};

describe("rules: positive and negative rows", () => {
  for (const rule of RULE_IDS) {
    const t = TABLE[rule];
    describe(rule, () => {
      it.each(t.yes.map((r) => [r.name, r] as const))("raises on: %s", (_n, r) => {
        expect(rulesOf(judge(r.m, r.now))).toContain(rule);
      });
      it.each(t.no.map((r) => [r.name, r] as const))("stays quiet on: %s", (_n, r) => {
        expect(rulesOf(judge(r.m, r.now))).not.toContain(rule);
      });
    });
  }

  it("every rule has at least one positive and one negative row", () => {
    for (const rule of RULE_IDS) {
      expect(TABLE[rule].yes.length, rule).toBeGreaterThan(0);
      expect(TABLE[rule].no.length, rule).toBeGreaterThan(0);
    }
  });
});
