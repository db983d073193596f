import { getActor } from "@/lib/auth/actor";
import { getAttachment } from "@/lib/cases/get-attachment";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * A screenshot, only for members of the family whose case holds it. Anyone else — signed out,
 * another family, a made-up id — gets the same 404. Served inline as an image that can never be
 * interpreted as anything else (nosniff, a CSP that allows nothing, a fixed file name).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const { attachmentId } = await params;
  const actor = await getActor();
  const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!actor) return notFound();
  try {
    const file = await getAttachment({ actor, attachmentId });
    const ext = file.mime.split("/")[1] ?? "bin";
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mime,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": `inline; filename="screenshot-${file.sha256.slice(0, 8)}.${ext}"`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return notFound();
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return notFound();
    throw error;
  }
}
