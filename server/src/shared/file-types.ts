/**
 * What uploaded bytes are, from the bytes themselves — never from the client's Content-Type or file
 * name, so nothing is served back from our origin as something it is not. Used by product images
 * (JPEG, PNG, WebP) and evidence files (PDF, PNG, JPEG, XLSX, DOCX).
 */

export type ImageType = "image/jpeg" | "image/png" | "image/webp";

export function sniffImageType(b: Buffer): ImageType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png";
  if (b.length >= 12 && b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP")
    return "image/webp";
  return null;
}

export const PDF = "application/pdf";
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type DocumentType = typeof PDF | typeof XLSX | typeof DOCX | "image/jpeg" | "image/png";

/** The document types an extension names (lower case, without the dot). */
export const DOCUMENT_EXTENSIONS: Record<string, DocumentType> = {
  pdf: PDF,
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  xlsx: XLSX,
  docx: DOCX,
};

/**
 * PDF, PNG, JPEG, or an Office Open XML workbook or document. XLSX and DOCX are zip files: the zip's
 * entry names are stored uncompressed (local headers and central directory), so the part that makes
 * it a workbook (`xl/workbook.xml`) or a document (`word/document.xml`) is found in the bytes without
 * unzipping. A zip of anything else is null.
 */
export function sniffDocumentType(b: Buffer): DocumentType | null {
  if (b.length >= 5 && b.toString("latin1", 0, 5) === "%PDF-") return PDF;
  const image = sniffImageType(b);
  if (image === "image/jpeg" || image === "image/png") return image;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    if (b.indexOf("[Content_Types].xml", 0, "latin1") < 0) return null;
    if (b.indexOf("xl/workbook.xml", 0, "latin1") >= 0) return XLSX;
    if (b.indexOf("word/document.xml", 0, "latin1") >= 0) return DOCX;
  }
  return null;
}

/** The lower-case extension of a file name ("" without one). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}
