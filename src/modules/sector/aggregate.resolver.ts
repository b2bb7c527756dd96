import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Fact } from "../../shared/fact";
import { nodeEntry } from "../../shared/node-registry";
import { Company, type CompanyModel } from "../companies/company.type";
import { companyOf } from "../companies/company.relations";
import { Source, toSource } from "../sources/source.type";
import { AggregateExclusion, AggregateInput, ExclusionReason, Explained, type ExplainedModel } from "./aggregate.type";
import { factKey } from "./sector.loaders";
import { ReportedFigure, type FactRef } from "./sector.type";

/** The fact behind an input, exclusion or reported figure, read at the aggregate's `asOf` (batched per type). */
export async function factOf(ctx: Context, ref: FactRef): Promise<object | null> {
  const row = ref.factType === "Company" ? await ctx.loaders.companyById.load(ref.factId) : await ctx.loaders.sectorFactById.load(factKey(ref.factType, ref.factId));
  return row ? nodeEntry(ref.factType)!.map(row, ref.asOf) : null;
}

@Resolver(() => Explained)
export class ExplainedResolver {
  @FieldResolver(() => [AggregateExclusion], {
    description: "Every record or company left out, with the reason, largest figure first within each reason.",
  })
  excluded(
    @Root() e: ExplainedModel,
    @Arg("includeNotYetPublic", () => Boolean, {
      defaultValue: false,
      description: "Also list records that became public after `asOf` (NOT_PUBLIC_BY_AS_OF): what was still to come.",
    })
    includeNotYetPublic: boolean,
  ): AggregateExclusion[] {
    return includeNotYetPublic ? e.exclusions : e.exclusions.filter((x) => x.reason !== ExclusionReason.NOT_PUBLIC_BY_AS_OF);
  }

  @FieldResolver(() => [Source], { description: "The union of the sources of every input, each once, in order of first citation." })
  async sources(@Root() e: ExplainedModel, @Ctx() ctx: Context): Promise<Source[]> {
    const ids = [...new Set(e.inputs.map((i) => i.factId))];
    const cited = await ctx.loaders.citationsByFact.loadMany(ids);
    const seen = new Map<number, Source>();
    for (const list of cited) {
      if (list instanceof Error) throw list;
      for (const c of list) if (!seen.has(c.source.id)) seen.set(c.source.id, toSource(c.source));
    }
    return [...seen.values()];
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

