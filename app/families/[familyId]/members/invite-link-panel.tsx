"use client";

import { useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { CreatedInvitation } from "./actions";

/**
 * The new link, shown once: a copy button, a LINE share link and the e-mail outcome.
 * The LINE button is a plain link to LINE's share page; this app never contacts LINE.
 */
export function InviteLinkPanel({ familyName, created }: { familyName: string; created: CreatedInvitation }) {
  const t = useTranslations("invite");
  const format = useFormatter();
  const input = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "selected">("idle");

  async function copyLink() {
    try {
      // Missing outside a secure context (plain http on a LAN address): fall back to selecting.
      await navigator.clipboard.writeText(created.url);
      setCopy("copied");
    } catch {
      input.current?.focus();
      input.current?.select();
      setCopy("selected");
    }
  }

  const lineText = `${t("lineMessage", { family: familyName })}\n${created.url}`;
  const mailNote =
    created.mail === "sent"
      ? t("mailSent", { email: created.email ?? "" })
      : created.mail === "failed"
        ? t("mailFailed")
        : created.mail === "notConfigured"
          ? t("mailNotConfigured")
          : null;

  return (
    <section aria-labelledby="invite-created" className="space-y-3 rounded-xl border-2 border-ok bg-ok-bg p-4">
      <h3 id="invite-created" className="text-xl font-bold text-ok">
        {t("createdTitle")}
      </h3>
      <p className="font-bold">{t("createdOnce")}</p>
      <div>
        <label htmlFor="invite-link" className="field-label">
          {t("linkLabel")}
        </label>
        {/* A textarea so the whole link wraps into view; read-only, selected on focus for copying by hand. */}
        <textarea id="invite-link" ref={input} readOnly rows={3} value={created.url} onFocus={(e) => e.currentTarget.select()} className="field-input resize-none font-mono text-sm break-all" />
        <p className="mt-1 text-muted">{t("validUntil", { date: format.dateTime(new Date(created.expiresAt), { dateStyle: "long", timeStyle: "short" }) })}</p>
      </div>
      <div className="flex flex-col gap-3 sm:flex-row">
        <button type="button" className="btn-primary" onClick={copyLink}>
          {t("copy")}
        </button>
        <a className="btn-secondary" href={`https://line.me/R/share?text=${encodeURIComponent(lineText)}`} target="_blank" rel="noopener noreferrer">
          {t("shareLine")}
        </a>
      </div>
      <p role="status" aria-live="polite" className="font-bold">
        {copy === "copied" ? t("copied") : copy === "selected" ? t("copyFallback") : null}
      </p>
      {mailNote ? <p className={created.mail === "sent" ? "font-bold text-ok" : "font-bold text-warn"}>{mailNote}</p> : null}
    </section>
  );
}
