import { computed, ref } from "vue";

/**
 * Previous/next paging over a GraphQL connection. Cursors are opaque, so the pager keeps the
 * `after` cursor of every page it has visited.
 */
export function useCursorPager(pageSize = 20) {
  const stack = ref<Array<string | null>>([null]);
  const page = computed(() => stack.value.length);
  const after = computed(() => stack.value[stack.value.length - 1] ?? null);

  function next(endCursor: string | null | undefined) {
    if (endCursor) stack.value = [...stack.value, endCursor];
  }
  function prev() {
    if (stack.value.length > 1) stack.value = stack.value.slice(0, -1);
  }
  function reset() {
    stack.value = [null];
  }
  const pages = (total: number) => Math.max(1, Math.ceil(total / pageSize));

  return { pageSize, page, after, next, prev, reset, pages };
}
