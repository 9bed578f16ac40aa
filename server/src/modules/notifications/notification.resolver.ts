import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { inTransaction, type RequestContext } from "../../shared/context";
import { DEFAULT_LOCALE } from "../../shared/messages";
import { Connection, decodeCursor, PageArgs } from "../../shared/pagination";
import { Notification } from "./notification.entity";
import {
  markAllNotificationsRead,
  markNotificationRead,
  myNotifications,
  unreadNotificationCount,
} from "./notification.service";
import { NOTIFICATION_TEXTS } from "./notification.texts";

const NotificationConnection = Connection("Notification", Notification);

/** The signed-in user's own notifications only (any role): every operation is `recipient = me`. */
@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "My notifications (提醒), newest first." })
  async myNotifications(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("unreadOnly", { defaultValue: false }) unreadOnly: boolean,
  ) {
    return NotificationConnection.from(await myNotifications(ctx, unreadOnly, decodeCursor(page.after), page.first));
  }

  @Authorized()
  @Query(() => Int, { description: "How many of my notifications are unread (the bell's count)." })
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return unreadNotificationCount(ctx);
  }

  @Authorized()
  @Mutation(() => Notification, { description: "Marks one of my notifications read; another's is NOT_FOUND." })
  markNotificationRead(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return inTransaction(ctx, (tx) => markNotificationRead(tx, id));
  }

  @Authorized()
  @Mutation(() => Int, { description: "Marks all my notifications read; returns how many were unread." })
  markAllNotificationsRead(@Ctx() ctx: RequestContext) {
    return inTransaction(ctx, (tx) => markAllNotificationsRead(tx));
  }

  @FieldResolver(() => String, { description: "The reminder's text in the reader's language." })
  message(@Root() n: Notification, @Ctx() ctx: RequestContext) {
    return NOTIFICATION_TEXTS[n.kind](n.params).in(ctx.locale ?? DEFAULT_LOCALE);
  }
}
