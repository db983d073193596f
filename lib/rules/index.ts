/**
 * Tashika's rule module: a pure functional core (CONVENTIONS 5). Plain data in, verdict with
 * reasons out; `now` is a parameter; imports nothing outside lib/rules except the pure `tldts`.
 */
export { judgeMessage } from "./judge";
export { RULESET_VERSION } from "./version";
export {
  CHANNELS,
  VERDICT_LEVELS,
  SEVERITIES,
  RULE_IDS,
  type AdviceItem,
  type AuthOutcome,
  type Channel,
  type Confidence,
  type EmailAuthResults,
  type Finding,
  type JudgeOptions,
  type LinkInput,
  type Localized,
  type MessageInput,
  type RelativeContext,
  type RuleId,
  type Severity,
  type Verdict,
  type VerdictLevel,
} from "./types";
export {
  CAMPAIGNS,
  CAMPAIGN_IDS,
  ISSUERS,
  SCAM_REPORT_CHECKLIST,
  SCAM_URGENT_CHECKLIST,
  getCampaign,
  getIssuer,
  listIssuers,
  type AnswerStep,
  type Campaign,
  type CampaignId,
  type ChecklistItem,
  type Fact,
  type Issuer,
  type IssuerKind,
} from "./catalog";
