/**
 * Invitation choices and states. Pure (no server-only): the invite form imports the choices.
 */
import type { ErrorCode } from "../errors";

/** How long a link stays valid, in hours: 1 day, 3 days (the default, DESIGN.md), 7 days. */
export const INVITATION_EXPIRY_HOURS = [24, 72, 168] as const;
export type InvitationExpiryHours = (typeof INVITATION_EXPIRY_HOURS)[number];
export const DEFAULT_INVITATION_EXPIRY_HOURS: InvitationExpiryHours = 72;

export type InvitationStatus = "PENDING" | "USED" | "REVOKED" | "EXPIRED";

/** A used link stays "used" even after it would have expired; a revoked one stays "revoked". */
export function invitationStatus(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "USED";
  if (invitation.revokedAt) return "REVOKED";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "PENDING";
}

export const STATUS_ERROR: Record<Exclude<InvitationStatus, "PENDING">, ErrorCode> = {
  USED: "INVITATION_USED",
  REVOKED: "INVITATION_REVOKED",
  EXPIRED: "INVITATION_EXPIRED",
};
