import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./graphql-types";

/**
 * A connection whose parts are functions: graphql-js calls a function property as the field's
 * resolver, so the page query runs only when `edges`, `nodes` or `pageInfo` is selected (once
 * for all three), and the count only when `totalCount` is.
 */
export interface ConnectionShape<T> {
  edges: () => Promise<Array<{ cursor: string; node: T }>>;
  nodes: () => Promise<T[]>;
  pageInfo: () => Promise<PageInfo>;
  /** Counted only when asked for. */
  totalCount: () => Promise<number>;
}

/**
 * Builds `<Name>Edge` and the fields of `<Name>Connection` for a node type. The returned
 * class is abstract so a module can extend it (e.g. with `aggregate`).
 */
export function ConnectionType<T extends object>(name: string, nodeType: ClassType<T> | Function) {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.`, simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this edge; pass as `after` or `before`." })
    cursor!: string;
    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  // Decorated so subclasses inherit its fields; unreferenced, it is not emitted in the schema.
  @ObjectType(`${name}ConnectionBase`, { simpleResolvers: true })
  abstract class Connection {
    @Field(() => [Edge], { simple: true, description: "Edges with cursors, in the requested order." })
    edges!: () => Promise<Edge[]>;
    @Field(() => [nodeType], { simple: true, description: "The nodes of `edges`, without cursors." })
    nodes!: () => Promise<T[]>;
    @Field(() => PageInfo, { simple: true, description: "Where this page sits in the whole list." })
    pageInfo!: () => Promise<PageInfo>;
    // A function property: graphql-js calls it, so the count query runs only when selected.
    @Field(() => Int, { simple: true, description: "Number of items matching `where` and `asOf`, over all pages." })
    totalCount!: () => Promise<number>;
  }
  return Connection;
}
