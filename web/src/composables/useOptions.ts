import { computed, reactive, type Ref } from "vue";

/**
 * Where a list of choices stands, apart from the choices themselves: a select fed by a query that
 * failed must not look like a select with nothing to choose (a county official would conclude there
 * are no partner counties). OptionsSelect and OptionsFailed show it.
 */
export interface OptionsStatus {
  /** The query is running (first load, a search, or a retry). */
  readonly loading: boolean;
  /** The query's error, when its last run failed. */
  readonly error: unknown;
  /** The last run failed: the list may be missing or out of date, whatever it holds. */
  readonly failed: boolean;
  /** Runs the query again; its failure shows through `error`, so it is not thrown here. */
  retry(): void;
}

export interface Options<T> extends OptionsStatus {
  /** The choices loaded (the last good ones while a refresh fails). */
  readonly items: T[];
}

/** What useOptions needs of a useQuery: its result, loading, error and refetch. */
export interface OptionsQuery<R> {
  result: Ref<R | undefined>;
  loading: Ref<boolean>;
  error: Ref<unknown>;
  refetch: (...args: never[]) => Promise<unknown> | undefined;
}

/**
 * A query's choices with their loading and failure, as one reactive object (so a template reads
 * `counties.items` and passes `counties` to OptionsSelect as is).
 */
export function useOptions<R, T>(
  query: OptionsQuery<R>,
  pick: (result: R) => readonly T[] | null | undefined,
): Options<T> {
  const items = computed(() => {
    const r = query.result.value;
    return r ? [...(pick(r) ?? [])] : [];
  });
  return reactive({
    items,
    loading: query.loading,
    error: query.error,
    failed: computed(() => !!query.error.value),
    retry() {
      void Promise.resolve(query.refetch()).catch(() => undefined);
    },
  }) as Options<T>;
}

/** Several lists behind one select (the found choices and the chosen one's name): one status for all. */
export function allOptions(...parts: OptionsStatus[]): OptionsStatus {
  return reactive({
    loading: computed(() => parts.some((p) => p.loading)),
    error: computed(() => parts.find((p) => p.failed)?.error ?? null),
    failed: computed(() => parts.some((p) => p.failed)),
    retry() {
      for (const p of parts) if (p.failed) p.retry();
    },
  });
}

/**
 * A server-searched select's choices with the chosen one kept among them (so its name shows,
 * whatever was searched since and on a reload from the URL): `found` is the search's list, `chosen`
 * the chosen record's own query. Either failing leaves the select wrong (nothing to pick, or the
 * chosen one shown by its id), so the status is both's. The supplier and buyer filters share it.
 */
export function withChosen<T extends { id: string }>(found: Options<T>, chosen: Options<T>): Options<T> {
  const status = allOptions(found, chosen);
  return reactive({
    items: computed(() => {
      const list = found.items;
      const one = chosen.items[0];
      return one && !list.some((x) => x.id === one.id) ? [one, ...list] : list;
    }),
    loading: computed(() => status.loading),
    error: computed(() => status.error),
    failed: computed(() => status.failed),
    retry: () => status.retry(),
  }) as Options<T>;
}

/** A list given as it is (not loaded by the one showing it): nothing loading, nothing failed. */
export const GIVEN_OPTIONS: OptionsStatus = Object.freeze({
  loading: false,
  error: null,
  failed: false,
  retry: () => undefined,
});

/** A fixed list as Options (tests, and lists a caller already has). */
export function givenOptions<T>(items: T[]): Options<T> {
  return { ...GIVEN_OPTIONS, items };
}
