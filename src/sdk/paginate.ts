import type { DocumentTypeDecoration } from "./typed-document.js";
import { operations, type OperationName } from "./generated/operations.js";

export type ResultOf<D> = D extends DocumentTypeDecoration<infer R, any> ? R : never;
export type VariablesOf<D> = D extends DocumentTypeDecoration<any, infer V> ? V : never;

type Page = { nodes: ReadonlyArray<unknown>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
/** The root field of a result that is a connection page. */
type ConnectionKey<R> = { [F in keyof R]-?: NonNullable<R[F]> extends Page ? F : never }[keyof R];
type Op<K extends OperationName> = (typeof operations)[K];

/** Operations over one connection with an `$after` variable: the ones `paginate` offers. */
export type PaginatedOperationName = {
  [K in OperationName]: VariablesOf<Op<K>> extends { after?: unknown } ? (ConnectionKey<ResultOf<Op<K>>> extends never ? never : K) : never;
}[OperationName];

/** The node type of a paginated operation's connection. */
export type NodeOf<K extends PaginatedOperationName> = NonNullable<ResultOf<Op<K>>[ConnectionKey<ResultOf<Op<K>>>]> extends { nodes: ReadonlyArray<infer N> } ? N : never;

/** `paginate.listDeals(variables)` iterates every node of every page, fetching lazily. */
export type Paginators = {
  [K in PaginatedOperationName]: (variables?: Omit<VariablesOf<Op<K>>, "after">, options?: { signal?: AbortSignal; headers?: Record<string, string> }) => AsyncIterableIterator<NodeOf<K>>;
};

/** Names of the operations that take `$after` and select `pageInfo` (decided at run time too). */
export function paginatedNames(): PaginatedOperationName[] {
  return (Object.keys(operations) as OperationName[]).filter((name) => {
    const text = String(operations[name]);
    return /\$after\s*:/.test(text) && /\bpageInfo\b/.test(text) && /\bendCursor\b/.test(text);
  }) as PaginatedOperationName[];
}

function connectionOf(data: Record<string, unknown>, name: string): Page {
  for (const value of Object.values(data)) {
    if (value && typeof value === "object" && "pageInfo" in value && "nodes" in value) return value as Page;
  }
  throw new TypeError(`${name}: the result holds no connection page (nodes and pageInfo)`);
}

/** Walks pages with `after = pageInfo.endCursor` until `hasNextPage` is false. */
export async function* walk<N>(name: string, fetchPage: (after: string | null) => Promise<Record<string, unknown>>): AsyncIterableIterator<N> {
  let after: string | null = null;
  for (;;) {
    const page = connectionOf(await fetchPage(after), name);
    for (const node of page.nodes) yield node as N;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}
