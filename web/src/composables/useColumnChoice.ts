import { computed, ref, watch, type Ref } from "vue";
import { useSessionStore } from "@/stores/session";

/**
 * Which columns of a wide table the user hid (表格列设置), remembered in this browser per user and
 * per table: `xiezuo.columns.<user id>.<table>`. The hidden ones are stored, not the shown ones, so
 * a column that appears later (an indicator first used this year) is shown until the user hides it.
 * Another person signing in on the same computer gets their own choice.
 */
export function useColumnChoice(table: string): { hidden: Ref<string[]>; isShown: (key: string) => boolean } {
  const session = useSessionStore();
  const storageKey = computed(() => `xiezuo.columns.${session.user?.id ?? "anonymous"}.${table}`);
  const read = (): string[] => {
    try {
      const v = JSON.parse(localStorage.getItem(storageKey.value) ?? "[]");
      return Array.isArray(v) ? v.filter((k): k is string => typeof k === "string") : [];
    } catch {
      return [];
    }
  };
  const hidden = ref<string[]>(read());
  // A different user signing in on this page: their own choice.
  watch(storageKey, () => (hidden.value = read()));
  watch(
    hidden,
    (h) => {
      try {
        if (h.length) localStorage.setItem(storageKey.value, JSON.stringify(h));
        else localStorage.removeItem(storageKey.value);
      } catch {
        /* remembered until the tab closes */
      }
    },
    { deep: true },
  );
  return { hidden, isShown: (key: string) => !hidden.value.includes(key) };
}
