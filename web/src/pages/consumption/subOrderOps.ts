import { useI18n } from "vue-i18n";
import { useApolloClient } from "@vue/apollo-composable";
import { ElMessage } from "element-plus";
import { graphql } from "@/gql";
import type { SubOrderAction, SubOrderStatus } from "@/gql/graphql";
import type { StepKind } from "./StepDialog.vue";

/**
 * What every sub-order step returns: the sub-order as it now is (with the steps the caller may take
 * next), or the state it is really in when the step was not allowed (InvalidStateError). One
 * selection for all six steps keeps the cache whole.
 */
export const SubOrderStepFields = graphql(`
  fragment SubOrderStepFields on SubOrderResult {
    __typename
    ... on SubOrder {
      id
      status
      allowedActions
      reason
      paymentReference
      invoiceNumber
      inspectionNote
      rating
      carrier
      waybillNumber
      updatedAt
    }
    ... on InvalidStateError {
      code
      message
      state
      entityId
    }
  }
`);
export const ConfirmSubOrderDocument = graphql(`
  mutation ConfirmSubOrder($input: ChangeSubOrderInput!) {
    confirmSubOrder(input: $input) {
      ...SubOrderStepFields
    }
  }
`);
export const ShipSubOrderDocument = graphql(`
  mutation ShipSubOrder($input: ShipSubOrderInput!) {
    shipSubOrder(input: $input) {
      ...SubOrderStepFields
    }
  }
`);
export const CancelSubOrderDocument = graphql(`
  mutation CancelSubOrder($input: ChangeSubOrderInput!) {
    cancelSubOrder(input: $input) {
      ...SubOrderStepFields
    }
  }
`);
export const RefundSubOrderDocument = graphql(`
  mutation RefundSubOrder($input: ChangeSubOrderInput!) {
    refundSubOrder(input: $input) {
      ...SubOrderStepFields
    }
  }
`);
export const RecordPaymentDocument = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      ...SubOrderStepFields
    }
  }
`);
export const ReceiveSubOrderDocument = graphql(`
  mutation ReceiveSubOrder($input: ReceiveSubOrderInput!) {
    receiveSubOrder(input: $input) {
      ...SubOrderStepFields
    }
  }
`);

/** What a sub-order step returned: the updated sub-order, or the state it is really in (a SubOrderStatus). */
export type StepResult =
  { __typename: "SubOrder"; status: SubOrderStatus } | { __typename: "InvalidStateError"; state: string };

/** Reports a step's typed result; returns true when it was done. */
export function useStepReport() {
  const { t } = useI18n();
  return (r: StepResult | null | undefined): boolean => {
    if (!r) return false;
    if (r.__typename === "SubOrder") {
      ElMessage({ type: "success", message: t("orders.done", { status: t(`subOrderStatus.${r.status}`) }) });
      return true;
    }
    ElMessage({
      type: "warning",
      message: t("orders.invalidState", { status: t(`subOrderStatus.${r.state}`) }),
      duration: 6000,
    });
    return false;
  };
}

/** Apollo client for refetching lists after a step. */
export function useRefetch() {
  const { resolveClient } = useApolloClient();
  return (names: string[]) => resolveClient().refetchQueries({ include: names });
}

export const STATUS_TAG: Record<SubOrderStatus, "primary" | "success" | "info" | "warning" | "danger"> = {
  PLACED: "info",
  CONFIRMED: "primary",
  PAID: "warning",
  SHIPPED: "warning",
  RECEIVED: "success",
  CANCELLED: "info",
  REFUNDED: "danger",
};

/**
 * The steps that open a dialog (payment, receipt, cancellation, refund), of those the server says
 * the caller may take now (`SubOrder.allowedActions`, from its one transitions table).
 */
const DIALOG_STEP: Partial<Record<SubOrderAction, StepKind>> = {
  SHIP: "ship",
  PAY: "pay",
  RECEIVE: "receive",
  CANCEL: "cancel",
  REFUND: "refund",
};
export const dialogSteps = (allowed: readonly SubOrderAction[]): StepKind[] =>
  allowed.flatMap((a) => DIALOG_STEP[a] ?? []);
