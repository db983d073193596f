import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s | ${t("appName")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5394" };

/**
 * The message namespaces client components use (`useTranslations` in "use client" files). Only
 * these are sent to the browser; server components read the rest on the server.
 */
const CLIENT_NAMESPACES = ["common", "errors", "errorPage", "fields", "auth", "account", "families", "familySettings", "members", "invite", "relatives", "case", "caseLog", "channels"];

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const allMessages = await getMessages();
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in allMessages).map((ns) => [ns, allMessages[ns]]));
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-3">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-3xl px-4 pt-4 pb-16">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
