import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { can, type Role } from "../families/permissions";
import type { Finding, AdviceItem } from "../rules";
import { caseWhereForMember } from "./case-where";
import { parseCheckedSteps } from "./types";

function parseJson<T>(json: string, fallback: T): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

/**
 * Everything the case page shows, in a fixed number of queries whatever the case holds
 * (one for the case with its children, one for the family's members).
 */
export async function getCase({ actor, caseId }: { actor: Actor; caseId: string }) {
  const row = await db.case.findFirst({
    where: caseWhereForMember(actor, caseId),
    select: {
      id: true,
      familyId: true,
      title: true,
      issuer: true,
      campaign: true,
      status: true,
      deadline: true,
      doneAt: true,
      doneOnTime: true,
      doneNote: true,
      scamExposure: true,
      checkedSteps: true,
      version: true,
      createdAt: true,
      relative: { select: { id: true, displayName: true } },
      assignee: { select: { id: true, name: true } },
      doneBy: { select: { id: true, name: true } },
      family: { select: { name: true, members: { where: { userId: actor.userId }, select: { role: true } } } },
      messages: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          channel: true,
          sender: true,
          subject: true,
          body: true,
          receivedAt: true,
          createdAt: true,
          attachments: { select: { id: true, mime: true, width: true, height: true } },
          verdict: { select: { verdict: true, risk: true, campaign: true, deadline: true, findings: true, advice: true, rulesetVersion: true, judgedAt: true } },
        },
      },
      notes: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, updatedAt: true, author: { select: { id: true, name: true } } } },
      activities: { orderBy: { at: "desc" }, take: 100, select: { id: true, type: true, data: true, at: true, actor: { select: { name: true } } } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const role = row.family.members[0]?.role as Role | undefined;
  if (!can(role, "case.read")) throw new AppError("NOT_FOUND");
  const members = await db.membership.findMany({
    where: { familyId: row.familyId },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { id: true, name: true } } },
  });
  return {
    ...row,
    family: { name: row.family.name },
    role,
    checkedSteps: parseCheckedSteps(row.checkedSteps),
    members: members.map((m) => m.user),
    messages: row.messages.map((m) => ({
      ...m,
      verdict: m.verdict
        ? { ...m.verdict, findings: parseJson<Finding[]>(m.verdict.findings, []), advice: parseJson<AdviceItem[]>(m.verdict.advice, []) }
        : null,
    })),
    activities: row.activities.map((a) => ({ ...a, data: parseJson<Record<string, unknown>>(a.data, {}) })),
  };
}

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
