import type { FactChange } from "../../events/types";
import type { AuditEntryRow } from "../../db/tables";
import type { EntityDescriptor } from "./entities";

/** Codes of the user errors a write payload lists (stable; clients may switch on them). */
export const USER_ERROR_CODES = {
  REQUIRED: "A required value is missing (create), or a revision would clear it.",
  INVALID: "A value has the wrong form or range, or values contradict each other.",
  NOT_FOUND: "An ID (the record, a company, site, deal or source it names) does not exist.",
  VERSION_CONFLICT: "The record changed since it was read: `version` is not its current version. Read it again and retry.",
  RETRACTED: "The record (or a record it names) is retracted: it can no longer be revised.",
  SOURCE_REQUIRED: "Every write names at least one source (an existing one, or a new one with URL, title, publisher and date).",
  TAKEN: "A unique value (key, slug, ticker) is already used by another record.",
  IN_USE: "Current facts still name this record, so it cannot be retracted.",
} as const;
export type UserErrorCode = keyof typeof USER_ERROR_CODES;

export interface UserErrorShape {
  field: string[];
  message: string;
  code: UserErrorCode;
}

/** A source a write cites: an existing one by ID, or a new one; with an optional quote. */
export interface SourceRefShape {
  id?: string | null;
  new?: Record<string, unknown> | null;
  quote?: string | null;
}

/** Who writes: the API key, or an operator's tool (the bulk import) with no key. */
export interface Writer {
  keyId: number | null;
  actor: string;
}

export type WriteAction = "CREATE" | "REVISE" | "RETRACT";

export interface WriteCommand {
  entity: EntityDescriptor;
  action: WriteAction;
  /** REVISE / RETRACT: the record (any revision of it). */
  id?: string;
  /** REVISE / RETRACT: the version read. */
  version?: number;
  /** CREATE: every field; REVISE: the fields that change (null clears). */
  input?: Record<string, unknown> | null;
  sources?: SourceRefShape[] | null;
  /** CREATE: the natural key (default: generated). */
  key?: string | null;
  /** RETRACT: why. */
  reason?: string | null;
}

export interface WriteOutcome {
  /** The record as written (entity row with its fact columns), or null when refused. */
  row: Record<string, unknown> | null;
  audit: AuditEntryRow | null;
  change: FactChange | null;
  userErrors: UserErrorShape[];
}
