/**
 * Pinning an operation to a moment, so its answer never changes: every field that takes a pin
 * argument (`asOf`, and `knownAt` where the schema has it) and is not given one gets
 * `<arg>: $<arg>`, the operation declares `$<arg>` when it does not already, and the variable
 * takes the pinned value. Fields given a pin explicitly (a literal date, another variable) keep
 * it, and so do the fields under them: they answer for their parent's moment.
 */
import {
  Kind,
  TypeInfo,
  getNamedType,
  isInterfaceType,
  isObjectType,
  parse,
  print,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type TypeNode,
  type VariableDefinitionNode,
} from "graphql";

/** The arguments a permalink pins, in URL-parameter order. */
export const PIN_ARGUMENTS = ["asOf", "knownAt"] as const;
export type PinArgument = (typeof PIN_ARGUMENTS)[number];
export type Pin = Partial<Record<PinArgument, string>>;

const taken = new WeakMap<GraphQLSchema, Map<PinArgument, string | null>>();

/** The type of this argument where the schema has it (knownAt arrives with the writes), else null. */
export function schemaTakes(schema: GraphQLSchema, arg: PinArgument): string | null {
  let known = taken.get(schema);
  if (!known) taken.set(schema, (known = new Map()));
  if (!known.has(arg)) known.set(arg, findArgumentType(schema, arg));
  return known.get(arg)!;
}

function findArgumentType(schema: GraphQLSchema, arg: PinArgument): string | null {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const found = field.args.find((a) => a.name === arg);
      if (found) return getNamedType(found.type).name;
    }
  }
  return null;
}

function typeNode(name: string): TypeNode {
  return { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: name } };
}

function declare(op: OperationDefinitionNode, arg: string, typeName: string): OperationDefinitionNode {
  if (op.variableDefinitions?.some((v) => v.variable.name.value === arg)) return op;
  const def: VariableDefinitionNode = { kind: Kind.VARIABLE_DEFINITION, variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: arg } }, type: typeNode(typeName) };
  return { ...op, variableDefinitions: [...(op.variableDefinitions ?? []), def] };
}

/** Adds `arg: $arg` where a field takes `arg`, has none, and no ancestor field has one. */
function addPinArgument(schema: GraphQLSchema, doc: DocumentNode, arg: PinArgument): { doc: DocumentNode; used: boolean } {
  const typeInfo = new TypeInfo(schema);
  const pinnedDepth: boolean[] = [];
  let used = false;
  const next = visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node: FieldNode) {
          const underPin = pinnedDepth.includes(true);
          const takes = typeInfo.getFieldDef()?.args.some((a) => a.name === arg) ?? false;
          const given = node.arguments?.some((a) => a.name.value === arg) ?? false;
          pinnedDepth.push(takes);
          if (!takes || given || underPin) return undefined;
          used = true;
          const argument: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: arg }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: arg } } };
          return { ...node, arguments: [...(node.arguments ?? []), argument] };
        },
        leave() {
          pinnedDepth.pop();
        },
      },
    }),
  );
  return { doc: next, used };
}

/** Whether the operation to run declares `$arg`. */
function declares(doc: DocumentNode, arg: string): boolean {
  return doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.variableDefinitions?.some((v) => v.variable.name.value === arg));
}

/**
 * The operation text and variables that answer for `pin`: pinned arguments added where missing,
 * pinned variables set. Throws graphql's syntax error on text that does not parse.
 */
export function pinOperation(schema: GraphQLSchema, query: string, variables: Record<string, unknown>, pin: Pin): { query: string; variables: Record<string, unknown> } {
  let doc = parse(query);
  const vars = { ...variables };
  for (const arg of PIN_ARGUMENTS) {
    const value = pin[arg];
    const typeName = value ? schemaTakes(schema, arg) : null;
    if (!value || !typeName) continue;
    const declared = declares(doc, arg);
    const added = addPinArgument(schema, doc, arg);
    doc = added.doc;
    if (added.used && !declared) {
      doc = { ...doc, definitions: doc.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? declare(d, arg, typeName) : d)) };
    }
    if (added.used || declared) vars[arg] = value;
  }
  return { query: print(doc), variables: vars };
}
