import { Arg, Args, Ctx, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { DateScalar } from "../../shared/scalars";
import { GraphQLDateTime } from "graphql-scalars";
import { NotFoundError } from "../../shared/errors";
import { atPoint, KNOWN_AT } from "../../shared/time-travel";
import { asKnownAt } from "../writes/known-at";
import { CompaniesArgs } from "./company.inputs";
import { findCompany, listCompanies } from "./company.service";
import { Company } from "./company.type";


@ObjectType({ description: "A page of companies.", simpleResolvers: true })
export class CompanyConnection extends ConnectionType("Company", Company) {}

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => CompanyConnection, { description: "Miners, hyperscalers, AI clouds and the rest of the cast." })
  companies(@Args(() => CompaniesArgs) args: CompaniesArgs, @Ctx() ctx: Context) {
    return listCompanies(ctx.db, args);
  }

  @Query(() => Company, {
    nullable: true,
    description: "One company by `slug` or by `ticker` (exactly one). Unknown: null, with a NOT_FOUND error.",
  })
  async company(
    @Arg("slug", () => String, { nullable: true, description: "The company's slug, e.g. `iren`." }) slug: string | null,
    @Arg("ticker", () => String, { nullable: true, description: "The company's ticker, e.g. `IREN` (case-insensitive)." }) ticker: string | null,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "Time travel for the company's dated fields and relations." })
    asOf: string | null,
    @Arg("knownAt", () => GraphQLDateTime, { nullable: true, description: `${KNOWN_AT} NOT_FOUND when the company was recorded later.` }) knownAt: Date | null,
    @Ctx() ctx: Context,
  ) {
    const point = atPoint(asOf, knownAt);
    const company = await asKnownAt(ctx, await findCompany(ctx.loaders, { slug, ticker, asOf: point }), point);
    if (!company) throw new NotFoundError(`No company ${slug ?? ticker} was on file at ${knownAt!.toISOString()}.`);
    return company;
  }
}
