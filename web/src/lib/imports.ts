/**
 * 批量导入: the kinds a role may import, and the upload of a filled template (POST /imports/:kind,
 * the raw .xlsx as the body, with upload progress: fetch cannot report it, XMLHttpRequest can).
 */
import type { ImportKind, Role } from "@/gql/graphql";
import { currentLocale } from "@/i18n";

export interface ImportKindInfo {
  kind: ImportKind;
  roles: readonly Role[];
  /** Built on the server; the others are shown as coming. */
  available: boolean;
}

/** In the order the issue lists them; roles as the server's ImportKind definitions say. */
export const IMPORT_KINDS: readonly ImportKindInfo[] = [
  { kind: "WORKERS", roles: ["COUNTY_OFFICIAL", "ADMIN"], available: true },
  { kind: "PRODUCTS", roles: ["COUNTY_OFFICIAL", "ADMIN"], available: true },
  { kind: "BUYERS", roles: ["COORDINATOR", "ADMIN"], available: true },
  { kind: "FIGURES", roles: ["COORDINATOR", "ADMIN"], available: true },
  { kind: "DONATIONS", roles: ["COORDINATOR", "COUNTY_OFFICIAL", "ADMIN"], available: true },
  { kind: "UNIT_PAIRS", roles: ["COORDINATOR", "COUNTY_OFFICIAL", "ADMIN"], available: true },
];

export const kindsFor = (role: Role | null | undefined) => IMPORT_KINDS.filter((k) => role && k.roles.includes(role));

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const templateUrl = (kind: ImportKind) => `/imports/${kind.toLowerCase()}/template`;
export const problemsUrl = (batchId: string) => `/imports/${encodeURIComponent(batchId)}/problems.xlsx`;

export interface ImportProblemRow {
  row: number;
  column: string;
  /** In the language of the upload's request. */
  reason: string;
  /** In each language: the dry run is an upload's answer, not a query, so switching language re-reads nothing. */
  reasons?: { zhCN: string; en: string };
}

/** A problem's reason in the page's language now. */
export const reasonIn = (p: ImportProblemRow, locale: string) =>
  p.reasons ? (locale === "en" ? p.reasons.en : p.reasons.zhCN) : p.reason;
export interface DryRun {
  batchId: string;
  kind: ImportKind;
  rows: number;
  valid: number;
  unchanged: number;
  problems: ImportProblemRow[];
  problemCount: number;
}

export class ImportUploadError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly status: number,
    /** The server's message in both languages (`extensions.messages`): show it with localizeServerMessage(error). */
    readonly extensions: { messages?: unknown } | null = null,
  ) {
    super(message);
  }
}

/** Sends the file; `onProgress` gets 0–100 while it goes up. Resolves with the dry run, rejects with the server's message. */
export function uploadImport(
  token: string | null,
  kind: ImportKind,
  file: File,
  onProgress: (percent: number) => void,
): Promise<DryRun> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/imports/${kind.toLowerCase()}?fileName=${encodeURIComponent(file.name)}`);
    if (token) xhr.setRequestHeader("authorization", `Bearer ${token}`);
    xhr.setRequestHeader("x-locale", currentLocale());
    xhr.setRequestHeader("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let body:
        (DryRun & { errors?: { message: string; extensions?: { code?: string; messages?: unknown } }[] }) | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 201 && body && !body.errors) return resolve(body);
      const e = body?.errors?.[0];
      reject(
        new ImportUploadError(
          e?.message ?? `HTTP ${xhr.status}`,
          e?.extensions?.code ?? null,
          xhr.status,
          e?.extensions ?? null,
        ),
      );
    };
    xhr.onerror = () => reject(new ImportUploadError("network", null, 0));
    xhr.send(file);
  });
}
