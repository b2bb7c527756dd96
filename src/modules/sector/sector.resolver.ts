import { CountryCodeResolver, GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { BadUserInputError } from "../../shared/errors";
import { Fact } from "../../shared/fact";
import type { NodeType } from "../../shared/global-id";
import { DateScalar } from "../../shared/scalars";
import { checkAsOf, KNOWN_AT } from "../../shared/time-travel";
import { MoveWindow } from "../market/move.type";
import { AggregateInput } from "./aggregate.type";
import { factOf } from "./aggregate.resolver";
import { FactChange, SectorChanges } from "./changes.type";
import { sectorChanges } from "./changes.service";
import { moveRows } from "./moves.queries";
import { SectorStockMoves, toSectorMoves, windowsFor, type SectorStockMovesModel } from "./moves.type";
import * as S from "./sector.service";
import {
  AiContractedItLoad,
  ContractedAiRevenueShare,
  ContractedAiValue,
  MinerCapacity,
  ReportedAiRevenueShare,
  SectorBackstops,
  SectorBondIssuance,
  SectorInvestment,
} from "./sector.type";

const COUNTRY = {
  nullable: true,
  defaultValue: "US",
  description: "Country (ISO 3166-1 alpha-2, e.g. `US`) whose miners and hyperscalers count; a country with nothing on file is NOT_FOUND.",
};

@ObjectType({ simpleResolvers: true, 
  description:
    "Sector aggregates for one country at one date, each computed in SQL and explained: value and unit, every input with its " +
    "sources, every exclusion with its reason, and the method in one sentence.",
})
export class Sector {
  @Field(() => String, { description: "Country (ISO 3166-1 alpha-2)." }) country!: string;
}

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => Sector, {
    nullable: true,
    description:
      "The miners-to-AI sector of a country: capacity, AI load, contract value, revenue share, backstops, bonds, investment and " +
      "stock moves, as known on `asOf` (facts public by then, latest revisions only).",
  })
  sector(
    @Arg("country", () => CountryCodeResolver, COUNTRY) country: string | null,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "Answer as known on this day (default: today)." }) asOf: string | null,
    @Arg("knownAt", () => GraphQLDateTime, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Ctx() ctx: Context,
  ): Promise<S.SectorModel> {
    return S.openSector(ctx.db, country, asOf, knownAt);
  }

  @Query(() => SectorChanges, { description: "The facts that appeared or were revised after `from` and by `to`, and how each headline figure moved." })
  sectorChanges(
    @Arg("country", () => CountryCodeResolver, COUNTRY) country: string | null,
    @Arg("from", () => DateScalar, { description: "Start day (exclusive); figures are compared as of this day." }) from: string,
    @Arg("to", () => DateScalar, { description: "End day (inclusive)." }) to: string,
    @Ctx() ctx: Context,
  ) {
    return sectorChanges(ctx.db, country, from, to);
  }

  @FieldResolver(() => DateScalar, { description: "The day the answer is for: `asOf`, or today." })
  asOf(@Root() s: S.SectorModel): string {
    return s.frame.day;
  }

  @FieldResolver(() => MinerCapacity, { description: "How many MW the country's miners control: the reported sector figure beside the computed one, with coverage." })
  minerCapacity(@Root() s: S.SectorModel) {
    return S.headlineFigure(s, "minerCapacity");
  }

  @FieldResolver(() => AiContractedItLoad, { description: "MW of critical IT load contracted to AI/HPC customers, and its share of miner capacity." })
  aiContractedItLoad(@Root() s: S.SectorModel) {
    return S.headlineFigure(s, "aiContractedItLoad");
  }

  @FieldResolver(() => ContractedAiValue, { description: "Total and annualized contract value of miners' AI/HPC deals (USD)." })
  contractedAiValue(@Root() s: S.SectorModel) {
    return S.headlineFigure(s, "contractedAiValue");
  }

  @FieldResolver(() => ContractedAiRevenueShare, {
    description:
      "FORWARD-LOOKING: contracted (future) AI revenue, annualized, as a share of miners' revenue, per miner and for the sector. " +
      "For what was earned, see `reportedAiRevenueShare`.",
  })
  contractedAiRevenueShare(@Root() s: S.SectorModel) {
    return S.headlineFigure(s, "contractedAiRevenueShare");
  }

  @FieldResolver(() => ReportedAiRevenueShare, {
    description: "What was EARNED: miners' reported AI/HPC segment revenue as a share of total revenue in their latest periods, per miner and for the sector.",
  })
  reportedAiRevenueShare(@Root() s: S.SectorModel) {
    return S.headlineFigure(s, "reportedAiRevenueShare");
  }

  @FieldResolver(() => SectorBackstops, { description: "Credit backstops for the country's miners, by guarantor and beneficiary." })
  creditBackstops(@Root() s: S.SectorModel) {
    return S.headlineFigure(s, "creditBackstops");
  }

  @FieldResolver(() => SectorBondIssuance, { description: "Hyperscalers' bond issuance (USD), by issuer, with order-book demand and cover ratio." })
  bondIssuance(@Root() s: S.SectorModel) {
    return S.headlineFigure(s, "bondIssuance");
  }

  @FieldResolver(() => SectorInvestment, { description: "Hyperscalers' announced investment plans: amount (USD) and capacity (MW / GW)." })
  hyperscalerInvestment(@Root() s: S.SectorModel) {
    return S.headlineFigure(s, "hyperscalerInvestment");
  }

  @FieldResolver(() => SectorStockMoves, { description: "Miners' share-price moves on one day, with the sector-index move beside them." })
  async stockMoves(
    @Root() s: S.SectorModel,
    @Arg("on", () => DateScalar, { description: "The trading day." }) on: string,
    @Arg("window", () => MoveWindow, { defaultValue: MoveWindow.DAY, description: "The window to count; DAY also counts CLOSE moves." })
    window: MoveWindow,
  ): Promise<SectorStockMovesModel> {
    checkAsOf(on);
    const windows = windowsFor(window);
    return toSectorMoves(await moveRows(s.db, s.frame, on, windows), s, on, windows);
  }
}

@Resolver(() => SectorStockMoves)
export class SectorStockMovesResolver {
  @FieldResolver(() => [AggregateInput], { description: "The largest moves by size (|changePct|), largest first." })
  topMovers(
    @Root() m: SectorStockMovesModel,
    @Arg("limit", () => Int, { defaultValue: 5, description: "How many (0 to 100)." }) limit: number,
  ): Promise<AggregateInput[]> {
    if (limit < 0 || limit > 100) throw new BadUserInputError("`limit` must be between 0 and 100.", "limit");
    return m.explain.inputs(0, limit);
  }
}

@Resolver(() => FactChange)
export class FactChangeResolver {
  @FieldResolver(() => Fact, { description: "The fact, as known on `to`." })
  fact(@Root() c: FactChange, @Ctx() ctx: Context) {
    return factOf(ctx, { factType: c.factType as NodeType, factId: c.factId, companyId: null, asOf: c.asOf });
  }

  @FieldResolver(() => Fact, { nullable: true, description: "The earlier fact this one revises or adds to." })
  revises(@Root() c: FactChange, @Ctx() ctx: Context) {
    return c.revisesId == null ? null : factOf(ctx, { factType: c.revisesType!, factId: c.revisesId, companyId: null, asOf: c.asOf });
  }
}
