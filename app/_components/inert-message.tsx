import { useTranslations } from "next-intl";
import { inertSegments } from "@/lib/text/inert";

/** A received message as inert text: never HTML, links defanged and not clickable. */
export function InertMessage({ text }: { text: string }) {
  const t = useTranslations("case");
  return (
    <div className="rounded-lg border border-gray-400 bg-gray-50 p-3 break-words whitespace-pre-wrap" translate="no">
      {inertSegments(text).map((s, i) =>
        s.kind === "text" ? (
          <span key={i}>{s.value}</span>
        ) : s.kind === "link" ? (
          <span key={i} className="rounded bg-gray-200 px-1 font-mono text-danger" title={t("linkDefanged")}>
            {s.value}
          </span>
        ) : (
          <span key={i} className="rounded bg-warn-bg px-1 font-mono text-sm text-warn" title={t("hiddenChar")}>
            [{s.value}]
          </span>
        ),
      )}
    </div>
  );
}
