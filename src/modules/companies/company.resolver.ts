import { Arg, Args, Ctx, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { DateScalar } from "../../shared/scalars";
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
  company(
    @Arg("slug", () => String, { nullable: true, description: "The company's slug, e.g. `iren`." }) slug: string | null,
    @Arg("ticker", () => String, { nullable: true, description: "The company's ticker, e.g. `IREN` (case-insensitive)." }) ticker: string | null,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "Time travel for the company's dated fields and relations." })
    asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return findCompany(ctx.loaders, { slug, ticker, asOf });
  }
}
