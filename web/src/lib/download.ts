import { currentLocale } from "@/i18n";

/**
 * Downloads a file the server makes for the signed-in user (the .xlsx exports): fetched with the
 * bearer token, since a plain link would carry none, then saved under `fileName`. Throws when the
 * server refuses.
 */
export async function downloadWithToken(url: string, fileName: string, token: string | null): Promise<void> {
  const res = await fetch(url, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), "x-locale": currentLocale() },
  });
  if (!res.ok) throw new Error(String(res.status));
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = href;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
