import { describe, expect, it } from "vitest";
import { defineComponent, h, ref } from "vue";
import DialogFooter from "./DialogFooter.vue";
import { mountApp, settle } from "@/test/mountApp";

const Host = defineComponent({
  setup() {
    const saving = ref(false);
    const danger = ref(false);
    const submitLabel = ref<string | undefined>(undefined);
    const said = ref<string[]>([]);
    return { saving, danger, submitLabel, said };
  },
  render() {
    return h("div", [
      h(DialogFooter, {
        saving: this.saving,
        danger: this.danger,
        submitLabel: this.submitLabel,
        submitTestid: "thing-submit",
        onCancel: () => this.said.push("cancel"),
        onSubmit: () => this.said.push("submit"),
      }),
    ]);
  },
});

describe("DialogFooter", () => {
  it("cancels, submits, says save unless told otherwise, and spins while saving", async () => {
    const { wrapper } = await mountApp(Host, { locale: "en" });
    const vm = wrapper.vm as unknown as InstanceType<typeof Host>;
    const submit = () => wrapper.get("[data-testid=thing-submit]");
    const cancel = wrapper.findAll("button").find((b) => b.text() === "Cancel")!;

    expect(submit().text()).toBe("Save");
    expect(submit().classes()).toContain("el-button--primary");
    await cancel.trigger("click");
    await submit().trigger("click");
    expect(vm.said).toEqual(["cancel", "submit"]);

    vm.submitLabel = "Suspend";
    vm.danger = true;
    vm.saving = true;
    await settle();
    expect(submit().text()).toBe("Suspend");
    expect(submit().classes()).toContain("el-button--danger");
    expect(submit().classes()).toContain("is-loading");
  });
});
