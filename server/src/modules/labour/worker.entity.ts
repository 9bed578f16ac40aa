import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { DateScalar } from "../../shared/scalars";

export enum Sex {
  MALE = "MALE",
  FEMALE = "FEMALE",
}
registerEnumType(Sex, { name: "Sex" });

/**
 * 劳动力: a person a west county puts forward for work in the east. The ID and phone numbers are
 * personal data: stored encrypted (shared/pii.ts) with a keyed hash of the ID number for
 * uniqueness; the API shows them masked, and unmasked only through `revealWorkerIdentity`
 * (the worker's county and coordinators paired with it; audited).
 */
@ObjectType()
@Entity("worker")
export class Worker {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ name: "county_id", type: "uuid" })
  countyId: string;

  @Field()
  @Column()
  name: string;

  @Field(() => Sex)
  @Column({ type: "text" })
  sex: Sex;

  @Field(() => Int)
  @Column({ name: "birth_year", type: "int" })
  birthYear: number;

  /** AES-256-GCM ciphertext; never a GraphQL field. */
  @Column({ name: "id_number_enc", type: "text", select: false })
  idNumberEnc: string;

  @Column({ name: "id_number_hash", type: "text", select: false })
  idNumberHash: string;

  @Field({ description: '居民身份证号, masked: the address prefix and the last four ("5204**********123X").' })
  @Column({ name: "id_number_masked", type: "text" })
  idNumberMasked: string;

  @Column({ name: "phone_enc", type: "text", select: false })
  phoneEnc: string;

  @Field({ description: 'Mobile number, masked ("138****5678").' })
  @Column({ name: "phone_masked", type: "text" })
  phoneMasked: string;

  @Field({ description: "建档立卡: a registered-poor person (counted in POOR_LABOURERS_PLACED when employed)." })
  @Column({ name: "registered_poor", type: "boolean" })
  registeredPoor: boolean;

  @Field(() => [String])
  @Column({ type: "text", array: true })
  skills: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description: "When the worker last agreed to share their data with employers.",
  })
  @Column({ name: "consent_given_on", type: "date", nullable: true })
  consentGivenOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When that consent was withdrawn (null while it stands)." })
  @Column({ name: "consent_withdrawn_on", type: "date", nullable: true })
  consentWithdrawnOn: string | null;

  @Column({ name: "put_forward_by", type: "uuid", nullable: true })
  putForwardById: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /** Consent stands: given and not withdrawn since. Only then may employers see the worker. */
  get consented(): boolean {
    return this.consentGivenOn !== null && this.consentWithdrawnOn === null;
  }
}

/** The unmasked identity of one worker, for those allowed to see it; each read is audited. */
@ObjectType()
export class WorkerIdentity {
  @Field(() => ID)
  workerId: string;

  @Field({ description: "居民身份证号, in full." })
  idNumber: string;

  @Field()
  phone: string;
}
