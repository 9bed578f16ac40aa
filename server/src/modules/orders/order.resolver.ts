import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Role } from "../../shared/auth";
import { loader, type RequestContext } from "../../shared/context";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Buyer } from "../buyers/buyer.entity";
import { visibleBuyerById } from "../buyers/buyer.service";
import { Product } from "../products/product.entity";
import { visibleProductById } from "../products/product.service";
import { Region } from "../regions/region.entity";
import { regionById } from "../regions/region.loaders";
import { Supplier } from "../suppliers/supplier.entity";
import { visibleSupplierById } from "../suppliers/supplier.service";
import { fairById, salesCentreById } from "../channels/channel.loaders";
import { Fair } from "../channels/fair.entity";
import { SalesCentre } from "../channels/sales-centre.entity";
import { OrderLine, PurchaseOrder, SubOrder } from "./order.entity";
import {
  ChangeSubOrderInput,
  PlaceOrderInput,
  PlaceOrderResult,
  ReceiveSubOrderInput,
  RecordPaymentInput,
  ShipSubOrderInput,
  SubOrderEvent,
  SubOrderFilter,
  SubOrderResult,
  SubOrderStatusCount,
} from "./order.inputs";
import {
  historyBySubOrder,
  linesBySubOrder,
  orderById,
  orderTotalFor,
  ratingsBySupplier,
  subOrdersByOrder,
} from "./order.loaders";
import { MoneyScalar } from "../../shared/scalars";
import { deliveryPhoneFor, RememberedDelivery, rememberedDelivery } from "./checkout";
import {
  cancelSubOrder,
  confirmSubOrder,
  countSubOrdersByStatus,
  getOrder,
  listOrders,
  listSubOrders,
  placeOrder,
  receiveSubOrder,
  recordPayment,
  refundSubOrder,
  shipSubOrder,
} from "./order.service";
import { SUB_ORDER_STEPS, SubOrderAction } from "./order.steps";
import { resultOrRollback } from "../../shared/outcomes";

export const OrderConnection = Connection("Order", PurchaseOrder);
export const SubOrderConnection = Connection("SubOrder", SubOrder);

/**
 * Orders. Business outcomes (out of stock, product unavailable, a step not allowed from the
 * current state) are typed union members; an out-of-scope sub-order is NOT_FOUND; bad input is
 * BAD_USER_INPUT naming the field.
 */
@Resolver(() => PurchaseOrder)
export class OrderResolver {
  @Authorized(Role.BUYER)
  @Mutation(() => PlaceOrderResult, { description: "下单. Same idempotencyKey again: the existing order." })
  placeOrder(@Ctx() ctx: RequestContext, @Arg("input", () => PlaceOrderInput) input: PlaceOrderInput) {
    // placeOrder reads first, then opens its one transaction itself (for the write alone).
    return resultOrRollback(placeOrder(ctx, input));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.BUYER)
  @Query(() => OrderConnection, {
    description:
      "A buyer's own orders; a coordinator's region's buyers' orders. Newest first. The filter's sub-order conditions keep an order when one of its sub-orders matches.",
  })
  async orders(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("year", () => Int, { nullable: true }) year?: number,
    @Arg("filter", () => SubOrderFilter, { nullable: true }) filter?: SubOrderFilter,
  ) {
    return OrderConnection.from(await listOrders(ctx, year, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.BUYER)
  @Query(() => PurchaseOrder, {
    description:
      "NOT_FOUND when outside the caller's scope. County officials: orders with a sub-order of their county (only that part in subOrders).",
  })
  order(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return getOrder(ctx, id);
  }

  @Authorized(Role.BUYER)
  @Query(() => RememberedDelivery, {
    nullable: true,
    description: "The caller's buyer's delivery and invoice details as last used at checkout; null before its first.",
  })
  rememberedDelivery(@Ctx() ctx: RequestContext) {
    return rememberedDelivery(ctx);
  }

  @FieldResolver(() => MoneyScalar, {
    description:
      "The order's amount as the caller may see it: the whole order for its buyer, coordinators and admins; for a county official the sum of its own county's sub-orders only (an order may hold several counties' suppliers, and another county's amounts are not its business).",
  })
  async total(@Root() o: PurchaseOrder, @Ctx() ctx: RequestContext): Promise<number> {
    return orderTotalFor(ctx, o);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "联系电话: whole for the buyer's own users and the county officials delivering the order; masked (138****5678) for others.",
  })
  deliveryPhone(@Root() o: PurchaseOrder, @Ctx() ctx: RequestContext) {
    return deliveryPhoneFor(ctx, o);
  }

  @FieldResolver(() => Buyer)
  buyer(@Root() o: PurchaseOrder, @Ctx() ctx: RequestContext) {
    return loader(ctx, visibleBuyerById).load(o.buyerId);
  }

  @FieldResolver(() => Fair, { nullable: true })
  fair(@Root() o: PurchaseOrder, @Ctx() ctx: RequestContext) {
    return o.fairId ? loader(ctx, fairById).load(o.fairId) : null;
  }

  @FieldResolver(() => SalesCentre, { nullable: true })
  salesCentre(@Root() o: PurchaseOrder, @Ctx() ctx: RequestContext) {
    return o.salesCentreId ? loader(ctx, salesCentreById).load(o.salesCentreId) : null;
  }

  @FieldResolver(() => [SubOrder])
  subOrders(@Root() o: PurchaseOrder, @Ctx() ctx: RequestContext) {
    return loader(ctx, subOrdersByOrder).load(o.id);
  }
}

@Resolver(() => SubOrder)
export class SubOrderResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.BUYER)
  @Query(() => SubOrderConnection, {
    description: "Buyer: its own; county official: its county's suppliers'; coordinator: its region's buyers'.",
  })
  async subOrders(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => SubOrderFilter, { nullable: true }) filter?: SubOrderFilter,
  ) {
    return SubOrderConnection.from(await listSubOrders(ctx, filter, decodeCursor(page.after), page.first));
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.COUNTY_OFFICIAL, Role.BUYER)
  @Query(() => [SubOrderStatusCount], {
    description: "Sub-orders in scope matching the filter, counted per state (the filter's own states ignored).",
  })
  subOrderStatusCounts(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => SubOrderFilter, { nullable: true }) filter?: SubOrderFilter,
  ) {
    return countSubOrdersByStatus(ctx, filter);
  }

  @Authorized(...SUB_ORDER_STEPS.roles(SubOrderAction.CONFIRM))
  @Mutation(() => SubOrderResult, {
    description: "PLACED → CONFIRMED by the supplier's county; from here the sub-order counts.",
  })
  confirmSubOrder(@Ctx() ctx: RequestContext, @Arg("input", () => ChangeSubOrderInput) input: ChangeSubOrderInput) {
    // A step is one statement sent alone, its own transaction (order.service.ts `transition`): no
    // inTransaction around it, as for placeOrder.
    return confirmSubOrder(ctx, input);
  }

  @Authorized(...SUB_ORDER_STEPS.roles(SubOrderAction.PAY))
  @Mutation(() => SubOrderResult, { description: "CONFIRMED → PAID: the buyer records the bank-transfer reference." })
  recordPayment(@Ctx() ctx: RequestContext, @Arg("input", () => RecordPaymentInput) input: RecordPaymentInput) {
    return recordPayment(ctx, input);
  }

  @Authorized(...SUB_ORDER_STEPS.roles(SubOrderAction.SHIP))
  @Mutation(() => SubOrderResult, {
    description: "PAID → SHIPPED, with the carrier (承运商) and waybill number (运单号).",
  })
  shipSubOrder(@Ctx() ctx: RequestContext, @Arg("input", () => ShipSubOrderInput) input: ShipSubOrderInput) {
    return shipSubOrder(ctx, input);
  }

  @Authorized(...SUB_ORDER_STEPS.roles(SubOrderAction.RECEIVE))
  @Mutation(() => SubOrderResult, {
    description: "SHIPPED → RECEIVED with invoice, inspection (验货/验票) and an optional rating.",
  })
  receiveSubOrder(@Ctx() ctx: RequestContext, @Arg("input", () => ReceiveSubOrderInput) input: ReceiveSubOrderInput) {
    return receiveSubOrder(ctx, input);
  }

  @Authorized(...SUB_ORDER_STEPS.roles(SubOrderAction.CANCEL))
  @Mutation(() => SubOrderResult, {
    description: "PLACED/CONFIRMED → CANCELLED; stock returned, counted amounts reversed.",
  })
  cancelSubOrder(@Ctx() ctx: RequestContext, @Arg("input", () => ChangeSubOrderInput) input: ChangeSubOrderInput) {
    return cancelSubOrder(ctx, input);
  }

  @Authorized(...SUB_ORDER_STEPS.roles(SubOrderAction.REFUND))
  @Mutation(() => SubOrderResult, {
    description: "PAID/SHIPPED/RECEIVED → REFUNDED with a reason; counted amounts reversed.",
  })
  refundSubOrder(@Ctx() ctx: RequestContext, @Arg("input", () => ChangeSubOrderInput) input: ChangeSubOrderInput) {
    return refundSubOrder(ctx, input);
  }

  @FieldResolver(() => [SubOrderAction], {
    description: "The steps the caller may take now (the table in order.steps.ts, the status, the caller's role).",
  })
  allowedActions(@Root() s: SubOrder, @Ctx() ctx: RequestContext) {
    return SUB_ORDER_STEPS.allowed(ctx, s.status);
  }

  @FieldResolver(() => String, {
    description: "子订单号: the order's number and the sub-order's position, XZ20261129-000123-2.",
  })
  async number(@Root() s: SubOrder, @Ctx() ctx: RequestContext) {
    const order = await loader(ctx, orderById).load(s.orderId);
    return `${order?.orderNumber ?? "?"}-${s.position}`;
  }

  @FieldResolver(() => [SubOrderEvent], { description: "Its steps so far, oldest first (from the audit trail)." })
  history(@Root() s: SubOrder, @Ctx() ctx: RequestContext) {
    return loader(ctx, historyBySubOrder).load(s.id);
  }

  @FieldResolver(() => PurchaseOrder)
  order(@Root() s: SubOrder, @Ctx() ctx: RequestContext) {
    return loader(ctx, orderById).load(s.orderId);
  }

  @FieldResolver(() => Supplier)
  supplier(@Root() s: SubOrder, @Ctx() ctx: RequestContext) {
    return loader(ctx, visibleSupplierById).load(s.supplierId);
  }

  @FieldResolver(() => Buyer)
  buyer(@Root() s: SubOrder, @Ctx() ctx: RequestContext) {
    return loader(ctx, visibleBuyerById).load(s.buyerId);
  }

  @FieldResolver(() => Region)
  county(@Root() s: SubOrder, @Ctx() ctx: RequestContext) {
    return loader(ctx, regionById).load(s.westCountyId);
  }

  @FieldResolver(() => [OrderLine])
  lines(@Root() s: SubOrder, @Ctx() ctx: RequestContext) {
    return loader(ctx, linesBySubOrder).load(s.id);
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver {
  @FieldResolver(() => Product)
  product(@Root() l: OrderLine, @Ctx() ctx: RequestContext) {
    return loader(ctx, visibleProductById).load(l.productId);
  }
}

@ObjectType({ description: "What buyers said of a supplier on receiving its goods (验货后评价, 1–5)." })
export class SupplierRating {
  @Field(() => Float, { description: "The mean, rounded to one decimal." })
  average: number;

  @Field(() => Int, { description: "How many ratings." })
  count: number;
}

/** `Supplier.rating` lives here: ratings are recorded on sub-orders, which this module owns. */
@Resolver(() => Supplier)
export class SupplierRatingResolver {
  @FieldResolver(() => SupplierRating, { nullable: true, description: "Null until a buyer has rated it." })
  async rating(@Root() s: Supplier, @Ctx() ctx: RequestContext): Promise<SupplierRating | null> {
    const r = await loader(ctx, ratingsBySupplier).load(s.id);
    if (!r.count) return null;
    return Object.assign(new SupplierRating(), { average: Math.round((r.sum * 10) / r.count) / 10, count: r.count });
  }
}
