import type { Db } from "../../db/client";
import { auditEntries, type AuditEntryRow } from "../../db/tables";

export { writeRecord } from "./write.service";
export { afterWrite } from "./after-write";
export { ENTITIES, ENTITY_BY_TYPENAME, type EntityDescriptor } from "./entities";
export type { WriteCommand, WriteOutcome, Writer, SourceRefShape, UserErrorShape } from "./write.types";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type NewAuditEntry = typeof auditEntries.$inferInsert;

/**
 * For set-based writers (the bulk import): the audit entries of many records in a few multi-row
 * INSERTs inside the caller's transaction. Each record written needs one entry (action, typename,
 * record id and key, version, after, source ids; `before` and `previousId` for revisions).
 */
export async function insertAuditEntries(tx: Tx | Db, rows: NewAuditEntry[], chunk = 1_000): Promise<AuditEntryRow[]> {
  const out: AuditEntryRow[] = [];
  for (let i = 0; i < rows.length; i += chunk) out.push(...(await tx.insert(auditEntries).values(rows.slice(i, i + chunk)).returning()));
  return out;
}
