/**
 * Deterministic corpus for bench/rules.bench.ts: variants of the labelled dev set plus synthetic
 * genuine and phishing messages built from templates, with a seeded PRNG (same seed → same corpus).
 */
import fs from "node:fs";
import path from "node:path";
import type { Channel, MessageInput } from "../lib/rules";

/** mulberry32: small, fast, good enough to vary test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface DevMessage {
  channel: Channel;
  sender: string | null;
  subject: string | null;
  body: string;
}

function loadDev(): DevMessage[] {
  const file = path.resolve(process.cwd(), "../shared/reference/dev-messages.jsonl");
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevMessage);
}

const FOREIGN = ["dcard-docomo.com", "mydocomo-info.top", "smbc-card.secure-login.cn", "rakuten-card.co.jp.kakunin.vip", "myjcb-check.club", "aeon-card.ren", "mufg-kakunin.com", "jp-bank-update.shop", "x7k2p.duckdns.org", "bit.ly", "t.co", "example.com"];
const OFFICIAL = ["dcard.docomo.ne.jp/st/index.html", "www.docomo.ne.jp/info/", "s.vpass.jp/?id=A1B2C3", "www.smbc-card.com/mem/", "www.rakuten-card.co.jp/e-navi/", "www.jcb.co.jp/pop/riyoukakunin/", "www.aeon.co.jp/", "www.bk.mufg.jp/", "www.smbc.co.jp/", "www.jp-bank.japanpost.jp/"];
const NAMES = ["山田 太郎", "佐藤 花子", "鈴木 一郎", "たなか", "高橋 恵子"];
const FOOTER =
  "\n──────────────\n※本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできませんのでご了承ください。\n" +
  "※このメールに心当たりのない方は、お手数ですが削除してください。\n発行：株式会社サンプル　東京都千代田区丸の内1-1-1\n";

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function date(r: () => number): string {
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return r() < 0.5 ? `2025年${m}月${String(d).padStart(2, "0")}日` : `${m}月${d}日`;
}

function phone(r: () => number): string {
  return `0${pick(r, ["3", "6", "120", "50", "90"])}-${1000 + Math.floor(r() * 8999)}-${1000 + Math.floor(r() * 8999)}`;
}

type Template = (r: () => number) => MessageInput;

const GENUINE: Template[] = [
  (r) => ({
    channel: "sms",
    body: `【dカード】マネー・ローンダリング及びテロ資金供与対策の一環として、お客さま情報のご確認をお願いしております。以下のURLからdカードサイトへアクセスいただき、お手続きをお願いいたします。※登録情報に変更が無いお客様もお手続きが必要です。\nお手続き期限：${date(r)}\nhttps://dcard.docomo.ne.jp/st/index.html\n※ログイン後の会員ページよりお手続きください。`,
  }),
  (r) => ({ channel: "message_r", subject: "お客さま情報のご確認のお願い", body: `dカードサイトにログインして専用ページにてお客さま情報の確認をしてください。ご回答期限：${date(r)}` }),
  (r) => ({ channel: "sms", sender: "NTT DoCoMo", body: `【dカード】カードのご利用確認にご協力をお願い致します https://s.vpass.jp/?id=${Math.floor(r() * 1e9).toString(36)}` }),
  (r) => ({ channel: "sms", body: `<dカード>更新カードを普通郵便で発送予定です。簡易書留発送希望の場合はこちら http://fw.dcard.docomo.ne.jp/${Math.floor(r() * 1e6)}` }),
  (r) => ({
    channel: "email",
    sender: "info@mail.rakuten-card.co.jp",
    subject: "【重要】楽天カードから緊急のご連絡",
    body: `${pick(r, NAMES)} 様\n楽天カードをご利用いただきありがとうございます。カードのご利用について確認させていただきたいことがございます。楽天カード株式会社 信用管理グループ モニタリングチーム（092-303-5631）までご連絡ください。${FOOTER}`,
  }),
  (r) => ({
    channel: "email",
    sender: "security.mail@info.jcb.co.jp",
    subject: "【JCBカード】カードご利用内容の確認のお願い",
    body: `${pick(r, NAMES)} 様\nJCBカードをご利用いただきありがとうございます。ご利用内容の確認をお願いします。以下のページでメールに記載の認証コードを入力してください。\nhttps://www.jcb.co.jp/pop/riyoukakunin/\n認証コード：${Math.floor(r() * 1e6)}${FOOTER}`,
  }),
  (r) => ({ channel: "sms", sender: "NTT DOCOMO", body: `【ドコモからのお知らせ】FOMAサービスは2026年3月31日に終了します。機種変更クーポン（有効期限${date(r)}）を進呈中です。▼対象機種の確認はこちら https://www.docomo.ne.jp/service/foma/` }),
  (r) => ({ channel: "email", subject: "【三井住友銀行】不審なSMSにご注意ください", body: `当行を装った不審なSMSが確認されています（${date(r)}現在）。当行からSMSで暗証番号を求めることはありません。${FOOTER}` }),
];

const PHISHING: Template[] = [
  (r) => ({ channel: "sms", sender: `0${pick(r, ["90", "80", "70"])}${Math.floor(1e7 + r() * 8e7)}`, body: `【利用停止予告】NTTドコモ未払い料金お支払いのお願い。 https://${pick(r, FOREIGN)}/${Math.floor(r() * 1e5)}` }),
  (r) => ({ channel: "sms", body: `ご利用料金の確認が取れておりません。本日中に ${phone(r)} NTTファイナンスお客様サポート迄ご連絡ください。` }),
  (r) => ({
    channel: "email",
    sender: `${Math.floor(r() * 1e6).toString(36)}@${pick(r, ["creema.jp", "gacmo.net", "eppw.com", "infomail.ocn.ne.jp"])}`,
    subject: "<重要>【三井住友カード】ご利用確認のお願い",
    body: `三井住友カード会員 様\n不正利用の可能性があるため、カードの利用を一部制限しました。ご本人さまの利用であるかを回答ください。\n利用日時 2024/09/09\n利用金額 ${Math.floor(r() * 90000)}円\n利用内容確認の回答はこちら https://${pick(r, FOREIGN)}/${FOOTER}`,
  }),
  (r) => ({ channel: "sms", body: `「三菱UFJ銀行」お客様の口座取引における重要な確認について。詳細はこちら:https://t.co/${Math.floor(r() * 1e8).toString(36)}` }),
  (r) => ({
    channel: "email",
    sender: "イオンクレジットサービス株式会社",
    subject: "アカウント使用制限のお知らせです。",
    body: `${Math.floor(r() * 1e5)}@example.co.jp様、\nイオンカードご利用いただき、ありがとうございます。このたび、ご本人様のご利用かどうかを確認させていただきたいお取引がありましたので、誠に勝手ながら、カードのご利用を一部制限させていただき、ご連絡させていただきました。\n■ご利用確認はこちら\n${FOOTER}`,
  }),
  (r) => ({ channel: "sms", sender: "SMMKT", body: `不正なアクティビティが検知されました為、dアカウントの利用が制限されております https://${pick(r, FOREIGN)}/login` }),
  (r) => ({ channel: "email", sender: `info@${pick(r, ["boy.co.jp", "example.net"])}`, subject: "【横浜銀行】入金制限のお知らせ", body: `お客さまのお取引を規制させていただきました。規制解除するには下記へアクセスし、お手続きしてください。\n▶️規制解除 https://${pick(r, FOREIGN)}/\n${date(r)} までにご回答いただけない場合、口座を解約させていただくことがございます。` }),
  (r) => ({ channel: "sms", body: `【dポイント】ポイントが本日失効します。h**ps://${Math.floor(r() * 1e6).toString(36)}[.]com/docomo` }),
  (r) => ({ channel: "email", subject: "【JCBカード】本人情報緊急確認", body: `MyJCBにログインしてカード番号と暗証番号をご入力ください。24時間以内に完了してください。 ${pick(r, ["https://myjcb-check.club/", "hxxps://jcb-login[.]top/"])}` }),
];

function variantOfDev(m: DevMessage, r: () => number): MessageInput {
  let body = m.body;
  if (r() < 0.5) body = body.replace(/https?:\/\/\S+/g, () => `https://${r() < 0.5 ? pick(r, FOREIGN) : pick(r, OFFICIAL)}`);
  if (r() < 0.3) body = `${pick(r, NAMES)} 様\n${body}`;
  if (r() < 0.3) body += FOOTER;
  if (r() < 0.2) body = body.replace(/\d+/g, (d) => String((Number(d.slice(0, 6)) + Math.floor(r() * 9)) % 10 ** Math.min(6, d.length)));
  return { channel: m.channel, sender: m.sender, subject: m.subject, body, receivedAt: r() < 0.5 ? "2025-06-10T01:00:00Z" : null };
}

/** `n` messages: about 40 % dev-set variants, 30 % synthetic genuine, 30 % synthetic phishing. */
export function buildCorpus(n: number, seed = 20261101): MessageInput[] {
  const r = prng(seed);
  const dev = loadDev();
  const out: MessageInput[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.4) out.push(variantOfDev(pick(r, dev), r));
    else if (x < 0.7) out.push(pick(r, GENUINE)(r));
    else out.push(pick(r, PHISHING)(r));
  }
  return out;
}

/** Hostile 1 MB inputs: repeated fragments aimed at every scanner. */
export function hostileInputs(): { name: string; message: MessageInput }[] {
  const mb = (piece: string) => piece.repeat(Math.ceil(1_048_576 / piece.length)).slice(0, 1_048_576);
  return [
    { name: "kana", message: { channel: "email", body: mb("あいうえお") } },
    { name: "a.a.a.", message: { channel: "email", body: mb("a.") } },
    { name: "URLs", message: { channel: "email", body: mb("https://dcard-docomo.com/x ") } },
    { name: "schemes only", message: { channel: "email", body: mb("https://") } },
    { name: "@@@", message: { channel: "email", body: mb("@") } },
    { name: "digits", message: { channel: "email", body: mb("0120") } },
    { name: "dates", message: { channel: "email", body: mb("2024年11月3日まで") } },
    { name: "brands", message: { channel: "email", body: mb("三井住友カードdカードntt") } },
    { name: "bidi + emoji", message: { channel: "email", body: mb("\u202E😀\u200B") } },
    { name: "banks", message: { channel: "email", body: mb("銀行") } },
    { name: "one long token", message: { channel: "email", body: "https://" + mb("a") } },
    { name: "in subject and sender too", message: { channel: "email", sender: mb("a@"), subject: mb("【重要】"), body: mb("こちら") } },
  ];
}
