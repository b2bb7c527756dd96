import { Field, InputType, registerEnumType } from "type-graphql";
import { BooleanFilter, DateFilter, IDFilter, StringFilter } from "../../shared/filters";
import { OrderDirection } from "../../shared/graphql-types";
import { SourceKind } from "./source.type";

@InputType({ description: "Conditions on a source kind." })
export class SourceKindFilter {
  @Field(() => SourceKind, { nullable: true, description: "Equal to." }) eq?: SourceKind;
  @Field(() => [SourceKind], { nullable: true, description: "One of these kinds." }) in?: SourceKind[];
  @Field(() => [SourceKind], { nullable: true, description: "None of these kinds." }) notIn?: SourceKind[];
}

@InputType({ description: "Filter for sources. Fields combine with AND; use `or`/`not` for more." })
export class SourceWhere {
  @Field(() => IDFilter, { nullable: true, description: "By global ID." }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: "By natural key (e.g. `IREN-8K`)." }) key?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "By title." }) title?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "By publisher." }) publisher?: StringFilter;
  @Field(() => SourceKindFilter, { nullable: true, description: "By kind of document." }) kind?: SourceKindFilter;
  @Field(() => DateFilter, { nullable: true, description: "By publication day." }) publishedOn?: DateFilter;
  @Field(() => BooleanFilter, { nullable: true, description: "Seed articles and their copies." }) isSeed?: BooleanFilter;
  @Field(() => [SourceWhere], { nullable: true, description: "All of these must hold." }) and?: SourceWhere[];
  @Field(() => [SourceWhere], { nullable: true, description: "At least one of these must hold." }) or?: SourceWhere[];
  @Field(() => SourceWhere, { nullable: true, description: "This must not hold." }) not?: SourceWhere;
}

export enum SourceOrderField {
  PUBLISHED_ON = "PUBLISHED_ON",
  TITLE = "TITLE",
  PUBLISHER = "PUBLISHER",
  KEY = "KEY",
}
registerEnumType(SourceOrderField, { name: "SourceOrderField", description: "Sortable source fields." });

@InputType({ description: "One sort key for sources." })
export class SourceOrder {
  @Field(() => SourceOrderField, { description: "Field to sort by." }) field!: SourceOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: "Direction." })
  direction?: OrderDirection;
}
