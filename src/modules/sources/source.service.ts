import type { Db } from "../../db/client";
import { sources } from "../../db/tables";
import { on, type WhereHandlers } from "../../shared/filters";
import { defineList, listOf } from "../../shared/list";
import type { PageArgs } from "../../shared/pagination";
import { OrderDirection } from "../../shared/graphql-types";
import { idConditions } from "../../shared/id-filter";

import { SourceOrderField, type SourceOrder, type SourceWhere } from "./source.inputs";
import { toSource } from "./source.type";

const handlers: WhereHandlers<SourceWhere> = {
  id: (f, p) => idConditions(sources.key, "Source", f, p),
  key: on(sources.key),
  title: on(sources.title),
  publisher: on(sources.publisher),
  kind: on(sources.kind),
  publishedOn: on(sources.publishedOn),
  isSeed: on(sources.isSeed),
};

export interface ListSourcesInput extends PageArgs {
  where?: SourceWhere | null;
  orderBy?: SourceOrder[] | null;
  asOf?: string | null;
}

/** Sources are not facts: no provenance join and no revisions; `asOf` compares the publication day. */
const sourceList = defineList({
  table: sources,
  withFacts: false,
  publicOn: sources.publishedOn,
  where: handlers,
  order: {
    [SourceOrderField.PUBLISHED_ON]: sources.publishedOn,
    [SourceOrderField.TITLE]: sources.title,
    [SourceOrderField.PUBLISHER]: sources.publisher,
    [SourceOrderField.KEY]: sources.key,
  },
  defaultOrder: [{ field: SourceOrderField.PUBLISHED_ON, direction: OrderDirection.DESC }],
  map: (row) => toSource(row),
});

export function listSources(db: Db, input: ListSourcesInput) {
  return listOf(db, sourceList, input);
}
