import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime, GraphQLJSONObject } from "graphql-scalars";
import { ConnectionType } from "../../shared/connection";
import { Node } from "../../shared/graphql-types";
import { DateScalar } from "../../shared/scalars";
import { SOURCE } from "./entities";
import { inputClass } from "./fields";
import { USER_ERROR_CODES, type UserErrorCode } from "./write.types";

export enum UserErrorCodeEnum {
  REQUIRED = "REQUIRED",
  INVALID = "INVALID",
  NOT_FOUND = "NOT_FOUND",
  VERSION_CONFLICT = "VERSION_CONFLICT",
  RETRACTED = "RETRACTED",
  SOURCE_REQUIRED = "SOURCE_REQUIRED",
  TAKEN = "TAKEN",
  IN_USE = "IN_USE",
}
registerEnumType(UserErrorCodeEnum, {
  name: "UserErrorCode",
  description: "Why a write was refused (listed in `userErrors`; nothing was written).",
  valuesConfig: Object.fromEntries(Object.entries(USER_ERROR_CODES).map(([k, v]) => [k, { description: v }])),
});

export enum AuditAction {
  CREATE = "CREATE",
  REVISE = "REVISE",
  RETRACT = "RETRACT",
  UPDATE = "UPDATE",
}
registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "What a write did.",
  valuesConfig: {
    CREATE: { description: "A new record." },
    REVISE: { description: "A new revision that supersedes the record's previous one (facts)." },
    RETRACT: { description: "The record was withdrawn, with a reason; it stays visible to `asOf`/`knownAt` from before." },
    UPDATE: { description: "A company or source edited in place (the audit entry keeps the values before)." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One problem with a write. A refused write lists every problem found, and writes nothing." })
export class UserError {
  @Field(() => [String], { description: "Path of the argument at fault, e.g. [\"input\", \"totalValue\"] or [\"sources\", \"0\", \"new\", \"url\"]." })
  field!: string[];
  @Field(() => String, { description: "What is wrong, in words." }) message!: string;
  @Field(() => UserErrorCodeEnum, { description: "Stable code to switch on." }) code!: UserErrorCode;
}

export const NewSourceInput = inputClass("NewSourceInput", "A source not yet on file: URL, title, publisher and publication day.", SOURCE.fields);

@InputType({ description: "A source a write cites: exactly one of `id` (on file) or `new`, with an optional quote." })
export class SourceRefInput {
  @Field(() => ID, { nullable: true, description: "A Source ID." }) id?: string | null;
  @Field(() => NewSourceInput, { nullable: true, description: "A new source, recorded with the write." }) new?: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: "The passage that supports the fact." }) quote?: string | null;
}

/** The model behind AuditEntry (an audit_entries row, plus ids for the resolvers). */
export interface AuditEntryModel {
  id: string;
  dbId: number;
  at: string;
  action: AuditAction;
  typename: string;
  recordId: string;
  previousKey: string | null;
  version: number;
  actor: string;
  keyId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  sourceIds: number[];
  reason: string | null;
}

@ObjectType({ description: "One accepted write: who, when, what, the record before and after, and the sources it named." })
export class AuditEntry {
  @Field(() => ID, { description: "The entry's id (also `changeId` of live events)." }) id!: string;
  @Field(() => GraphQLDateTime, { description: "When the write committed (database time); `knownAt` at or after this sees it." }) at!: string;
  @Field(() => AuditAction, { description: "What the write did." }) action!: AuditAction;
  @Field(() => String, { description: "The record's GraphQL type (Deal, Company, Source, ...)." }) typename!: string;
  @Field(() => ID, { description: "Global ID of the record written (the new revision for REVISE)." }) recordId!: string;
  @Field(() => Int, { description: "The record's version after the write." }) version!: number;
  @Field(() => String, { description: "Who wrote: `key:<id>` for an API key, or the tool (e.g. `import`)." }) actor!: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The record before (null for CREATE): its stored columns and provenance flags." })
  before!: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The record after the write." }) after!: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: "RETRACT: the reason given." }) reason!: string | null;
}

@ObjectType({ description: "A page of audit entries, oldest first.", simpleResolvers: true })
export class AuditEntryConnection extends ConnectionType("AuditEntry", AuditEntry) {}

@ObjectType({ simpleResolvers: true, description: "A retraction: when and why a record was withdrawn." })
export class Retraction {
  @Field(() => GraphQLDateTime, { description: "When it was recorded (database time)." }) at!: string;
  @Field(() => DateScalar, { nullable: true, description: "The day from which `asOf` answers leave the record out." }) on!: string | null;
  @Field(() => String, { description: "The reason given." }) reason!: string;
}

export { Node };
