import { watch, type Ref } from "vue";

/**
 * For a query that runs only while something is open (a drawer, a dialog, `enabled: open`): each
 * opening shows loading until its own answer comes, never what the last opening showed. The
 * composable keeps a stopped query's last result, so without this a reopened drawer shows read
 * marks, history and statuses as they were then, and the server's texts in the language of then
 * (it writes them in the reader's language), until the new answer replaces them. Synchronous, so
 * the result is cleared before the query restarts.
 */
export function useFreshOnOpen(open: Ref<boolean>, result: Ref<unknown>): void {
  watch(
    open,
    (isOpen) => {
      if (isOpen) result.value = undefined;
    },
    { flush: "sync" },
  );
}
