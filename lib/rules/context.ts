/** Everything the rules need about one message, computed once by judgeMessage. */
import type { Seen } from "./anchors";
import type { Issuer } from "./catalog";
import type { Claims } from "./claims";
import type { Collector } from "./collector";
import type { DayDate, DeadlineResult } from "./deadline";
import type { HostAssessment } from "./domains";
import type { ContentFeatures } from "./features";
import type { PhoneMatch } from "./phones";
import type { ParsedSender } from "./sender";
import type { Channel, EmailAuthResults, LinkInput, RelativeContext } from "./types";
import type { ParsedUrl } from "./urls";

export interface CheckedUrl {
  readonly url: ParsedUrl;
  readonly host: HostAssessment;
  /** The registrable domain belongs to a claimed issuer's family (or its own short-link service). */
  readonly official: boolean;
}

export interface Context {
  readonly channel: Channel;
  /** Subject + body, normalised, lower case. */
  readonly lower: string;
  readonly lowerBody: string;
  readonly claims: Claims;
  /** Claimed issuers: named in the text, else implied by an official link or an impersonated brand. */
  readonly issuers: readonly Issuer[];
  readonly families: ReadonlySet<string>;
  readonly urls: readonly CheckedUrl[];
  readonly links: readonly LinkInput[];
  readonly hiddenLink: boolean;
  /** At least one URL and every URL official for the claimed issuer. */
  readonly allOfficial: boolean;
  /** Some URL is not verifiably official (foreign, shortened, masked, IP). */
  readonly unverifiedLink: boolean;
  readonly phones: readonly PhoneMatch[];
  readonly sender: ParsedSender | null;
  readonly emailAuth: EmailAuthResults | null;
  readonly features: ContentFeatures;
  /** Anchor words present in subject + body (see anchors.ts). */
  readonly seen: Seen;
  readonly deadline: DeadlineResult;
  /** Day the message was received, in Japan. */
  readonly receivedDay: DayDate | null;
  /** receivedAt, else now: the day issuer facts with a start date are compared against. */
  readonly referenceDay: DayDate | null;
  readonly relative: RelativeContext | null;
  readonly truncated: boolean;
  readonly hadInvisible: boolean;
  readonly out: Collector;
}
