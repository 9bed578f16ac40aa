import { computed, reactive, shallowRef, type ComputedRef } from "vue";
import { useI18n } from "vue-i18n";
import { ElMessage } from "element-plus";
import { splitFieldErrors, type ErrorCode } from "@/lib/errors";
import type { AppLocale } from "@/lib/format";

/**
 * Server-side validation errors for a form: BAD_USER_INPUT errors naming one of the form's
 * fields (`extensions.field`) are shown beside that field (el-form-item `error`). The app's error
 * link stays quiet about a mutation's field errors, so one naming a field this form does not have
 * is shown here as a message; every other error the link has already shown.
 *
 * The messages follow the language switch: the raw (bilingual) error is kept and localised on read.
 */
export function useServerFieldErrors<F extends string>(fields: readonly F[]) {
  const { t, locale } = useI18n();
  const raw = shallowRef<unknown>(null);
  const hidden = reactive(new Set<string>());
  const generic = (code: ErrorCode | null) => (code ? t(`errors.${code}`) : t("errors.unknown"));
  const split = computed(() => splitFieldErrors(raw.value, fields, locale.value as AppLocale, generic));

  const errors = reactive(
    Object.fromEntries(
      fields.map((f) => [f, computed(() => (hidden.has(f) ? "" : (split.value.fields[f] ?? "")))]),
    ) as Record<F, ComputedRef<string>>,
  ) as unknown as Readonly<Record<F, string>>;

  /** Hides the message of one field (it was edited), or forgets the whole error. */
  function clear(field?: F) {
    if (field) hidden.add(field);
    else {
      raw.value = null;
      hidden.clear();
    }
  }

  /** Shows what a failed mutation said; returns true when at least one field got a message. */
  function show(error: unknown): boolean {
    hidden.clear();
    raw.value = error;
    const s = split.value;
    if (s.unplaced.length) ElMessage({ type: "error", message: s.unplaced.join("；"), grouping: true });
    return Object.keys(s.fields).length > 0;
  }

  return { errors, clear, show };
}
