import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeResolver, GraphQLCountryCode } from "graphql-scalars";
import type { FactChange } from "../../events/types";
import { FACT_TABLES } from "../../db/fact-select";
import type { NodeType } from "../../shared/global-id";
import { NODE_TABLE } from "../node/node.table";

/** What can be written: the fact types of the fact base, and sources. */
export enum FactType {
  COMPANY = "COMPANY",
  SITE = "SITE",
  CAPACITY_REPORT = "CAPACITY_REPORT",
  DEAL = "DEAL",
  CREDIT_BACKSTOP = "CREDIT_BACKSTOP",
  BOND_RAISE = "BOND_RAISE",
  INVESTMENT_PLAN = "INVESTMENT_PLAN",
  REVENUE_REPORT = "REVENUE_REPORT",
  STOCK_MOVE = "STOCK_MOVE",
  MARKET_INDICATOR = "MARKET_INDICATOR",
  SOURCE = "SOURCE",
}
// The compiler keeps this enum and the database's fact types in step.
const _sameTypes: Record<keyof typeof FACT_TABLES, FactType> = FactType;
void _sameTypes;

registerEnumType(FactType, {
  name: "FactType",
  description: "A kind of record editors write: each fact type of the fact base, and sources.",
  valuesConfig: Object.fromEntries(
    Object.values(NODE_TABLE).map((d) => [d.factType ?? "SOURCE", { description: `\`${d.typename}\` records.` }]),
  ),
});

export enum FactChangeAction {
  CREATE = "CREATE",
  REVISE = "REVISE",
  RETRACT = "RETRACT",
  UPDATE = "UPDATE",
}
registerEnumType(FactChangeAction, {
  name: "FactChangeAction",
  description: "What a write did to a record.",
  valuesConfig: {
    CREATE: { description: "A new record." },
    REVISE: { description: "A new revision that supersedes an earlier record (`node` is the new revision)." },
    RETRACT: { description: "A record withdrawn, with a reason; it stays visible to queries about earlier dates." },
    UPDATE: { description: "A record changed in place (records that are not dated facts, such as sources)." },
  },
});

const FACT_TYPE_OF = new Map<string, FactType>(Object.values(NODE_TABLE).map((d) => [d.typename, (d.factType ?? "SOURCE") as FactType]));
const TYPENAME_OF = new Map<FactType, NodeType>(Object.values(NODE_TABLE).map((d) => [(d.factType ?? "SOURCE") as FactType, d.typename]));

export const factTypeOf = (typename: string): FactType | null => FACT_TYPE_OF.get(typename) ?? null;
export const typenameOf = (type: FactType): NodeType | undefined => TYPENAME_OF.get(type);

@ObjectType({ simpleResolvers: true, description: "A write that committed: which record, what was done to it, whom and which sector it concerns, and when." })
export class FactChangedEvent {
  @Field(() => ID, { description: "The audit-trail entry of the write." }) changeId!: string;
  @Field(() => FactChangeAction, { description: "What the write did." }) action!: FactChangeAction;
  @Field(() => FactType, { nullable: true, description: "The record's type; null for a type this API version does not know." }) type!: FactType | null;
  @Field(() => String, { description: "The record's GraphQL type name (`Deal`, `StockMove`, ...)." }) typename!: string;
  @Field(() => ID, { description: "Global ID of the record written (the new revision for REVISE); fetch it with `node` or the `node` field." }) nodeId!: string;
  @Field(() => [ID], { description: "Global IDs of the companies the record concerns (empty for sources)." }) companyIds!: string[];
  @Field(() => [GraphQLCountryCode], { description: "Countries whose `sector` figures the write can change (ISO 3166-1 alpha-2)." }) countries!: string[];
  @Field(() => DateTimeResolver, { description: "When the write committed." }) at!: Date;
}

export function toFactChangedEvent(c: FactChange): FactChangedEvent {
  return Object.assign(new FactChangedEvent(), {
    changeId: c.changeId,
    action: c.action as FactChangeAction,
    type: factTypeOf(c.typename),
    typename: c.typename,
    nodeId: c.nodeId,
    companyIds: c.companyIds,
    countries: c.countries,
    at: new Date(c.at),
  });
}

@ObjectType({ simpleResolvers: true, description: "A country's sector can have changed: a write that concerns it committed. Select `sector` for the new figures (computed only when selected)." })
export class SectorChangedEvent {
  @Field(() => GraphQLCountryCode, { description: "The country (ISO 3166-1 alpha-2)." }) country!: string;
  @Field(() => FactChangedEvent, { description: "The latest write behind this event." }) change!: FactChangedEvent;
  @Field(() => Int, { description: "How many writes this event stands for: writes that arrive while the previous event is still being sent are merged into one." })
  changeCount!: number;
  @Field(() => DateTimeResolver, { description: "When the latest of those writes committed." }) at!: Date;
}
