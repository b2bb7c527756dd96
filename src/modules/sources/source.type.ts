import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLURL } from "graphql-scalars";
import { Node } from "../../shared/graphql-types";
import { DateScalar } from "../../shared/scalars";
import type { SourceRow } from "./source.queries";
import { toGlobalId } from "../../shared/global-id";

export enum SourceKind {
  SEED_ARTICLE = "SEED_ARTICLE",
  SYNDICATION = "SYNDICATION",
  FILING = "FILING",
  PRESS_RELEASE = "PRESS_RELEASE",
  NEWS = "NEWS",
  ANALYST_NOTE = "ANALYST_NOTE",
  DATA_VENDOR = "DATA_VENDOR",
  REFERENCE_RATE = "REFERENCE_RATE",
  OTHER = "OTHER",
}
registerEnumType(SourceKind, {
  name: "SourceKind",
  description: "What kind of document a source is.",
  valuesConfig: {
    SEED_ARTICLE: { description: "One of the two articles Gigawatt's dataset grew from (full text in `body`)." },
    SYNDICATION: { description: "A syndicated or rewritten copy of a seed article (see `copyOf`)." },
    FILING: { description: "A regulatory filing or exhibit (8-K, 10-K, 10-Q, ...)." },
    PRESS_RELEASE: { description: "A company press release." },
    NEWS: { description: "News coverage or commentary." },
    ANALYST_NOTE: { description: "A bank or broker research note, as reported." },
    DATA_VENDOR: { description: "A market-data provider's publication." },
    REFERENCE_RATE: { description: "A published reference exchange rate." },
    OTHER: { description: "Anything else." },
  },
});

@ObjectType({ simpleResolvers: true, implements: Node, description: "A document that facts cite: article, press release, filing or data note." })
export class Source extends Node implements Pick<SourceRow, "key" | "title" | "publisher" | "publishedOn" | "isSeed" | "note" | "body"> {
  @Field(() => String, { description: "Natural key in the fact base (e.g. `IREN-8K`)." }) key!: string;
  @Field(() => String, { description: "Title as published." }) title!: string;
  @Field(() => String, { nullable: true, description: "Publisher, or the original outlet when this is a copy." }) publisher!: string | null;
  @Field(() => GraphQLURL, { nullable: true, description: "Where the document was read." }) url!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Publication day, when known to the day." }) publishedOn!: string | null;
  @Field(() => SourceKind, { description: "Kind of document." }) kind!: SourceKind;
  @Field(() => Boolean, { description: "true for the seed articles and their syndicated copies." }) isSeed!: boolean;
  @Field(() => String, { nullable: true, description: "Caveats about this source (e.g. AI-generated, undated copy)." }) note!: string | null;
  @Field(() => String, { nullable: true, description: "Full text, stored for the seed articles only." }) body!: string | null;
  __typename!: "Source";
  dbId!: number;
  copyOfId!: number | null;
}

export function toSource(row: SourceRow): Source {
  return {
    __typename: "Source",
    id: toGlobalId("Source", row.key),
    dbId: row.id,
    key: row.key,
    title: row.title,
    publisher: row.publisher,
    url: row.url,
    publishedOn: row.publishedOn,
    kind: row.kind as SourceKind,
    isSeed: row.isSeed,
    note: row.note,
    body: row.body,
    copyOfId: row.copyOfId,
  };
}

@ObjectType({ description: "A source cited for a fact, with the passage that supports it when recorded.", simpleResolvers: true })
export class SourceCitation {
  @Field(() => Source, { description: "The cited document." })
  source!: Source;
  @Field(() => String, { nullable: true, description: "The supporting passage, quoted from the source, when recorded." })
  quote!: string | null;
}
