/**
 * Content features of a message, computed once from the normalised lower-case text.
 * Each pattern below names what it detects with one example (CONVENTIONS 11).
 *
 * Requests ("enter your PIN") are matched per clause and ignored when the clause is negated or
 * describes the scam ("暗証番号を入力させる不審なSMSにご注意ください" is a warning, not a request):
 * genuine warnings use the same nouns as phishing, so nouns alone prove nothing.
 */

/** Clause boundaries: Japanese and ASCII sentence ends, and line breaks. */
import { anchored, firstGated, gate, testGated, type Gated, type Seen } from "./anchors";

const CLAUSE_SPLIT = /[。！？!?\n]+/;

/** A clause that negates or warns: 「入力しないでください」「お伺いすることはありません」「偽のサイトに誘導し」. */
const NEGATED = /ません|しないで|ない(?:よう|で|こと|場合)|ず[、,]|決して|絶対に|お控え|不要|ご注意|注意|偽|不審|詐欺|フィッシング|なりすまし|装っ|装い|盗|させる|させ[、,]|手口/;

// --- credential and data requests (matched with REQUEST_VERB in the same clause) ---
/** 「暗証番号を入力してください」 */
const PIN_NOUN = gate(/暗証番号|暗証カード|pin(?:コード|番号)?(?![a-z])/, ["暗証", "pin"]);
/** 「ログインパスワードをご入力ください」 */
const PASSWORD_NOUN = gate(/パスワード|password|ログインid|ログイン情報|ユーザーid/, ["パスワード", "password", "ログインid", "ログイン情報", "ユーザーid"]);
/** 「ワンタイムパスワードを返信してください」 (an issuer-sent 認証コード is JCB's genuine check, so not here) */
const OTP_NOUN = gate(/ワンタイム|確認番号|乱数表|認証番号/, ["ワンタイム", "確認番号", "乱数表", "認証番号"]);
/** 「カード番号(16桁)をご入力ください」 */
const CARD_NUMBER_NOUN = gate(/カード番号|クレジットカード番号|16桁/, ["カード番号", "16桁"]);
/** 「セキュリティコードを入力」「カード情報のご確認とお手続き」 */
const CARD_INFO_NOUN = gate(/カード情報|セキュリティ(?:ー)?コード|cvv|cvc/, ["カード情報", "セキュリティ", "cvv", "cvc"]);
/** 「有効期限をご入力ください」 */
const EXPIRY_NOUN = gate(/有効期限/, ["有効期限"]);
/** 「生年月日・住所をご入力ください」「お客さま情報のご確認手続き」 */
const PERSONAL_NOUN = gate(/生年月日|氏名|お名前|ご住所|住所|口座番号|勤務先|お客さま情報|お客様情報|個人情報|登録情報|本人情報|必要事項/, ["生年月日", "氏名", "お名前", "住所", "口座番号", "勤務先", "お客さま情報", "お客様情報", "個人情報", "登録情報", "本人情報", "必要事項"]);
const EXPIRY_VERB = /入力|記入|教え|送信|返信|お知らせ(?:くだ|下)/;
const REQUEST_VERB = /入力|記入|回答|返信|教え|送信|送付|提供|伺|お知らせ(?:くだ|下)|登録|入れて|ご用意|確認|手続|設定|更新|変更/;

/** 「iTunesギフトカードを購入して番号を送ってください」 */
const GIFT_NOUN = gate(/ギフト(?:券|カード|コード)|プリペイド|電子マネー|vプリカ|itunes|apple\s?gift|google\s?play|amazon\s?ギフト|webmoney|ウェブマネー|bitcash/, ["ギフト", "プリペイド", "電子マネー", "vプリカ", "itunes", "apple", "google", "amazon", "webmoney", "ウェブマネー", "bitcash"]);
const GIFT_VERB = /番号|コード|購入|買|送|教え|入力|支払|払|用意/;

/** 「未払い料金お支払いのお願い」「ご利用料金の確認が取れておりません」 */
const UNPAID = gate(/未払|未納|滞納|未入金|延滞|残高不足|支払い?(?:が|の)?確認(?:が)?(?:でき|取れ|とれ)|料金(?:の|が)?(?:お支払い)?(?:確認|入金)(?:が)?(?:でき|取れ|とれ)/, ["未払", "未納", "滞納", "未入金", "延滞", "残高不足", "支払", "料金"]);
/** 「ご利用料金につきまして」 */
const FEE_TOPIC = gate(/料金|請求|支払|入金/, ["料金", "請求", "支払", "入金"]);
/** 「決済後ご利用再開」「お支払いをお願いします」「PayPayで送金」 */
const PAYMENT_REQUEST = gate(/(?:支払い?|入金|振込|振り込|送金|決済)(?:を|の)?(?:お願い|ください|下さい|して|手続|後)|(?:paypay|ペイペイ)(?:で|にて|から|の)?(?:送金|送る|お?支払|決済)/, ["支払", "入金", "振込", "振り込", "送金", "決済", "paypay", "ペイペイ"]);

/** 「利用停止予告」「口座を凍結」「カードのご利用を一部制限」 */
const THREAT = gate(/制限|停止|凍結|規制|ロック|解約|無効|失効|利用できな|ご利用いただけな|ご利用いただけません|強制|法的措置|差し?押さ?え|補償を受けることができ|閉鎖|削除され/, ["制限", "停止", "凍結", "規制", "ロック", "解約", "無効", "失効", "利用できな", "ご利用いただけ", "強制", "法的措置", "差押", "差し押", "補償を受けることができ", "閉鎖", "削除され"]);
/** 「至急」「本日中に」「24時間以内」 */
const URGENT = gate(/至急|緊急|早急|速やかに|すみやかに|直ちに|ただちに|今すぐ|本日中|当日中|\d+時間以内|最終(?:警告|通知|催告|勧告)|期限切れ|要返信|不正な?(?:アクティビティ|アクセス|ログイン)|不審な(?:動き|アクセス|ログイン)/, ["至急", "緊急", "早急", "速やかに", "すみやかに", "直ちに", "ただちに", "今すぐ", "本日中", "当日中", "時間以内", "最終", "期限切れ", "要返信", "不正", "不審な"]);
/** The sharpest pressure: 「本日中」「24時間以内」「最終警告」. */
const URGENT_EXTREME = gate(/本日中|当日中|\d+時間以内|最終警告|今すぐ|直ちに|ただちに/, ["本日中", "当日中", "時間以内", "最終警告", "今すぐ", "直ちに", "ただちに"]);

/** The reused phishing kit sentence 「誠に勝手ながら、カードのご利用を一部制限させていただき」 (8 phishing, 0 genuine). */
const KIT_TEMPLATE = gate(/ご利用を一部制限させて(?:いただき|頂き)|誠に勝手ながら.{0,16}制限させて(?:いただ|頂)/, ["一部制限させて", "勝手ながら"]);
/** 「三井住友カード会員 様」「お客様各位」 at the top of a message. */
const GENERIC_GREETING = gate(/(?:会員|ユーザー|利用者|お客様|お客さま)\s*(?:様|各位)|各位/, ["様", "各位"]);
/** An e-mail address used as the name: 「〇〇@〇〇.co.jp様」. */
const ADDRESS_AS_NAME = gate(/[\w.+\-○〇●*]+@[\w.\-○〇●*]+\s*様/, ["@"]);
/** Unfilled mail-merge fields: 「【お客様番号】様」「{name}」. */
const PLACEHOLDER = gate(/【[^】\n]{1,12}(?:番号|氏名|名前|name)[^】\n]{0,4}】\s*様|\{\{?\s*(?:name|氏名|名前)|%name%|\[(?:名前|氏名|name)\]/, ["】", "{", "%name%", "["]);
/** Chinese-only glyphs in Japanese text, from machine-made kits: 「1號」「您」. */
const FOREIGN_GLYPHS = gate(/[您们这请说账码击银发过还进页应务认证户问题联络确绑资讯费单关闭锁冻结號为时么]/, [..."您们这请说账码击银发过还进页应务认证户问题联络确绑资讯费单关闭锁冻结號为时么"]);
/** Kit boilerplate with a tell-tale error: 「ALL Right Reserved」. */
const KIT_TELL = gate(/all\s+right\s+reserved/, ["right"]);
/** 「ポイントを付与」「還付金」 */
const PRIZE = gate(/当選|プレゼント|ポイント(?:を)?(?:付与|進呈|還元|獲得|差し上げ)|ポイントが失効|キャッシュバック|還付金|給付金/, ["当選", "プレゼント", "ポイント", "キャッシュバック", "還付金", "給付金"]);
/** 「セキュリティアプリをインストール」「.apk」 */
const APP_INSTALL = gate(/\.apk(?![a-z])|アプリ(?:を)?(?:インストール|ダウンロード)|セキュリティアプリ|最新版のアプリ/, [".apk", "アプリ"]);
/** 「ログインして再度設定してください」「本人認証を」 */
const LOGIN = gate(/ログイン|サインイン|再設定|再登録|再認証|本人認証|認証手続|パスワード(?:の)?(?:変更|更新)/, ["ログイン", "サインイン", "再設定", "再登録", "再認証", "本人認証", "認証手続", "パスワード"]);
/** 「以下へアクセスの上」「ご利用確認はこちら」「(リンク)」: a link the pasted text does not show. */
const LINK_LABEL = gate(/こちら|(?:下記|以下)(?:の)?(?:url|リンク|ボタン)|(?:下記|以下)(?:より|から|へアクセス)|リンク(?:から|より|へ|を(?:クリック|タップ|押))|\(リンク\)|ボタン(?:から|より|を)|▼|▶|クリック|タップ|url(?:から|より|を(?:クリック|タップ))/, ["こちら", "下記", "以下", "リンク", "ボタン", "▼", "▶", "クリック", "タップ", "url"]);
/** 「本日中に050********。こちら迄ご連絡下さい」 */
const CALL_REQUEST = /(?:連絡|電話|折り?返し|問い?合わせ|コール|ダイヤル|おかけ|架電)(?:を)?(?:ください|下さい|願|頂|いただ)|(?:迄|まで)(?:ご|お)?(?:連絡|電話)/g;
const CALL_ANCHORS = gate(/$^/, ["連絡", "電話", "折り返", "折返", "問い合わせ", "問合わせ", "コール", "ダイヤル", "おかけ", "架電"]);
/** 「2を押してください」「オペレーターにお繋ぎ」: an automated-voice (IVR) call. */
const IVR = gate(/(?:\d|#|\*)(?:番)?を押して|オペレーター(?:に|へ|と)?(?:お?繋|つな|接続)|音声ガイダンス|自動音声/, ["を押して", "オペレーター", "音声ガイダンス", "自動音声"]);

/** 「お客さま情報のご確認」「お取引目的等の確認」: anti-money-laundering re-verification. */
const AML_TOPIC = gate(/客(?:さま|様)情報|取引目的|定期的な(?:ご)?確認|本人情報|マネー・?ロー?ンダリング|テロ資金|登録情報の(?:ご)?確認/, ["客さま情報", "客様情報", "取引目的", "定期的な", "本人情報", "マネー", "テロ資金", "登録情報の"]);
/** 「規制解除」「ご利用再開」 */
const UNLOCK_TOPIC = gate(/規制解除|制限解除|(?:制限|規制)の解除|利用再開|ロック解除|凍結解除|再開手続/, ["解除", "利用再開", "再開手続"]);
/** 「カードのご利用確認」「不正利用の可能性」 */
const USAGE_CHECK_TOPIC = gate(/利用(?:内容|状況)?(?:の)?(?:ご)?確認|不正利用|不審な(?:取引|利用)|身に覚えのない/, ["確認", "不正利用", "不審な", "身に覚えのない"]);
/** 「本人確認手続きをお願いします」 */
const IDENTITY_TOPIC = gate(/本人(?:様|さま)?確認/, ["本人"]);

/** 「ログイン後の会員ページよりお手続き」「楽天e-NAVIよりご回答」: go to the official site yourself. */
const SAFE_ROUTE = gate(/ログイン後の(?:会員)?ページ|ご自身で|ブックマーク|公式(?:サイト|アプリ)(?:から|より|で|にて)|アプリ(?:から|より|にて)|e-navi(?:より|から|で|にて)|会員(?:ページ|サイト)(?:より|から|にて)|マイページ(?:より|から)/, ["ログイン後の", "ご自身で", "ブックマーク", "公式", "アプリ", "e-navi", "会員", "マイページ"]);
/** 「不審なSMSにご注意ください」: an issuer's warning. */
const WARNING = gate(/ご注意ください|注意喚起|不審な(?:メール|sms|電話|メッセージ)|偽(?:の)?(?:サイト|メール|sms)|フィッシング|なりすまし|を装った|を装い/, ["ご注意ください", "注意喚起", "不審な", "偽", "フィッシング", "なりすまし", "を装"]);
/** A greeting line that ends with a name: 「山田 太郎 様」「たろう さま、」. */
const NAMED_GREETING_LINE = gate(/^[^。\n]{1,30}(?:様|さま|さん)\s*[、,。!！]?$/m, ["様", "さま", "さん"]);
/** Any request to act: 「ください」「お願いいたします」「お手続き」. */
const ASKS_ACTION = gate(/ください|下さい|お願い(?:いた|致)?します|お願い申し上げ|ご協力|お?手続き|ご回答|ご確認を/, ["ください", "下さい", "お願い", "ご協力", "手続", "ご回答", "ご確認を"]);

export interface ContentFeatures {
  readonly pinRequest: boolean;
  readonly passwordRequest: boolean;
  readonly otpRequest: boolean;
  readonly cardNumberRequest: boolean;
  readonly cardInfoRequest: boolean;
  readonly expiryRequest: boolean;
  readonly personalInfoRequest: boolean;
  readonly giftCode: boolean;
  readonly unpaid: boolean;
  readonly feeTopic: boolean;
  readonly paymentRequest: boolean;
  readonly threat: string | null;
  readonly urgent: string | null;
  readonly urgentExtreme: string | null;
  readonly kitTemplate: string | null;
  readonly genericGreeting: string | null;
  readonly addressAsName: string | null;
  readonly placeholder: string | null;
  readonly foreignGlyph: string | null;
  readonly kitTell: string | null;
  readonly prize: string | null;
  readonly appInstall: string | null;
  readonly login: boolean;
  readonly linkLabel: string | null;
  /** Offsets of call-back requests ("までご連絡ください"). */
  readonly callRequests: readonly number[];
  readonly ivr: string | null;
  readonly amlTopic: boolean;
  readonly unlockTopic: boolean;
  readonly usageCheckTopic: boolean;
  readonly identityTopic: boolean;
  readonly safeRoute: string | null;
  readonly warning: string | null;
  readonly asksAction: boolean;
  readonly alarmOnly: boolean;
}

/** The text that is left once tags, alarm words and punctuation are removed from a short message. */
const ALARM_WORDS = /【[^】]{0,20}】|\[[^\]]{0,20}\]|<[^>]{0,20}>|〈[^〉]{0,20}〉|重要な?|緊急|至急|大切な|ご?連絡|お知らせ|ご案内|通知|のお願い|お願い|ご?確認|です|ます|ください|[\s、。,.!！?？・:：\-―ー…]/g;
const ALARM_ANCHORS = gate(/$^/, ["重要", "緊急", "至急"]);

/**
 * `lower` is the subject + body, normalised and lower-cased. `body` is the body alone (for the
 * greeting checks, which look at how the message opens).
 */
/** Per-call state for the request checks; a class, not closures, to keep the hot path lean. */
class Clauses {
  private cache: readonly string[] | null = null;
  constructor(private readonly text: string) {}
  get list(): readonly string[] {
    return (this.cache ??= this.text.split(CLAUSE_SPLIT));
  }
}

function requestIn(noun: Gated, verb: RegExp, seen: Seen, lower: string, clauses: Clauses): boolean {
  if (!testGated(noun, seen, lower)) return false;
  for (const c of clauses.list) {
    if (noun.re.test(c) && verb.test(c) && !NEGATED.test(c)) return true;
  }
  return false;
}

/**
 * The message opens with a real name ("山田 太郎 様") — not "会員 様" or an e-mail address.
 * Computed only when a rule needs it (issuers that address holders by name).
 */
export function hasNamedGreeting(lowerBody: string, seen: Seen, f: ContentFeatures): boolean {
  return anchored(NAMED_GREETING_LINE, seen) && !f.genericGreeting && !f.addressAsName && NAMED_GREETING_LINE.re.test(headLinesOf(lowerBody));
}

function headLinesOf(lowerBody: string): string {
  const lines = lowerBody.slice(0, 240).split("\n");
  const out: string[] = [];
  for (const l of lines) {
    const t = l.trim();
    if (t) out.push(t);
    if (out.length === 3) break;
  }
  return out.join("\n");
}

export function contentFeatures(lower: string, lowerBody: string, seen: Seen): ContentFeatures {
  const clauses = new Clauses(lower);
  const head = lowerBody.slice(0, 160);

  const callRequests: number[] = [];
  if (anchored(CALL_ANCHORS, seen)) {
    CALL_REQUEST.lastIndex = 0;
    for (let m = CALL_REQUEST.exec(lower); m && callRequests.length < 8; m = CALL_REQUEST.exec(lower)) callRequests.push(m.index);
  }

  const genericGreeting = firstGated(GENERIC_GREETING, seen, head);
  const addressAsName = firstGated(ADDRESS_AS_NAME, seen, head);
  const alarmOnly = lower.length < 80 && anchored(ALARM_ANCHORS, seen) && lower.replace(ALARM_WORDS, "").length <= 3;

  return {
    pinRequest: requestIn(PIN_NOUN, REQUEST_VERB, seen, lower, clauses),
    passwordRequest: requestIn(PASSWORD_NOUN, REQUEST_VERB, seen, lower, clauses),
    otpRequest: requestIn(OTP_NOUN, REQUEST_VERB, seen, lower, clauses),
    cardNumberRequest: requestIn(CARD_NUMBER_NOUN, REQUEST_VERB, seen, lower, clauses),
    cardInfoRequest: requestIn(CARD_INFO_NOUN, REQUEST_VERB, seen, lower, clauses),
    expiryRequest: requestIn(EXPIRY_NOUN, EXPIRY_VERB, seen, lower, clauses),
    personalInfoRequest: requestIn(PERSONAL_NOUN, REQUEST_VERB, seen, lower, clauses),
    giftCode: requestIn(GIFT_NOUN, GIFT_VERB, seen, lower, clauses),
    unpaid: testGated(UNPAID, seen, lower),
    feeTopic: testGated(FEE_TOPIC, seen, lower),
    paymentRequest: testGated(PAYMENT_REQUEST, seen, lower),
    threat: firstGated(THREAT, seen, lower),
    urgent: firstGated(URGENT, seen, lower),
    urgentExtreme: firstGated(URGENT_EXTREME, seen, lower),
    kitTemplate: firstGated(KIT_TEMPLATE, seen, lower),
    genericGreeting,
    addressAsName,
    placeholder: firstGated(PLACEHOLDER, seen, lower),
    foreignGlyph: firstGated(FOREIGN_GLYPHS, seen, lower),
    kitTell: firstGated(KIT_TELL, seen, lower),
    prize: firstGated(PRIZE, seen, lower),
    appInstall: firstGated(APP_INSTALL, seen, lower),
    login: testGated(LOGIN, seen, lower),
    linkLabel: firstGated(LINK_LABEL, seen, lower),
    callRequests,
    ivr: firstGated(IVR, seen, lower),
    amlTopic: testGated(AML_TOPIC, seen, lower),
    unlockTopic: testGated(UNLOCK_TOPIC, seen, lower),
    usageCheckTopic: testGated(USAGE_CHECK_TOPIC, seen, lower),
    identityTopic: testGated(IDENTITY_TOPIC, seen, lower),
    safeRoute: firstGated(SAFE_ROUTE, seen, lower),
    warning: firstGated(WARNING, seen, lower),
    asksAction: testGated(ASKS_ACTION, seen, lower),
    alarmOnly,
  };
}

/** Every gated pattern, for the test that proves gating never changes a result. */
export const GATED_PATTERNS: readonly (readonly [string, Gated])[] = [
  ["PIN_NOUN", PIN_NOUN],
  ["PASSWORD_NOUN", PASSWORD_NOUN],
  ["OTP_NOUN", OTP_NOUN],
  ["CARD_NUMBER_NOUN", CARD_NUMBER_NOUN],
  ["CARD_INFO_NOUN", CARD_INFO_NOUN],
  ["EXPIRY_NOUN", EXPIRY_NOUN],
  ["PERSONAL_NOUN", PERSONAL_NOUN],
  ["GIFT_NOUN", GIFT_NOUN],
  ["UNPAID", UNPAID],
  ["FEE_TOPIC", FEE_TOPIC],
  ["PAYMENT_REQUEST", PAYMENT_REQUEST],
  ["THREAT", THREAT],
  ["URGENT", URGENT],
  ["URGENT_EXTREME", URGENT_EXTREME],
  ["KIT_TEMPLATE", KIT_TEMPLATE],
  ["GENERIC_GREETING", GENERIC_GREETING],
  ["ADDRESS_AS_NAME", ADDRESS_AS_NAME],
  ["PLACEHOLDER", PLACEHOLDER],
  ["FOREIGN_GLYPHS", FOREIGN_GLYPHS],
  ["KIT_TELL", KIT_TELL],
  ["PRIZE", PRIZE],
  ["APP_INSTALL", APP_INSTALL],
  ["LOGIN", LOGIN],
  ["LINK_LABEL", LINK_LABEL],
  ["IVR", IVR],
  ["AML_TOPIC", AML_TOPIC],
  ["UNLOCK_TOPIC", UNLOCK_TOPIC],
  ["USAGE_CHECK_TOPIC", USAGE_CHECK_TOPIC],
  ["IDENTITY_TOPIC", IDENTITY_TOPIC],
  ["SAFE_ROUTE", SAFE_ROUTE],
  ["WARNING", WARNING],
  ["NAMED_GREETING_LINE", NAMED_GREETING_LINE],
  ["ASKS_ACTION", ASKS_ACTION],
];

/** Patterns run only after an anchor check, paired with that check (call requests, alarm words). */
export const ANCHOR_ONLY_PATTERNS: readonly (readonly [string, RegExp, Gated])[] = [
  ["CALL_REQUEST", CALL_REQUEST, CALL_ANCHORS],
  ["ALARM", /重要|緊急|至急/, ALARM_ANCHORS],
];
