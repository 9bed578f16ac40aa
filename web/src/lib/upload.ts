import { currentLocale } from "@/i18n";
/** Product photos and certificate scans: sent as the raw request body to POST /uploads/product-images. */
import type { ProductImageKind } from "@/gql/graphql";

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
/** Longest side after shrinking a photo that is too big to send as it is. */
const MAX_SIDE = 1600;

export interface UploadedImage {
  id: string;
  kind: ProductImageKind;
  contentType: string;
  byteSize: number;
  url: string;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly field: string | null,
    /** The server's message in both languages (`extensions.messages`): show it with localizeServerMessage(error). */
    readonly extensions: { messages?: unknown } | null = null,
  ) {
    super(message);
  }
}

/** Whether a file can go as it is: an accepted type within the size limit. */
export function sendsAsIs(file: Pick<File, "type" | "size">): boolean {
  return (IMAGE_TYPES as readonly string[]).includes(file.type) && file.size <= MAX_IMAGE_BYTES;
}

/** The size a picture is drawn at so its longest side is at most MAX_SIDE. */
export function fitWithin(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * A phone photo is often 4–8 MB or HEIC: the browser redraws it as a JPEG of at most 1600 px, which
 * is plenty for a catalogue and well under the limit. Files that already fit go untouched.
 */
export async function prepareImage(file: File): Promise<Blob> {
  if (sendsAsIs(file)) return file;
  const bitmap = await createImageBitmap(file);
  const { width, height } = fitWithin(bitmap.width, bitmap.height);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  canvas.getContext("2d")!.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("encode failed"))), "image/jpeg", 0.85),
  );
}

export async function uploadProductImage(
  token: string,
  productId: string,
  kind: ProductImageKind,
  body: Blob,
): Promise<UploadedImage> {
  const res = await fetch(`/uploads/product-images?productId=${encodeURIComponent(productId)}&kind=${kind}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": body.type || "application/octet-stream",
      "x-locale": currentLocale(),
    },
    body,
  });
  const json = (await res.json().catch(() => null)) as
    | (UploadedImage & { errors?: undefined })
    | { errors: { message: string; extensions?: { code?: string; field?: string; messages?: unknown } }[] }
    | null;
  if (!res.ok || !json || json.errors) {
    const e = json?.errors?.[0];
    throw new UploadError(
      e?.message ?? `HTTP ${res.status}`,
      e?.extensions?.code ?? null,
      e?.extensions?.field ?? null,
      e?.extensions ?? null,
    );
  }
  return json as UploadedImage;
}

/** 佐证材料: PDF, PNG, JPEG, XLSX or DOCX, at most 10 MB (the server sniffs the bytes and checks the extension). */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_ACCEPT = ".pdf,.png,.jpg,.jpeg,.xlsx,.docx";

export interface UploadedEvidence {
  id: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  status: string;
}

/** Sends an evidence file for a ledger entry: the raw bytes to POST /uploads/evidence, its name in the query. */
export async function uploadEvidence(
  token: string,
  entryId: string,
  file: File,
  record?: { recordType: string; purpose?: string | null },
): Promise<UploadedEvidence> {
  const query = new URLSearchParams(
    record
      ? { recordType: record.recordType, recordId: entryId, ...(record.purpose ? { purpose: record.purpose } : {}) }
      : { entryId },
  );
  query.set("fileName", file.name);
  const res = await fetch(`/uploads/evidence?${query}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/octet-stream",
      "x-locale": currentLocale(),
    },
    body: file,
  });
  const json = (await res.json().catch(() => null)) as
    | (UploadedEvidence & { errors?: undefined })
    | { errors: { message: string; extensions?: { code?: string; field?: string; messages?: unknown } }[] }
    | null;
  if (!res.ok || !json || json.errors) {
    const e = json?.errors?.[0];
    throw new UploadError(
      e?.message ?? `HTTP ${res.status}`,
      e?.extensions?.code ?? null,
      e?.extensions?.field ?? null,
      e?.extensions ?? null,
    );
  }
  return json as UploadedEvidence;
}
