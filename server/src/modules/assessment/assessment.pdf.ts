import { spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppError } from "../../shared/errors";
import { msg } from "../../shared/messages";

/** Longest a conversion may take before it is killed (a report of some pages converts in 2–5 s). */
export const PDF_TIMEOUT_MS = 60_000;

export const PDF_UNAVAILABLE = msg(
  "本服务器未安装 LibreOffice,暂不能生成 PDF;请下载 .docx 版本",
  "LibreOffice is not installed on this server, so no PDF can be made; download the .docx instead",
);

const executable = (file: string) =>
  access(file, constants.X_OK).then(
    () => true,
    () => false,
  );

let found: Promise<string | null> | null = null;
/** `SOFFICE_PATH`, else `soffice` (or `libreoffice`) on PATH; looked up once per process. */
export function sofficeBinary(configured: string | null): Promise<string | null> {
  if (configured) return executable(configured).then((ok) => (ok ? configured : null));
  found ??= (async () => {
    for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean))
      for (const name of ["soffice", "libreoffice"])
        if (await executable(path.join(dir, name))) return path.join(dir, name);
    return null;
  })();
  return found;
}

/** One conversion at a time per process: LibreOffice is heavy (a few hundred MB) and its profile is single-user. */
let queue: Promise<unknown> = Promise.resolve();
/** One LibreOffice profile per process, reused (a fresh profile per call costs seconds more). */
const profileDir = path.join(tmpdir(), `xiezuo-soffice-${process.pid}`);

/**
 * A .docx as PDF through LibreOffice headless, in a temporary folder of its own that is removed
 * afterwards, killed (its whole process group) after `timeoutMs`. Throws SERVICE_UNAVAILABLE
 * (`unavailability: "absent"`, answered 503) when LibreOffice is not installed.
 */
export async function docxToPdf(sofficePath: string | null, docx: Buffer, timeoutMs = PDF_TIMEOUT_MS): Promise<Buffer> {
  const bin = await sofficeBinary(sofficePath);
  if (!bin) throw new AppError("SERVICE_UNAVAILABLE", PDF_UNAVAILABLE, { unavailability: "absent" });
  const run = queue.then(() => convert(bin, docx, timeoutMs));
  queue = run.catch(() => undefined);
  return run;
}

async function convert(bin: string, docx: Buffer, timeoutMs: number): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), "xiezuo-pdf-"));
  try {
    const input = path.join(dir, "report.docx");
    await writeFile(input, docx);
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        bin,
        [
          `-env:UserInstallation=file://${profileDir}`,
          "--headless",
          "--norestore",
          "--nolockcheck",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          input,
        ],
        { detached: true, stdio: ["ignore", "ignore", "pipe"] },
      );
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL"); // the wrapper script and soffice.bin alike
        } catch {
          /* already gone */
        }
        reject(new Error(`LibreOffice did not finish within ${timeoutMs} ms`));
      }, timeoutMs);
      child.on("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on("exit", (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`LibreOffice exited with ${code}: ${stderr.trim()}`));
      });
    });
    const pdf = await readFile(path.join(dir, "report.pdf")).catch(() => null);
    if (!pdf || pdf.subarray(0, 5).toString() !== "%PDF-") throw new Error("LibreOffice wrote no PDF");
    return pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
