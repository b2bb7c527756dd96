import { inArray, notInArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { expectGlobalId, type NodeType } from "./global-id";
import { MAX_IN_LIST } from "./filters";
import { BadUserInputError } from "./errors";

interface IdFilterShape {
  eq?: string;
  in?: string[];
  notIn?: string[];
}

/** Global-ID filters decode to natural keys, so they use the key's unique index. */
export function idConditions(keyColumn: AnyPgColumn, type: NodeType, f: IdFilterShape, path: string): SQL[] {
  const out: SQL[] = [];
  const decode = (list: string[], field: string) => {
    if (list.length > MAX_IN_LIST) throw new BadUserInputError(`\`${field}\` lists at most ${MAX_IN_LIST} IDs.`, field);
    return list.map((id) => expectGlobalId(id, type, field));
  };
  if (f.eq != null) out.push(inArray(keyColumn, decode([f.eq], `${path}.eq`)));
  if (f.in != null) out.push(f.in.length ? inArray(keyColumn, decode(f.in, `${path}.in`)) : sql`false`);
  if (f.notIn != null && f.notIn.length) out.push(notInArray(keyColumn, decode(f.notIn, `${path}.notIn`)));
  return out;
}
