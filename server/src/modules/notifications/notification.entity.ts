import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";

/** What a reminder is about (预警与提醒); each kind has one rule in reminders.ts and one text in notification.texts.ts. */
export enum NotificationKind {
  BUYER_BEHIND_PACE = "BUYER_BEHIND_PACE",
  EVIDENCE_REJECTED = "EVIDENCE_REJECTED",
  PERIOD_UNSUBMITTED = "PERIOD_UNSUBMITTED",
}
registerEnumType(NotificationKind, {
  name: "NotificationKind",
  valuesConfig: {
    BUYER_BEHIND_PACE: { description: "消费任务进度落后: the buyer's counted purchases are behind its quota's pace." },
    EVIDENCE_REJECTED: { description: "佐证材料被驳回: a file the reader uploaded was rejected." },
    PERIOD_UNSUBMITTED: { description: "报送期未提交: a county's reporting period is not submitted." },
  },
});

/**
 * One reminder to one person. Written only by the daily reminders job (one row per recipient, kind,
 * subject and day: a re-run the same day writes nothing new); read and marked read only by its
 * recipient. The text is rendered when read, in the reader's language, from `kind` and `params`.
 */
@ObjectType({ description: "A reminder to the signed-in user (提醒)." })
@Entity("notification")
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "recipient_id", type: "uuid" })
  recipientId: string;

  @Field(() => NotificationKind)
  @Column({ type: "text" })
  kind: NotificationKind;

  /** The buyer, file or period the reminder is about (an id). */
  @Column({ name: "subject_id", type: "text" })
  subjectId: string;

  @Field(() => DateScalar, { description: "The day (China's calendar) the reminder was made for." })
  @Column({ type: "date" })
  day: string;

  /** Figures the text shows (percentages, days left, a file name): never personal data. */
  @Column({ type: "jsonb", default: {} })
  params: Record<string, string | number>;

  @Field(() => String, { nullable: true, description: "The web app's path of the page the reminder is about." })
  @Column({ type: "text", nullable: true })
  link: string | null;

  @Field(() => Date)
  @Column({ name: "created_at", type: "timestamptz", insert: false, update: false, default: () => "now()" })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When the recipient marked it read; null while unread." })
  @Column({ name: "read_at", type: "timestamptz", nullable: true })
  readAt: Date | null;

  /** When it was mailed to the recipient (reminders by e-mail); null = not (yet), or no mail configured. */
  @Column({ name: "mailed_at", type: "timestamptz", nullable: true })
  mailedAt: Date | null;

  /** Why the last try to mail it failed (no address in it); it is tried again at the next run. */
  @Column({ name: "mail_error", type: "text", nullable: true })
  mailError: string | null;
}
