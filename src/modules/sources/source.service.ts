import type { Db } from "../../db/client";
import { sources } from "../../db/tables";
import { compileWhere, on, type WhereHandlers } from "../../shared/filters";
import { listConnection, sortKeys } from "../../shared/list";
import type { PageArgs } from "../../shared/pagination";
import { OrderDirection } from "../../shared/graphql-types";
import { idConditions } from "../../shared/id-filter";
import { publicBy } from "../../shared/time-travel";
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

const orderColumns = {
  [SourceOrderField.PUBLISHED_ON]: { column: sources.publishedOn, read: (r: any) => r.publishedOn },
  [SourceOrderField.TITLE]: { column: sources.title, read: (r: any) => r.title },
  [SourceOrderField.PUBLISHER]: { column: sources.publisher, read: (r: any) => r.publisher },
  [SourceOrderField.KEY]: { column: sources.key, read: (r: any) => r.key },
};

export interface ListSourcesInput extends PageArgs {
  where?: SourceWhere | null;
  orderBy?: SourceOrder[] | null;
  asOf?: string | null;
}

export function listSources(db: Db, input: ListSourcesInput) {
  const asOf = input.asOf ?? null;
  return listConnection({
    db,
    table: sources,
    withFacts: false,
    conditions: [compileWhere(input.where, handlers), publicBy(sources.publishedOn, asOf)],
    keys: sortKeys(input.orderBy, orderColumns, sources.id, [
      { field: SourceOrderField.PUBLISHED_ON, direction: OrderDirection.DESC },
    ]),
    page: input,
    map: (row) => toSource(row as never),
  });
}
