import { computed } from "vue";
import { useI18n } from "vue-i18n";
import { codeOf, graphQLErrorsOf, localizeServerMessage } from "@/lib/errors";
import type { AppLocale } from "@/lib/format";

/**
 * Why a query failed, in the reader's language: the network, or the server's first error (its own
 * bilingual text, else the text for its code). Empty while there is no error. QueryState and
 * OptionsFailed say it the same way.
 */
export function useFailureReason(error: () => unknown) {
  const { t, locale } = useI18n();
  return computed(() => {
    const e = error() as { networkError?: unknown } | null | undefined;
    if (!e) return "";
    if (e.networkError) return t("errors.network");
    const first = graphQLErrorsOf(e)[0];
    if (!first) return t("errors.unknown");
    const code = codeOf(first);
    return localizeServerMessage(first, locale.value as AppLocale, code ? t(`errors.${code}`) : t("errors.unknown"));
  });
}
