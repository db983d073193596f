import { judgeMessage, type Channel, type Verdict } from "../rules";

/** What the family told us about how the relative receives messages, as the rules understand it. */
const RELATIVE_CONTEXT: Record<string, { hasDocomoLine: boolean } | null> = {
  DOCOMO_MESSAGE_R: { hasDocomoLine: true },
  SMS_ONLY: { hasDocomoLine: false },
};

export type StoredMessageInput = {
  channel: string;
  sender: string | null;
  subject: string | null;
  body: string;
  receivedAt: Date | null;
  receivesVia: string;
};

/** Judges a message as stored (upper-case channel, the relative's receiving context). Pure. */
export function judgeForCase(m: StoredMessageInput, now: Date): Verdict {
  return judgeMessage(
    {
      channel: m.channel.toLowerCase() as Channel,
      sender: m.sender,
      subject: m.subject,
      body: m.body,
      receivedAt: m.receivedAt ?? now,
      relativeContext: RELATIVE_CONTEXT[m.receivesVia] ?? null,
    },
    { now },
  );
}

/** The Verdict row's columns for a verdict judged at `now`. */
export function verdictColumns(v: Verdict, now: Date) {
  return {
    verdict: v.verdict,
    risk: v.risk,
    campaign: v.campaign,
    deadline: v.deadline,
    findings: JSON.stringify(v.findings),
    advice: JSON.stringify(v.advice),
    rulesetVersion: v.rulesetVersion,
    judgedAt: now,
  };
}
