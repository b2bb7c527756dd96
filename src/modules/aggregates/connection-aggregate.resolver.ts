import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../../context";
import type { ConnectionScope } from "../../shared/list";
import { Company, type CompanyModel } from "../companies/company.type";
import { companyOf } from "../companies/company.relations";
import { DealConnection } from "../deals/deal.resolver";
import { CreditBackstopConnection } from "../financing/backstop.resolver";
import { BondRaiseConnection } from "../financing/bond.resolver";
import { RevenueReportConnection } from "../market/revenue.resolver";
import { StockMoveConnection } from "../market/move.resolver";
import { connectionAggregate } from "./connection-aggregate.queries";
import {
  backstopAggregateSpec,
  bondAggregateSpec,
  dealAggregateSpec,
  moveAggregateSpec,
  revenueAggregateSpec,
  type ConnectionAggregateSpec,
} from "./connection-aggregate.specs";
import { AggregateGroupKey, connectionAggregateTypes } from "./connection-aggregate.type";

/** `aggregate(groupBy:)` on one connection type: a field resolver over the connection's whole set. */
function aggregateResolver(connection: ClassType, spec: ConnectionAggregateSpec): Function {
  const types = connectionAggregateTypes(spec.name, spec.measures, spec.dimensions);

  @Resolver(() => connection)
  class ConnectionAggregateResolver {
    @FieldResolver(() => types.aggregate, {
      description:
        `Count, sum, avg, min and max of the numeric fields of every ${spec.name} the connection ranges over (all pages), ` +
        "computed in SQL, optionally grouped; money in USD at published rates.",
    })
    aggregate(
      @Root() conn: { scope?: ConnectionScope },
      @Arg("groupBy", () => [types.groupBy], { nullable: true, description: "Dimensions to group by, in order (at most 4)." })
      groupBy: string[] | null,
      @Ctx() ctx: Context,
    ) {
      if (!conn.scope) throw new Error(`${spec.name} connection has no scope: build it with listConnection`);
      return connectionAggregate(ctx.db, conn.scope, spec, groupBy ?? []);
    }
  }
  Object.defineProperty(ConnectionAggregateResolver, "name", { value: `${spec.name}ConnectionAggregateResolver` });
  return ConnectionAggregateResolver;
}

@Resolver(() => AggregateGroupKey)
export class AggregateGroupKeyResolver {
  @FieldResolver(() => Company, { nullable: true, description: "The company, when the dimension is a company (PROVIDER, ISSUER, ...)." })
  company(@Root() k: AggregateGroupKey, @Ctx() ctx: Context): Promise<CompanyModel | null> {
    return companyOf(ctx, k.companyId, null);
  }
}

export const connectionAggregateResolvers: Function[] = [
  aggregateResolver(DealConnection, dealAggregateSpec),
  aggregateResolver(CreditBackstopConnection, backstopAggregateSpec),
  aggregateResolver(BondRaiseConnection, bondAggregateSpec),
  aggregateResolver(RevenueReportConnection, revenueAggregateSpec),
  aggregateResolver(StockMoveConnection, moveAggregateSpec),
  AggregateGroupKeyResolver,
];
