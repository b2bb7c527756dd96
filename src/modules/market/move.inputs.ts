import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { BooleanFilter, DateFilter, FloatFilter, IDFilter, StringFilter } from "../../shared/filters";
import { OrderDirection } from "../../shared/graphql-types";
import { PageArguments } from "../../shared/page-args";
import { CompanyWhere } from "../companies/company.inputs";
import { MoveWindow } from "./move.type";

@InputType({ description: "Conditions on a move window." })
export class MoveWindowFilter {
  @Field(() => MoveWindow, { nullable: true, description: "Equal to." }) eq?: MoveWindow;
  @Field(() => [MoveWindow], { nullable: true, description: "One of these windows." }) in?: MoveWindow[];
  @Field(() => [MoveWindow], { nullable: true, description: "None of these windows." }) notIn?: MoveWindow[];
}

@InputType({ description: "Filter for stock moves. Fields combine with AND; use `or`/`not` for more." })
export class StockMoveWhere {
  @Field(() => IDFilter, { nullable: true, description: "By global ID." }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: "By natural key (e.g. `M-1124-SECTOR`)." }) key?: StringFilter;
  @Field(() => CompanyWhere, { nullable: true, description: "By the company whose shares moved (sector indexes never match)." })
  company?: CompanyWhere;
  @Field(() => StringFilter, { nullable: true, description: "By ticker or index name." }) symbol?: StringFilter;
  @Field(() => BooleanFilter, { nullable: true, description: "Sector indexes (true) or company shares (false)." }) isIndex?: BooleanFilter;
  @Field(() => DateFilter, { nullable: true, description: "By trading day." }) on?: DateFilter;
  @Field(() => MoveWindowFilter, { nullable: true, description: "By window (premarket, intraday, day, close, YTD)." }) window?: MoveWindowFilter;
  @Field(() => FloatFilter, { nullable: true, description: "By change in percent (unresolved moves have none: `isNull: true`)." })
  changePct?: FloatFilter;
  @Field(() => BooleanFilter, { nullable: true, description: "By whether the sources conflict." }) unresolved?: BooleanFilter;
  @Field(() => DateFilter, { nullable: true, description: "By the day the move became public." }) publicOn?: DateFilter;
  @Field(() => BooleanFilter, { nullable: true, description: "By verification status." }) verified?: BooleanFilter;
  @Field(() => [StockMoveWhere], { nullable: true, description: "All of these must hold." }) and?: StockMoveWhere[];
  @Field(() => [StockMoveWhere], { nullable: true, description: "At least one of these must hold." }) or?: StockMoveWhere[];
  @Field(() => StockMoveWhere, { nullable: true, description: "This must not hold." }) not?: StockMoveWhere;
}

export enum StockMoveOrderField {
  ON = "ON",
  CHANGE_PCT = "CHANGE_PCT",
  SYMBOL = "SYMBOL",
  KEY = "KEY",
}
registerEnumType(StockMoveOrderField, {
  name: "StockMoveOrderField",
  description: "Sortable stock-move fields.",
  valuesConfig: {
    ON: { description: "Trading day." },
    CHANGE_PCT: { description: "Change in percent (unresolved moves have none)." },
    SYMBOL: { description: "Ticker or index name." },
    KEY: { description: "Natural key." },
  },
});

@InputType({ description: "One sort key for stock moves." })
export class StockMoveOrder {
  @Field(() => StockMoveOrderField, { description: "Field to sort by." }) field!: StockMoveOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: "Direction." })
  direction?: OrderDirection;
}

@ArgsType()
export class StockMovesArgs extends PageArguments {
  @Field(() => StockMoveWhere, { nullable: true, description: "Filter." }) where?: StockMoveWhere;
  @Field(() => [StockMoveOrder], { nullable: true, description: "Sort keys, most significant first (default: newest trading day first)." })
  orderBy?: StockMoveOrder[];
}
