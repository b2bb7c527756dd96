import { Field, Float, ObjectType } from "type-graphql";
import { Fact, factFields } from "../../shared/fact";
import { Money, Node, money } from "../../shared/graphql-types";
import { PartialDateScalar, partialDate } from "../../shared/scalars";
import type { creditBackstops } from "../../db/tables";
import type { FactMeta } from "../../db/fact-select";

export type BackstopRow = typeof creditBackstops.$inferSelect & FactMeta;

@ObjectType({ simpleResolvers: true, 
  implements: [Node, Fact],
  description:
    "A third party's guarantee of a tenant's lease obligations to a miner (e.g. Google backstopping Fluidstack's " +
    "leases with TeraWulf). Increments on the same relationship are separate records linked by `incrementOf`.",
})
export class CreditBackstop extends Fact {
  @Field(() => String, {
    nullable: true,
    description: "The beneficiaries in words when they are not one company in the database (e.g. `WULF+CIFR+HUT`).",
  })
  beneficiaryText!: string | null;
  @Field(() => Boolean, {
    description:
      "true when this record is a reported total over other backstop records (e.g. Google's \"at least $5B\"): " +
      "never add it to them.",
  })
  isReportedTotal!: boolean;
  @Field(() => Money, { nullable: true, description: "The guaranteed amount; null when not disclosed." }) amount!: Money | null;
  @Field(() => String, {
    nullable: true,
    description: "What kind of figure `amount` is, in the source's words (e.g. a floor such as \"at least\").",
  })
  amountType!: string | null;
  @Field(() => Money, {
    nullable: true,
    description: "A reported cumulative amount for the beneficiary across this and earlier backstops (do not add to them).",
  })
  cumulativeAmountForBeneficiary!: Money | null;
  @Field(() => String, { nullable: true, description: "What the guarantee covers, when reported (e.g. lease payments for the base term)." })
  coverage!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: "Shares covered by warrants granted to the guarantor with this backstop (e.g. 41000000); null when none reported.",
  })
  warrantShares!: number | null;
  @Field(() => Float, { nullable: true, description: "The guarantor's pro-forma equity stake in the beneficiary, in percent." })
  equityStakePct!: number | null;
  @Field(() => String, { nullable: true, description: "Caveat on the equity stake (e.g. cumulative after several grants)." })
  equityStakeNote!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: "When the backstop was announced, as precisely as known." })
  announcedOn!: string | null;
}

export interface BackstopRefs {
  guarantorId: number;
  beneficiaryId: number | null;
  obligorId: number | null;
  dealId: number | null;
  incrementOfId: number | null;
}

export type BackstopModel = CreditBackstop & ReturnType<typeof factFields> & BackstopRefs;

export function toBackstop(row: BackstopRow, asOf: string | null): BackstopModel {
  return {
    guarantorId: row.guarantorId,
    beneficiaryId: row.beneficiaryId,
    obligorId: row.obligorId,
    dealId: row.dealId,
    incrementOfId: row.incrementOfId,
    beneficiaryText: row.beneficiaryText,
    isReportedTotal: row.isReportedTotal,
    amount: money(row.amount, row.currency, row.fxRateId),
    amountType: row.amountType,
    cumulativeAmountForBeneficiary: money(row.cumulativeAmountForBeneficiary, row.currency, row.fxRateId),
    coverage: row.coverage,
    warrantShares: row.warrantShares,
    equityStakePct: row.equityStakePct,
    equityStakeNote: row.equityStakeNote,
    announcedOn: partialDate(row.announcedOn, row.announcedPrecision),
    ...factFields("CreditBackstop", row, asOf),
  };
}
