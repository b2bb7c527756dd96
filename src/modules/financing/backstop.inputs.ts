import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { BooleanFilter, DateFilter, FloatFilter, IDFilter, StringFilter } from "../../shared/filters";
import { OrderDirection } from "../../shared/graphql-types";
import { PageArguments } from "../../shared/page-args";
import { CompanyWhere } from "../companies/company.inputs";

@InputType({ description: "Filter for credit backstops. Fields combine with AND; use `or`/`not` for more." })
export class CreditBackstopWhere {
  @Field(() => IDFilter, { nullable: true, description: "By global ID." }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: "By natural key (e.g. `B-WULF-LM1`)." }) key?: StringFilter;
  @Field(() => CompanyWhere, { nullable: true, description: "By the guarantor, e.g. `{ ticker: { eq: \"GOOGL\" } }`." })
  guarantor?: CompanyWhere;
  @Field(() => CompanyWhere, { nullable: true, description: "By the beneficiary (the miner); reported totals over several miners have none." })
  beneficiary?: CompanyWhere;
  @Field(() => CompanyWhere, { nullable: true, description: "By the obligor (the tenant whose obligations are guaranteed)." })
  obligor?: CompanyWhere;
  @Field(() => IDFilter, { nullable: true, description: "By the global ID of the deal the backstop supports." }) deal?: IDFilter;
  @Field(() => FloatFilter, { nullable: true, description: "By amount, in the backstop's currency." }) amount?: FloatFilter;
  @Field(() => DateFilter, { nullable: true, description: "By announcement day (month-precision dates compare as their first day)." })
  announcedOn?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: "By the day the backstop became public." }) publicOn?: DateFilter;
  @Field(() => BooleanFilter, {
    nullable: true,
    description: "Reported totals over other records (`{ eq: false }` keeps only records that may be summed).",
  })
  isReportedTotal?: BooleanFilter;
  @Field(() => [CreditBackstopWhere], { nullable: true, description: "All of these must hold." }) and?: CreditBackstopWhere[];
  @Field(() => [CreditBackstopWhere], { nullable: true, description: "At least one of these must hold." }) or?: CreditBackstopWhere[];
  @Field(() => CreditBackstopWhere, { nullable: true, description: "This must not hold." }) not?: CreditBackstopWhere;
}

export enum CreditBackstopOrderField {
  ANNOUNCED_ON = "ANNOUNCED_ON",
  AMOUNT = "AMOUNT",
  KEY = "KEY",
}
registerEnumType(CreditBackstopOrderField, {
  name: "CreditBackstopOrderField",
  description: "Sortable credit backstop fields.",
  valuesConfig: {
    ANNOUNCED_ON: { description: "Announcement day (month-precision dates sort as their first day)." },
    AMOUNT: { description: "Guaranteed amount, in the backstop's currency; undisclosed amounts are null." },
    KEY: { description: "Natural key." },
  },
});

@InputType({ description: "One sort key for credit backstops." })
export class CreditBackstopOrder {
  @Field(() => CreditBackstopOrderField, { description: "Field to sort by." }) field!: CreditBackstopOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: "Direction." })
  direction?: OrderDirection;
}

@ArgsType()
export class CreditBackstopsArgs extends PageArguments {
  @Field(() => CreditBackstopWhere, { nullable: true, description: "Filter." }) where?: CreditBackstopWhere;
  @Field(() => [CreditBackstopOrder], {
    nullable: true,
    description: "Sort keys, most significant first (default: newest announcement first).",
  })
  orderBy?: CreditBackstopOrder[];
}
