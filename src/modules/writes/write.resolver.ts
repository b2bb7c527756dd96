import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, type ClassType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import type { Context } from "../../context";
import { requireRole } from "../../shared/auth";
import { Fact, type FactModel } from "../../shared/fact";
import { Node } from "../../shared/graphql-types";
import { toGlobalId, type NodeType } from "../../shared/global-id";
import { NODE_TABLE } from "../node/node.table";
import { Company } from "../companies/company.type";
import { Deal } from "../deals/deal.type";
import { CreditBackstop } from "../financing/backstop.type";
import { BondRaise } from "../financing/bond.type";
import { InvestmentPlan } from "../financing/plan.type";
import { CapacityReport } from "../market/capacity.type";
import { MarketIndicator } from "../market/indicator.type";
import { StockMove } from "../market/move.type";
import { RevenueReport } from "../market/revenue.type";
import { Site } from "../sites/site.type";
import { Source, toSource } from "../sources/source.type";
import { ENTITIES, type EntityDescriptor } from "./entities";
import { FACT_FIELDS } from "./fact-fields";
import { inputClass } from "./fields";
import { historyOf, listChanges, toAuditEntry, type RecordState } from "./audit.service";
import { AuditEntry, AuditEntryConnection, Retraction, SourceRefInput, UserError, type AuditEntryModel } from "./write.type";
import { writeRecord } from "./write.service";
import type { WriteCommand, WriteOutcome } from "./write.types";

const OBJECT_TYPES: Record<NodeType, ClassType> = {
  Deal, CreditBackstop, BondRaise, InvestmentPlan, RevenueReport, CapacityReport, StockMove, MarketIndicator, Site, Company, Source,
};

const writerOf = (ctx: Context) => ({ keyId: ctx.viewer.keyId != null ? Number(ctx.viewer.keyId) : null, actor: `key:${ctx.viewer.keyId}` });

/** Runs a write for the caller (editor role or above) and shapes the Shopify-style payload. */
async function run(ctx: Context, e: EntityDescriptor, cmd: Omit<WriteCommand, "entity">) {
  requireRole(ctx, "editor");
  const out: WriteOutcome = await writeRecord(ctx.db, writerOf(ctx), { ...cmd, entity: e }, ctx.events);
  return {
    [e.field]: out.row ? NODE_TABLE[e.typename].map(out.row, null) : null,
    change: out.audit ? toAuditEntry(out.audit) : null,
    userErrors: out.userErrors,
  };
}

/** The payload, input and three mutations of one writable type, from its descriptor. */
function writeResolver(e: EntityDescriptor): Function {
  const T = e.typename;
  const input = inputClass(`${T}Input`, `Values of a ${T}: every field on create (required ones say so), only those that change on revise (null clears).`, e.factType ? [...e.fields, ...FACT_FIELDS] : e.fields);
  const holder = { [`${T}Payload`]: class {} };
  const Payload = holder[`${T}Payload`];
  Field(() => OBJECT_TYPES[T], { nullable: true, description: `The ${T} as written; null when the write was refused.` })(Payload.prototype, e.field);
  Field(() => AuditEntry, { nullable: true, description: "The audit entry of the write; null when refused." })(Payload.prototype, "change");
  Field(() => [UserError], { description: "Every problem found; empty when the write was accepted." })(Payload.prototype, "userErrors");
  ObjectType(`${T}Payload`, { description: `The result of a ${T} write: the record, its audit entry, or every problem found.` })(Payload);
  const sourcesArg = { description: "The sources of this write (at least one): existing by ID, or new; each with an optional quote." };
  const isFact = e.factType != null;
  const reviseWord = e.inPlace ? "Edits" : "Revises";
  const reviseHow = e.inPlace ? "the record in place (the audit entry keeps the values before)" : "a new revision supersedes the current one (answers for an earlier `asOf` or `knownAt` keep the old one)";

  @Resolver()
  class WriteResolver {
    @Mutation(() => Payload, { name: `create${T}`, description: `Creates a ${T}${isFact ? " with its sources" : ""}. Needs an editor key.` })
    create(
      @Arg("input", () => input, { description: "The values." }) values: Record<string, unknown>,
      @Arg("sources", () => [SourceRefInput], { nullable: !isFact, ...sourcesArg }) sources: SourceRefInput[] | null,
      @Arg("key", () => String, { nullable: true, description: "Natural key (default: generated); global IDs are built from it." }) key: string | null,
      @Ctx() ctx: Context,
    ) {
      return run(ctx, e, { action: "CREATE", input: { ...values }, sources, key });
    }

    @Mutation(() => Payload, { name: `revise${T}`, description: `${reviseWord} a ${T}: ${reviseHow}. Stale \`version\`: VERSION_CONFLICT. Needs an editor key.` })
    revise(
      @Arg("id", () => ID, { description: `The ${T} (any revision of it).` }) id: string,
      @Arg("version", () => Int, { description: "The version you read; the write is refused if the record changed since." }) version: number,
      @Arg("input", () => input, { description: "The fields that change (null clears)." }) values: Record<string, unknown>,
      @Arg("sources", () => [SourceRefInput], { nullable: !isFact, ...sourcesArg }) sources: SourceRefInput[] | null,
      @Ctx() ctx: Context,
    ) {
      return run(ctx, e, { action: "REVISE", id, version, input: { ...values }, sources });
    }

    @Mutation(() => Payload, {
      name: `retract${T}`,
      description: `Retracts a ${T} with a reason: from today it no longer counts, while \`asOf\`/\`knownAt\` answers from before still show it. Needs an editor key.`,
    })
    retract(
      @Arg("id", () => ID, { description: `The ${T}.` }) id: string,
      @Arg("version", () => Int, { description: "The version you read." }) version: number,
      @Arg("reason", () => String, { description: "Why it is retracted." }) reason: string,
      @Arg("sources", () => [SourceRefInput], { ...sourcesArg, description: "The sources behind the retraction (at least one)." }) sources: SourceRefInput[],
      @Ctx() ctx: Context,
    ) {
      return run(ctx, e, { action: "RETRACT", id, version, reason, sources });
    }
  }
  return WriteResolver;
}

export const writeResolvers = ENTITIES.map(writeResolver);

const stateOf = (ctx: Context, model: FactModel): Promise<RecordState | null> => ctx.loaders.factStateById.load(model.dbId);

/** Write state and history on every fact (the Fact interface: every fact type gets them). */
@Resolver(() => Fact)
export class FactWriteResolver {
  @FieldResolver(() => Int, { description: "Optimistic concurrency: pass it to `revise…`/`retract…`; a revision carries its predecessor's version + 1." })
  async version(@Root() f: FactModel, @Ctx() ctx: Context): Promise<number> {
    return (await stateOf(ctx, f))?.version ?? 1;
  }

  @FieldResolver(() => GraphQLDateTime, { description: "When the database first held this record (seed records: when first loaded); `knownAt` compares it." })
  async recordedAt(@Root() f: FactModel, @Ctx() ctx: Context): Promise<string> {
    return (await stateOf(ctx, f))!.recordedAt;
  }

  @FieldResolver(() => Retraction, { nullable: true, description: "Set when the record was retracted (and why); null otherwise." })
  async retraction(@Root() f: FactModel, @Ctx() ctx: Context): Promise<Retraction | null> {
    const s = await stateOf(ctx, f);
    return s?.retractedAt ? { at: new Date(s.retractedAt).toISOString(), on: s.retractedOn, reason: s.retractionReason ?? "" } : null;
  }

  @FieldResolver(() => [AuditEntry], { description: "Every accepted write of this record (all its revisions), oldest first. Seed records start with none." })
  history(@Root() f: FactModel, @Ctx() ctx: Context): Promise<AuditEntryModel[]> {
    return historyOf(ctx.db, f.__typename, f.dbId, true);
  }
}

/** The same on sources (which are not facts). */
@Resolver(() => Source)
export class SourceWriteResolver {
  @FieldResolver(() => Int, { description: "Optimistic concurrency: pass it to `reviseSource`/`retractSource`." })
  async version(@Root() s: Source, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.sourceStateById.load(s.dbId))?.version ?? 1;
  }

  @FieldResolver(() => GraphQLDateTime, { description: "When the database first held this source (seed sources: when migration 0004 ran or the seed loaded it); `knownAt` compares it." })
  async recordedAt(@Root() s: Source, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.sourceStateById.load(s.dbId))!.recordedAt;
  }

  @FieldResolver(() => Retraction, { nullable: true, description: "Set when the source was withdrawn (and why)." })
  async retraction(@Root() s: Source, @Ctx() ctx: Context): Promise<Retraction | null> {
    const st = await ctx.loaders.sourceStateById.load(s.dbId);
    return st?.retractedAt ? { at: new Date(st.retractedAt).toISOString(), on: null, reason: st.retractionReason ?? "" } : null;
  }

  @FieldResolver(() => [AuditEntry], { description: "Every accepted write of this source, oldest first." })
  history(@Root() s: Source, @Ctx() ctx: Context): Promise<AuditEntryModel[]> {
    return historyOf(ctx.db, "Source", s.dbId, false);
  }
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: "The audit trail: every accepted write (create, revise, retract, edit), oldest first. Readable by any caller." })
  changes(
    @Arg("since", () => GraphQLDateTime, { nullable: true, description: "Only writes committed at or after this instant." }) since: Date | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size (0 to 100; default 20)." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor: the entries after this one." }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return listChanges(ctx.db, { since, first, after });
  }

  @FieldResolver(() => Node, { nullable: true, description: "The record written (its current state; null if it no longer exists)." })
  record(@Root() a: AuditEntryModel, @Ctx() ctx: Context) {
    return ctx.loaders.nodeById.load(a.recordId);
  }

  @FieldResolver(() => Node, { nullable: true, description: "REVISE: the revision this one superseded." })
  previous(@Root() a: AuditEntryModel, @Ctx() ctx: Context) {
    return a.previousKey ? ctx.loaders.nodeById.load(toGlobalId(a.typename as NodeType, a.previousKey)) : null;
  }

  @FieldResolver(() => [Source], { description: "The sources the write named." })
  async sources(@Root() a: AuditEntryModel, @Ctx() ctx: Context): Promise<Source[]> {
    const rows = await ctx.loaders.sourceById.loadMany(a.sourceIds);
    return rows.filter((r): r is Exclude<typeof r, Error | null | undefined> => r != null && !(r instanceof Error)).map((r) => toSource(r as never));
  }
}
