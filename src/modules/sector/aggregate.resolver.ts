import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Fact } from "../../shared/fact";
import { nodeEntry } from "../../shared/node-registry";
import { Company, type CompanyModel } from "../companies/company.type";
import { companyOf } from "../companies/company.relations";
import { Source, toSource } from "../sources/source.type";
import type { SourceRow } from "../sources/source.queries";
import { MAX_PAGE_SIZE } from "../../shared/pagination";
import { AggregateExclusionConnection, AggregateInputConnection, pageOf } from "./explain.connection";
import { AggregateExclusion, AggregateInput, Explained, type ExplainedModel } from "./aggregate.type";
import { factKey } from "./sector.loaders";
import { ReportedFigure, type FactRef } from "./sector.type";

/** The fact behind an input, exclusion or reported figure, read at the aggregate's `asOf` (batched per type). */
export async function factOf(ctx: Context, ref: FactRef): Promise<object | null> {
  const row = ref.factType === "Company" ? await ctx.loaders.companyById.load(ref.factId) : await ctx.loaders.sectorFactById.load(factKey(ref.factType, ref.factId));
  return row ? nodeEntry(ref.factType)!.map(row, ref.asOf) : null;
}

@Resolver(() => Explained)
export class ExplainedResolver {
  @FieldResolver(() => AggregateInputConnection, {
    description: "The records counted, with the value each contributed, largest first (paged: re-adding every page gives the figure).",
  })
  inputs(
    @Root() e: ExplainedModel,
    @Arg("first", () => Int, { nullable: true, description: "Page size (0 to 100; default 20)." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor: the records after this one." }) after: string | null,
  ) {
    return pageOf(first, after, e.explain.inputCount, (offset, limit) => e.explain.inputs(offset, limit));
  }

  @FieldResolver(() => AggregateExclusionConnection, {
    description: "Every record or company left out, with the reason, largest figure first within each reason (paged).",
  })
  excluded(
    @Root() e: ExplainedModel,
    @Arg("first", () => Int, { nullable: true, description: "Page size (0 to 100; default 20)." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor: the records after this one." }) after: string | null,
    @Arg("includeNotYetPublic", () => Boolean, {
      defaultValue: false,
      description: "Also list records that became public after `asOf` (NOT_PUBLIC_BY_AS_OF): what was still to come.",
    })
    includeNotYetPublic: boolean,
  ) {
    const total = e.explain.exclusionCount(includeNotYetPublic);
    return pageOf(first, after, total, (offset, limit) => e.explain.exclusions(offset, limit, includeNotYetPublic));
  }

  @FieldResolver(() => [Source], { description: "The sources of the inputs (all pages), each once, in order of first citation (at most 100)." })
  async sources(@Root() e: ExplainedModel, @Ctx() ctx: Context): Promise<Source[]> {
    if (!e.explain.inputCount) return [];
    const rows = await ctx.loaders.sourceById.loadMany(await e.explain.sourceIds(MAX_PAGE_SIZE));
    return rows.filter((r): r is SourceRow => r != null && !(r instanceof Error)).map(toSource);
  }
}

@Resolver(() => AggregateInput)
export class AggregateInputResolver {
  @FieldResolver(() => Fact, { description: "The record counted (a Deal, CreditBackstop, CapacityReport, ...), with its sources and caveats." })
  async fact(@Root() i: AggregateInput, @Ctx() ctx: Context) {
    return factOf(ctx, i);
  }

  @FieldResolver(() => Company, { nullable: true, description: "The company the input counts for (the miner, guarantor, issuer or planner)." })
  company(@Root() i: AggregateInput, @Ctx() ctx: Context): Promise<CompanyModel | null> {
    return companyOf(ctx, i.companyId, i.asOf);
  }
}

@Resolver(() => AggregateExclusion)
export class AggregateExclusionResolver {
  @FieldResolver(() => Fact, { description: "The record left out, or the Company when a whole company is left out (e.g. NO_REVENUE_DATA)." })
  async fact(@Root() x: AggregateExclusion, @Ctx() ctx: Context) {
    return factOf(ctx, x);
  }

  @FieldResolver(() => Company, { nullable: true, description: "The company the record belongs to, when there is one." })
  company(@Root() x: AggregateExclusion, @Ctx() ctx: Context): Promise<CompanyModel | null> {
    return companyOf(ctx, x.companyId, x.asOf);
  }
}

@Resolver(() => ReportedFigure)
export class ReportedFigureResolver {
  @FieldResolver(() => Fact, { description: "The fact that reports the figure, with its sources." })
  async fact(@Root() r: ReportedFigure & FactRef, @Ctx() ctx: Context) {
    return factOf(ctx, r);
  }
}

