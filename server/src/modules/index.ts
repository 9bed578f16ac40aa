import type { NonEmptyArray } from "type-graphql";
import { AgreementResolver, PairingAgreementResolver } from "./agreements/agreement.resolver";
import { AuditResolver } from "./audit/audit.resolver";
import { LedgerResolver, PairingProgressResolver } from "./ledger/ledger.resolver";
import { PairingResolver } from "./pairings/pairing.resolver";
import { RegionResolver } from "./regions/region.resolver";
import { UserResolver } from "./users/user.resolver";

/** Every module's resolvers; the one list the schema is built from. */
export const resolvers: NonEmptyArray<Function> = [
  UserResolver,
  RegionResolver,
  PairingResolver,
  AgreementResolver,
  PairingAgreementResolver,
  LedgerResolver,
  PairingProgressResolver,
  AuditResolver,
];
