import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { env } from "../env";
import { AppError } from "../errors";
import { EXTENSION, sniffImage, type ImageMime } from "./sniff-image";

export type StoredScreenshot = { mime: ImageMime; size: number; sha256: string; storageKey: string; width: number; height: number };

/** Decoding more pixels than this is refused (a "decompression bomb" guard). */
const MAX_PIXELS = 40_000_000;

/**
 * Checks, cleans and stores one screenshot.
 * - type by content (sniffImage), size ≤ UPLOAD_MAX_BYTES, and it must decode as that image;
 * - re-encoded by sharp, which drops all metadata (EXIF GPS, camera, time) — orientation is
 *   applied first so the picture still looks right;
 * - stored under DATA_DIR/uploads by the SHA-256 of the cleaned bytes (same picture, one file).
 * Hosted setups would put the same key in object storage; nothing here assumes one process.
 */
export async function storeScreenshot(file: File, maxBytes: number = env.UPLOAD_MAX_BYTES): Promise<StoredScreenshot> {
  if (file.size > maxBytes) throw new AppError("FILE_TOO_LARGE");
  const input = new Uint8Array(await file.arrayBuffer());
  if (input.byteLength > maxBytes) throw new AppError("FILE_TOO_LARGE");
  const mime = sniffImage(input);
  if (!mime) throw new AppError("FILE_TYPE");
  let output: Buffer;
  let info: sharp.OutputInfo;
  try {
    const pipeline = sharp(input, { limitInputPixels: MAX_PIXELS, failOn: "error" }).rotate();
    const encoded = mime === "image/png" ? pipeline.png() : mime === "image/jpeg" ? pipeline.jpeg({ quality: 90 }) : pipeline.webp({ quality: 90 });
    ({ data: output, info } = await encoded.toBuffer({ resolveWithObject: true }));
  } catch {
    throw new AppError("FILE_TYPE");
  }
  const sha256 = crypto.createHash("sha256").update(output).digest("hex");
  const storageKey = `${sha256.slice(0, 2)}/${sha256}.${EXTENSION[mime]}`;
  const target = path.join(env.UPLOAD_DIR, storageKey);
  await fs.mkdir(path.dirname(target), { recursive: true });
  // Write to a temporary name and rename: a reader never sees half a file.
  const temp = `${target}.${process.pid}.${crypto.randomUUID()}.tmp`;
  await fs.writeFile(temp, output, { mode: 0o600 });
  await fs.rename(temp, target);
  return { mime, size: output.byteLength, sha256, storageKey, width: info.width, height: info.height };
}

/** Reads a stored screenshot by its key; the key comes from the database, never from a URL. */
export async function readScreenshot(storageKey: string): Promise<Buffer> {
  if (!/^[0-9a-f]{2}\/[0-9a-f]{64}\.(png|jpg|webp)$/.test(storageKey)) throw new AppError("NOT_FOUND");
  return fs.readFile(path.join(env.UPLOAD_DIR, storageKey));
}
