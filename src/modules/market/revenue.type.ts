import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Fact, factFields } from "../../shared/fact";
import { Money, Node, money } from "../../shared/graphql-types";
import { DateScalar } from "../../shared/scalars";
import type { revenueReports } from "../../db/tables";
import type { FactMeta } from "../../db/fact-select";

export type RevenueReportRow = typeof revenueReports.$inferSelect & FactMeta;

export enum RevenuePeriod {
  QUARTER = "QUARTER",
  YEAR = "YEAR",
}
registerEnumType(RevenuePeriod, {
  name: "RevenuePeriod",
  description: "The length of a reporting period.",
  valuesConfig: {
    QUARTER: { description: "A fiscal quarter." },
    YEAR: { description: "A fiscal year." },
  },
});

export enum RevenueSegment {
  MINING = "MINING",
  AI_HPC = "AI_HPC",
  OTHER = "OTHER",
}
registerEnumType(RevenueSegment, {
  name: "RevenueSegment",
  description: "A line of business revenue is split into.",
  valuesConfig: {
    MINING: { description: "Bitcoin mining, as the company reports it (self-mining; hosted mining is OTHER where reported apart)." },
    AI_HPC: { description: "AI / high-performance computing: cloud services, colocation and HPC leases." },
    OTHER: { description: "Everything else the company reports separately (hosted mining, power sales, ...)." },
  },
});

@ObjectType({ simpleResolvers: true, description: "Revenue of one segment in a report, as reported." })
export class RevenueSegmentAmount {
  @Field(() => RevenueSegment, { description: "The segment." }) segment!: RevenueSegment;
  @Field(() => Money, { description: "Revenue of the segment for the period." }) amount!: Money;
}

@ObjectType({ simpleResolvers: true, 
  implements: [Node, Fact],
  description: "A company's reported revenue for one period, in total and by segment. Unknown figures are null, never zero.",
})
export class RevenueReport extends Fact {
  @Field(() => RevenuePeriod, { description: "Quarter or year." }) period!: RevenuePeriod;
  @Field(() => DateScalar, { description: "First day of the period." }) periodStart!: string;
  @Field(() => DateScalar, { description: "Last day of the period." }) periodEnd!: string;
  @Field(() => String, { nullable: true, description: "The company's own name for the period (e.g. `Q2 FY26`), when it differs from the calendar." })
  fiscalLabel!: string | null;
  @Field(() => Money, { nullable: true, description: "Total revenue; null when not reported." }) total!: Money | null;
  @Field(() => Money, { nullable: true, description: "Bitcoin-mining revenue; null when not reported (0 means reported as zero)." })
  mining!: Money | null;
  @Field(() => Money, { nullable: true, description: "AI/HPC revenue; null when not reported (0 means reported as zero)." })
  aiHpc!: Money | null;
  @Field(() => Money, { nullable: true, description: "Other revenue reported separately; null when not reported." }) other!: Money | null;
  @Field(() => [RevenueSegmentAmount], {
    description: "The segments the company reported, in the order MINING, AI_HPC, OTHER; unreported segments are left out.",
  })
  segments!: RevenueSegmentAmount[];
  @Field(() => Float, {
    nullable: true,
    description:
      "Computed by Gigawatt, not reported: `aiHpc / total × 100`, rounded to two decimals. Null unless both are known and total is not zero.",
  })
  aiShareOfRevenuePct!: number | null;
}

export type RevenueReportModel = RevenueReport & ReturnType<typeof factFields> & { companyId: number };

function segmentsOf(parts: Array<[RevenueSegment, Money | null]>): RevenueSegmentAmount[] {
  return parts.filter((p): p is [RevenueSegment, Money] => p[1] != null).map(([segment, amount]) => ({ segment, amount }));
}

export function aiShare(aiHpc: number | null, total: number | null): number | null {
  if (aiHpc == null || total == null || total === 0) return null;
  return Math.round((aiHpc / total) * 10000) / 100;
}

export function toRevenueReport(row: RevenueReportRow, asOf: string | null): RevenueReportModel {
  const m = (amount: number | null) => money(amount, row.currency, row.fxRateId);
  const mining = m(row.miningRevenue);
  const aiHpc = m(row.aiHpcRevenue);
  const other = m(row.otherRevenue);
  return {
    companyId: row.companyId,
    period: row.period as RevenuePeriod,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    fiscalLabel: row.fiscalLabel,
    total: m(row.totalRevenue),
    mining,
    aiHpc,
    other,
    segments: segmentsOf([
      [RevenueSegment.MINING, mining],
      [RevenueSegment.AI_HPC, aiHpc],
      [RevenueSegment.OTHER, other],
    ]),
    aiShareOfRevenuePct: aiShare(row.aiHpcRevenue, row.totalRevenue),
    ...factFields("RevenueReport", row, asOf),
  };
}
