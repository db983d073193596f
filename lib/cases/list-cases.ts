import "server-only";
import type { Actor } from "../auth/actor";
import { daysUntil } from "../dates/japan-date";
import { db } from "../db/client";
import { getFamilyAccess } from "../families/access";
import type { CaseStatus } from "./types";

export type CaseFilters = { relativeId?: string | undefined; status?: CaseStatus | "ACTIVE" | undefined };

/**
 * Urgency groups for the dashboard, most urgent first:
 * 0 open and past the deadline, 1 open and due within 3 days, 2 other open, 3 done or dismissed.
 */
export function urgencyGroup(c: { status: string; deadline: string | null }, now: Date): number {
  if (c.status !== "OPEN") return 3;
  if (!c.deadline) return 2;
  const days = daysUntil(c.deadline, now);
  if (days < 0) return 0;
  if (days <= 3) return 1;
  return 2;
}

/**
 * The family's cases ordered by urgency. Two queries however many cases there are: the access
 * check and one select with the latest verdict of each case joined in.
 */
export async function listCases({ actor, familyId, filters = {}, now }: { actor: Actor; familyId: string; filters?: CaseFilters; now: Date }) {
  const access = await getFamilyAccess(actor, familyId, "case.read");
  const statusWhere = filters.status === "ACTIVE" || filters.status === undefined ? {} : { status: filters.status };
  const rows = await db.case.findMany({
    where: { familyId: access.familyId, ...(filters.relativeId ? { relativeId: filters.relativeId } : {}), ...statusWhere },
    select: {
      id: true,
      title: true,
      issuer: true,
      status: true,
      deadline: true,
      doneOnTime: true,
      createdAt: true,
      relative: { select: { id: true, displayName: true } },
      assignee: { select: { id: true, name: true } },
      messages: { orderBy: { createdAt: "desc" }, take: 1, select: { verdict: { select: { verdict: true } } } },
    },
  });
  return rows
    .map((r) => ({
      id: r.id,
      title: r.title,
      issuer: r.issuer,
      status: r.status,
      deadline: r.deadline,
      doneOnTime: r.doneOnTime,
      createdAt: r.createdAt,
      relative: r.relative,
      assignee: r.assignee,
      verdict: r.messages[0]?.verdict?.verdict ?? null,
      daysLeft: r.deadline ? daysUntil(r.deadline, now) : null,
      group: urgencyGroup(r, now),
    }))
    .sort(
      (a, b) =>
        a.group - b.group ||
        (a.deadline ?? "9999-12-31").localeCompare(b.deadline ?? "9999-12-31") ||
        b.createdAt.getTime() - a.createdAt.getTime(),
    );
}

export type CaseRow = Awaited<ReturnType<typeof listCases>>[number];
