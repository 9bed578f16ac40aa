/**
 * Downloads a file the server only gives with the bearer token (the .xlsx exports): fetch, then save
 * the blob under `filename`. Throws on a non-2xx answer (401/403/400), so the page can say so.
 */
export async function downloadWithToken(url: string, token: string | null, filename: string): Promise<void> {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(String(res.status));
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = href;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
