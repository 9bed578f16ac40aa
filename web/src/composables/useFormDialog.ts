import { reactive, ref, watch, type Ref } from "vue";
import type { FormInstance } from "element-plus";
import { useServerFieldErrors } from "./useServerFieldErrors";

export interface FormDialogOptions<M extends object, F extends string, R> {
  /** The dialog's v-model. */
  open: Ref<boolean>;
  /** The dialog's el-form (`ref="formRef"`): its rules run before sending; none without one. */
  formRef?: Ref<FormInstance | undefined>;
  /** The fields the server may name in a BAD_USER_INPUT error (shown beside them). */
  fields: readonly F[];
  /** The form as the dialog opens: from the row being edited, or the defaults. */
  initial: () => M;
  /**
   * Sends the form: the mutation(s), throwing what the server said. Returns false to stay open
   * (an outcome the dialog itself reported); anything else closes the dialog.
   */
  submit: (form: M) => Promise<R>;
  /** After the dialog closed on success: the message, the `saved` event. */
  saved?: (result: Exclude<R, false>) => void;
  /**
   * The dialog's own checks, after the el-form rules (if any): they put their messages in
   * `local[field]` and return false to stop the save.
   */
  validate?: (local: Record<string, string>) => boolean;
  /** On every opening, after the form was reset: state of the dialog's own beside the form. */
  reset?: () => void;
}

/**
 * The skeleton of every create/edit dialog: on opening, the form is reset (from the row or the
 * defaults) with no message left from last time; an edit hides the server's message of the field
 * edited; saving runs the el-form rules, then the mutation with a saving flag, shows the server's
 * field errors beside their fields and keeps the dialog open, or closes it and reports `saved`.
 * The template binds `form`, `server.errors.<field>` (or `error(field)`, which also
 * shows the dialog's own checks), `saving` and `save`.
 */
export function useFormDialog<M extends object, F extends string, R = unknown>(options: FormDialogOptions<M, F, R>) {
  const { open, fields, initial, submit, formRef } = options;
  const server = useServerFieldErrors(fields);
  const form = reactive(initial());
  const saving = ref(false);
  const local = reactive<Record<string, string>>({});
  const clearLocal = () => Object.keys(local).forEach((k) => delete local[k]);
  /** A field's message: the dialog's own check, else the server's. */
  const error = (f: F) => local[f] || server.errors[f];

  watch(open, (o) => {
    if (!o) return;
    server.clear();
    clearLocal();
    Object.assign(form, initial());
    options.reset?.();
    formRef?.value?.clearValidate();
  });
  // An edit hides the server's message about that field; a field the server names otherwise
  // (a date sent under another name) hides them all.
  const isField = (k: string): k is F => (fields as readonly string[]).includes(k);
  for (const key of Object.keys(form)) {
    watch(
      () => (form as Record<string, unknown>)[key],
      () => {
        delete local[key];
        if (isField(key)) server.clear(key);
        else server.clear();
      },
      { deep: true },
    );
  }

  async function save() {
    server.clear();
    clearLocal();
    if (formRef?.value && !(await formRef.value.validate().catch(() => false))) return;
    if (options.validate && !options.validate(local)) return;
    saving.value = true;
    try {
      const result = await submit(form as M);
      if (result === false) return;
      open.value = false;
      options.saved?.(result as Exclude<R, false>);
    } catch (e) {
      server.show(e);
    } finally {
      saving.value = false;
    }
  }

  return { form, server, local, error, saving, save };
}
