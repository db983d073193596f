/**
 * Where to go after signing in. Only a path on this site: "/families/x" yes; "//evil.example",
 * "https://evil.example", "/\\evil" no (open-redirect guard).
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || /[\r\n]/.test(next)) return "/";
  return next;
}
