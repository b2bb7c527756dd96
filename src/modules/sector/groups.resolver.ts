import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Company, type CompanyModel } from "../companies/company.type";
import { companyOf } from "../companies/company.relations";
import {
  CompanyFigure,
  ContractedAiRevenueShare,
  GuarantorBackstops,
  IssuerBonds,
  MinerContractedValue,
  MinerReportedShare,
  MinerRevenueShare,
  ReportedAiRevenueShare,
  type ContractedAiRevenueShareModel,
  type ReportedAiRevenueShareModel,
} from "./sector.type";

interface CompanyPart {
  companyId: number;
  asOf: string | null;
}

const company = async (ctx: Context, p: CompanyPart): Promise<CompanyModel> => (await companyOf(ctx, p.companyId, p.asOf))!;

@Resolver(() => CompanyFigure)
export class CompanyFigureResolver {
  @FieldResolver(() => Company, { description: "The company." })
  company(@Root() p: CompanyPart, @Ctx() ctx: Context) {
    return company(ctx, p);
  }
}

@Resolver(() => MinerContractedValue)
export class MinerContractedValueResolver {
  @FieldResolver(() => Company, { description: "The miner; its `reportedContractedAiRevenue` is the company's own total, to check against." })
  miner(@Root() p: CompanyPart, @Ctx() ctx: Context) {
    return company(ctx, p);
  }
}

@Resolver(() => MinerRevenueShare)
export class MinerRevenueShareResolver {
  @FieldResolver(() => Company, { description: "The miner." })
  miner(@Root() p: CompanyPart, @Ctx() ctx: Context) {
    return company(ctx, p);
  }
}

@Resolver(() => GuarantorBackstops)
export class GuarantorBackstopsResolver {
  @FieldResolver(() => Company, { description: "The guarantor (e.g. Alphabet)." })
  guarantor(@Root() p: CompanyPart, @Ctx() ctx: Context) {
    return company(ctx, p);
  }
}

@Resolver(() => IssuerBonds)
export class IssuerBondsResolver {
  @FieldResolver(() => Company, { description: "The issuer." })
  issuer(@Root() p: CompanyPart, @Ctx() ctx: Context) {
    return company(ctx, p);
  }
}

@Resolver(() => MinerReportedShare)
export class MinerReportedShareResolver {
  @FieldResolver(() => Company, { description: "The miner." })
  miner(@Root() p: CompanyPart, @Ctx() ctx: Context) {
    return company(ctx, p);
  }
}

@Resolver(() => ContractedAiRevenueShare)
export class ContractedAiRevenueShareResolver {
  @FieldResolver(() => [MinerRevenueShare], { description: "Per miner, highest share first." })
  byMiner(@Root() s: ContractedAiRevenueShareModel) {
    return s.byMiner();
  }
}

@Resolver(() => ReportedAiRevenueShare)
export class ReportedAiRevenueShareResolver {
  @FieldResolver(() => [MinerReportedShare], { description: "Per counted miner, highest share first." })
  byMiner(@Root() s: ReportedAiRevenueShareModel) {
    return s.byMiner();
  }
}
