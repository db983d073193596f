/**
 * Known genuine campaigns. A campaign tells the family how to answer safely; the judge matches a
 * message to one only by issuer + theme (never by exact text), and only reports it when the message
 * is not judged phishing (a phishing copy is reported as "campaign.imitation" instead).
 */
import type { Channel, Localized } from "../types";
import { SRC as DOCOMO_SRC } from "./docomo";
import type { Fact } from "./types";

export interface AnswerStep {
  /** Stable id, e.g. "open-yourself"; the app may store which steps are ticked. */
  readonly id: string;
  readonly ja: string;
  readonly en: string;
  readonly source: string;
}

export interface Campaign {
  readonly id: CampaignId;
  readonly issuerId: string;
  readonly names: Localized;
  readonly since?: Fact<string>;
  readonly officialChannels: readonly Fact<Channel>[];
  /** Registrable domains genuine messages of this campaign link to. */
  readonly officialDomains: readonly Fact<string>[];
  readonly answerSteps: readonly AnswerStep[];
  readonly lateAnswersAccepted: boolean;
  readonly mayKeepShowingAfterAnswer: boolean;
  readonly facts: readonly Fact<Localized>[];
  readonly help: Fact<Localized>;
  readonly source: string;
  /** Theme of the campaign: every pattern in allOf and one in anyOf must match the normalised text. */
  readonly match: { readonly issuers: readonly string[]; readonly allOf: readonly RegExp[]; readonly anyOf: readonly RegExp[] };
}

export const CAMPAIGN_IDS = ["dcard-aml-customer-info", "dcard-usage-check"] as const;
export type CampaignId = (typeof CAMPAIGN_IDS)[number];

/**
 * "Late answers are accepted" and "the notice may keep showing" come from the project design
 * (DESIGN.md, the family's own experience), not from a public page in the reference files.
 */
const PROJECT_DESIGN = "project:DESIGN.md";

const DCARD_AML: Campaign = {
  id: "dcard-aml-customer-info",
  issuerId: "dcard",
  names: {
    ja: "dカード「お客さま情報のご確認のお願い」",
    en: "d CARD \"Please confirm your customer information\" (anti-money-laundering check)",
  },
  since: { value: "2023-12", source: DOCOMO_SRC.dcardAmlBlog1, confidence: "M" },
  officialChannels: [
    { value: "message_r", source: DOCOMO_SRC.dcardAmlBlog2, confidence: "M" },
    { value: "sms", source: DOCOMO_SRC.dcardAmlBlog3, confidence: "M" },
    { value: "email", source: DOCOMO_SRC.dcardFlow, confidence: "M", note: "holders without a docomo line: the dアカウント's address" },
  ],
  officialDomains: [{ value: "docomo.ne.jp", source: DOCOMO_SRC.dcardAmlSms, confidence: "M", note: "dcard.docomo.ne.jp, fw.dcard.docomo.ne.jp" }],
  answerSteps: [
    {
      id: "open-yourself",
      ja: "メッセージのリンクは使わず、dカードのアプリか、自分でブックマークした公式サイト（dcard.docomo.ne.jp）を開きます。",
      en: "Do not use the link in the message. Open the d CARD app, or the official site (dcard.docomo.ne.jp) from your own bookmark.",
      source: DOCOMO_SRC.dcardAmlSms,
    },
    {
      id: "log-in",
      ja: "いつものようにログインします。",
      en: "Log in as usual.",
      source: DOCOMO_SRC.dcardAmlLoginOnly,
    },
    {
      id: "open-notice",
      ja: "ログイン後の会員ページに出ている「お客さま情報のご確認」の案内を開きます。",
      en: "On the member page after logging in, open the \"confirm your customer information\" notice.",
      source: DOCOMO_SRC.dcardAmlSms,
    },
    {
      id: "enter-requested",
      ja: "画面の案内に従って入力します。本人確認のためにカードの情報（有効期限など）を聞かれることがあります。入力するのは、自分で開いた公式サイトの中だけにします。",
      en: "Follow the screen. To confirm it is you, it may ask for card details such as the expiry date. Enter them only on the official site you opened yourself.",
      source: "https://blog.janjan.net/2023/12/07/d-card-3d-secure-settings/",
    },
    {
      id: "check-details",
      ja: "表示された登録内容を確認します。",
      en: "Check the registered details shown.",
      source: DOCOMO_SRC.dcardAmlSms,
    },
    {
      id: "submit",
      ja: "変わりがなければ「変更なし」のまま、変わっていれば直して送信します。登録内容に変更がない人も、この手続きが必要です。",
      en: "If nothing has changed, submit it as \"no change\"; otherwise correct it and submit. The step is needed even when nothing has changed.",
      source: DOCOMO_SRC.dcardAmlSms,
    },
  ],
  lateAnswersAccepted: true,
  mayKeepShowingAfterAnswer: true,
  facts: [
    {
      value: {
        ja: "マネー・ローンダリングやテロ資金対策のための確認で、2023年12月から送られています。",
        en: "It is an anti-money-laundering check, sent since December 2023.",
      },
      source: DOCOMO_SRC.dcardAmlBlog1,
      confidence: "M",
    },
    {
      value: {
        ja: "メッセージR・SMS・メールで届きます。メッセージRはドコモの仕組みで送られ、なりすましができないとされています。",
        en: "It arrives by メッセージR, SMS or e-mail. メッセージR is sent by docomo's own system and is said to be impossible to spoof.",
      },
      source: DOCOMO_SRC.dcardAmlBlog2,
      confidence: "M",
    },
    {
      value: { ja: "メッセージ自体は何も入力させません。答えるのはログイン後の会員ページです。", en: "The message itself asks for nothing; you answer on the member page after logging in." },
      source: DOCOMO_SRC.dcardAmlSms,
      confidence: "M",
    },
    {
      value: { ja: "期限を過ぎても、公式サイトで手続きできます。", en: "You can still answer on the official site after the deadline." },
      source: PROJECT_DESIGN,
      confidence: "L",
    },
    {
      value: { ja: "手続きのあと、しばらく案内が表示されたままのことがあります。", en: "The notice may keep showing for a while after you have answered." },
      source: PROJECT_DESIGN,
      confidence: "L",
    },
  ],
  help: {
    value: {
      ja: "困ったら、dカードの公式サイトに載っている問い合わせ先（ドコモ）に聞くか、家族に相談してください。",
      en: "If stuck, ask docomo through the contact on the official d CARD site, or ask family.",
    },
    source: DOCOMO_SRC.dcardAmlSms,
    confidence: "M",
  },
  source: DOCOMO_SRC.dcardAmlSms,
  match: {
    issuers: ["dcard"],
    allOf: [/(?:お客さま|お客様|ご登録|登録)情報.{0,12}(?:確認|手続)/],
    anyOf: [
      /マネー・?ロー?ンダリング|テロ資金/,
      /(?:お?手続き?|ご回答)期限/,
      /変更が(?:無|な)い(?:お客|方)/,
      /ログイン(?:後|して)/,
      /(?:会員|専用)ページ/,
      /dカードサイト/,
    ],
  },
};

const DCARD_USAGE_CHECK: Campaign = {
  id: "dcard-usage-check",
  issuerId: "dcard",
  names: { ja: "dカード「カードのご利用確認」（不正利用の確認）", en: "d CARD \"please confirm your card use\" (fraud check)" },
  officialChannels: [{ value: "sms", source: DOCOMO_SRC.dcardAntiPhishing, confidence: "H" }],
  officialDomains: [
    { value: "vpass.jp", source: DOCOMO_SRC.dcardFraudSms, confidence: "M", note: "s.vpass.jp" },
    { value: "docomo.ne.jp", source: DOCOMO_SRC.dcardAntiPhishing, confidence: "H" },
  ],
  answerSteps: [
    {
      id: "check-sender-and-link",
      ja: "送信元が「NTT DoCoMo」や公式に案内された番号か、リンク先が公式のドメインかを確かめます。迷ったらリンクは使わず、dカードのアプリか公式サイトを自分で開きます。",
      en: "Check that the sender is \"NTT DoCoMo\" or a number d CARD publishes, and that the link goes to an official domain. If unsure, skip the link and open the d CARD app or site yourself.",
      source: DOCOMO_SRC.dcardAntiPhishing,
    },
    {
      id: "answer-use",
      ja: "自分（家族）が使ったかどうかだけを答えます。カード番号（16桁）を聞かれたら偽物です。",
      en: "Answer only whether you (or family) made the purchase. If it asks for the 16-digit card number, it is fake.",
      source: DOCOMO_SRC.dcardAntiPhishing,
    },
  ],
  lateAnswersAccepted: false,
  mayKeepShowingAfterAnswer: false,
  facts: [],
  help: {
    value: { ja: "わからないときは、dカードの公式サイトに載っている問い合わせ先に確かめてください。", en: "If unsure, check with the contact listed on the official d CARD site." },
    source: DOCOMO_SRC.dcardAntiPhishing,
    confidence: "H",
  },
  source: DOCOMO_SRC.dcardAntiPhishing,
  match: {
    issuers: ["dcard"],
    allOf: [/(?:ご?利用(?:内容)?の?(?:ご)?確認|不正利用|身に覚えのない)/],
    anyOf: [/(?:協力|ご回答|ご確認)/],
  },
};

export const CAMPAIGNS: readonly Campaign[] = [DCARD_AML, DCARD_USAGE_CHECK];

export function getCampaign(id: string): Campaign | null {
  return CAMPAIGNS.find((c) => c.id === id) ?? null;
}
