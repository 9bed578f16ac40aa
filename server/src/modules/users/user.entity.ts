import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Role } from "../../shared/auth";

@ObjectType({ description: "A person who signs in. The password hash never leaves the server." })
@Entity("app_user")
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column()
  username: string;

  @Column({ name: "password_hash", select: false })
  passwordHash: string;

  @Field()
  @Column({ name: "display_name" })
  displayName: string;

  @Field(() => Role)
  @Column({ type: "text" })
  role: Role;

  @Field(() => ID, { nullable: true })
  @Column({ name: "region_id", type: "uuid", nullable: true })
  regionId: string | null;

  @Field(() => ID, { nullable: true, description: "Buyers: the buyer organisation they act for." })
  @Column({ name: "buyer_id", type: "uuid", nullable: true })
  buyerId: string | null;

  @Field(() => ID, { nullable: true, description: "Enterprise users: the enterprise they act for." })
  @Column({ name: "enterprise_id", type: "uuid", nullable: true })
  enterpriseId: string | null;

  /** Exposed by UserResolver: to the user itself and administrators only. */
  @Column({ default: true })
  active: boolean;

  /** Exposed by UserResolver: to the user itself and administrators only. */
  @Column({ name: "must_change_password", default: false })
  mustChangePassword: boolean;

  @Column({ name: "password_changed_at", type: "timestamptz", nullable: true })
  passwordChangedAt: Date | null;

  /** Exposed by UserResolver: to the user itself and its managers only. */
  @Column({ name: "last_login_at", type: "timestamptz", nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /**
   * For reminders by e-mail (docs/reminders.md); null = none. Personal data at rest (shared/pii.ts,
   * migration 046): encrypted, its mask beside it. Exposed by UserResolver whole to the user itself
   * and administrators, masked to others; never logged.
   */
  @Column({ name: "email_enc", type: "text", nullable: true })
  emailEnc: string | null;

  @Column({ name: "email_masked", type: "text", nullable: true })
  emailMasked: string | null;
}

@Entity("user_session")
export class UserSession {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @Column({ name: "token_hash" })
  tokenHash: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
