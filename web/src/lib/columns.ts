import { defineComponent, type PropType, type VNodeChild } from "vue";

/**
 * One column of a list, defined once for both of TableOrCards' layouts: the table's el-table-column
 * (header, width, alignment) and the phone's card (a heading part or a labelled line), so the two
 * cannot drift apart — a column added to the table is on the card too. A cell is either a plain
 * `value` (shown as is, "—" when absent) or a `render`ed one (a tag, a link, buttons).
 */
export interface ListColumn<T> {
  key: string;
  /** The table's header and the card line's label; "" for an actions column (no label on the card). */
  label: string;
  width?: number | string;
  minWidth?: number | string;
  align?: "left" | "center" | "right";
  value?: (row: T) => string | number | null | undefined;
  render?: (row: T) => VNodeChild;
  /** On a card: "title" joins the card's heading line, "line" (default) is a labelled line, "none" is left off. */
  card?: "title" | "line" | "none";
  /** data-testid of a plain value's cell, the same in both layouts (tests find cells by it). */
  testid?: string;
  /** Shown only when true (a class column when the scheme has classes). */
  when?: boolean;
}

/** The columns to show: those without `when`, and those whose `when` holds. */
export const shownColumns = <T>(columns: ListColumn<T>[]): ListColumn<T>[] => columns.filter((c) => c.when !== false);

/** A column's rendered cell as a component, so one render function serves the table's and the card's templates. */
export const ColumnCell = defineComponent({
  name: "ColumnCell",
  props: { render: { type: Function as PropType<() => VNodeChild>, required: true } },
  setup(props) {
    return () => props.render();
  },
});
