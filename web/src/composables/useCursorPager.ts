import { computed, ref, watch, type WatchSource } from "vue";

/** What the pager needs of a GraphQL connection: every paged query selects these. */
export interface PagedConnection {
  totalCount: number;
  /** false: the list was counted up to a limit and totalCount is that lower bound (the catalogue). */
  totalCountExact?: boolean;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** A ref, a getter, a reactive object, or a list of them: what `watch` takes. */
type FilterSource = WatchSource | object;

/**
 * Previous/next paging over a GraphQL connection. Cursors are opaque, so the pager keeps the
 * `after` cursor of every page it has visited. `resetOn`: the filters whose change starts again
 * at the first page (a cursor of one filter means nothing under another).
 */
export function useCursorPager(pageSize = 20, resetOn?: FilterSource | FilterSource[]) {
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
  if (resetOn) watch(resetOn as FilterSource[], reset, { deep: true });

  return { pageSize, page, after, next, prev, reset, pages };
}

export type CursorPager = ReturnType<typeof useCursorPager>;
