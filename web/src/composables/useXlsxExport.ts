import { ref } from "vue";
import { useI18n } from "vue-i18n";
import { ElMessage } from "element-plus";
import { downloadWithToken } from "@/lib/download";
import { useSessionStore } from "@/stores/session";

/**
 * An 导出 Excel button: downloads a workbook (of a year, or of a list's filters) with the session's
 * bearer token (the server applies the same scope as the API) and says so when the server refuses.
 */
export function useXlsxExport<A = number>(file: (arg: A) => { url: string; fileName: string }) {
  const { t } = useI18n();
  const session = useSessionStore();
  const exporting = ref(false);
  async function exportXlsx(arg: A) {
    exporting.value = true;
    try {
      const { url, fileName } = file(arg);
      await downloadWithToken(url, fileName, session.token);
    } catch {
      ElMessage({ type: "error", message: t("board.exportFailed") });
    } finally {
      exporting.value = false;
    }
  }
  return { exporting, exportXlsx };
}
