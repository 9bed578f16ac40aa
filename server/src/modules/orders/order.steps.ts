import { registerEnumType } from "type-graphql";
import { Role } from "../../shared/auth";
import { Transitions } from "../../shared/transitions";
import { SubOrderStatus } from "./order.entity";

export enum SubOrderAction {
  CONFIRM = "CONFIRM",
  PAY = "PAY",
  SHIP = "SHIP",
  RECEIVE = "RECEIVE",
  CANCEL = "CANCEL",
  REFUND = "REFUND",
}
registerEnumType(SubOrderAction, {
  name: "SubOrderAction",
  description: "A step of the sub-order state machine (one mutation each).",
});

/**
 * The sub-order state machine's one table: who may take each step from which states. The
 * mutations' roles come from it; a state not listed answers InvalidStateError, a role not listed
 * FORBIDDEN. The supplier's county (or an administrator) confirms, ships and refunds; the buyer
 * pays and receives; either may cancel before payment.
 */
export const SUB_ORDER_STEPS = new Transitions<SubOrderAction, SubOrderStatus>({
  CONFIRM: { from: [SubOrderStatus.PLACED], to: SubOrderStatus.CONFIRMED, by: [Role.COUNTY_OFFICIAL, Role.ADMIN] },
  PAY: { from: [SubOrderStatus.CONFIRMED], to: SubOrderStatus.PAID, by: [Role.BUYER] },
  SHIP: { from: [SubOrderStatus.PAID], to: SubOrderStatus.SHIPPED, by: [Role.COUNTY_OFFICIAL, Role.ADMIN] },
  RECEIVE: { from: [SubOrderStatus.SHIPPED], to: SubOrderStatus.RECEIVED, by: [Role.BUYER] },
  CANCEL: {
    from: [SubOrderStatus.PLACED, SubOrderStatus.CONFIRMED],
    to: SubOrderStatus.CANCELLED,
    by: [Role.BUYER, Role.COUNTY_OFFICIAL, Role.ADMIN],
  },
  REFUND: {
    from: [SubOrderStatus.PAID, SubOrderStatus.SHIPPED, SubOrderStatus.RECEIVED],
    to: SubOrderStatus.REFUNDED,
    by: [Role.COUNTY_OFFICIAL, Role.ADMIN],
  },
});
