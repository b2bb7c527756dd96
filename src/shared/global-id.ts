import { BadUserInputError } from "./errors";

/** GraphQL type names that can be fetched through `node(id:)`. */
export const NODE_TYPES = [
  "Source",
  "Company",
  "Site",
  "CapacityReport",
  "Deal",
  "CreditBackstop",
  "BondRaise",
  "InvestmentPlan",
  "RevenueReport",
  "StockMove",
  "MarketIndicator",
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const NODE_TYPE_SET = new Set<string>(NODE_TYPES);

/**
 * Opaque global IDs: base64url of `Type:naturalKey`. Natural keys (e.g. the fact base's
 * `D-IREN-MSFT`) keep IDs stable across reloads and across PGlite and PostgreSQL.
 */
export function toGlobalId(type: NodeType, key: string): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
}

export interface DecodedId {
  type: NodeType;
  key: string;
}

/** Returns null for anything that is not a well-formed Gigawatt ID. */
export function fromGlobalId(id: string): DecodedId | null {
  if (typeof id !== "string" || id.length === 0 || id.length > 400 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, "base64url").toString("utf8");
  const sep = text.indexOf(":");
  if (sep <= 0) return null;
  const type = text.slice(0, sep);
  const key = text.slice(sep + 1);
  if (!NODE_TYPE_SET.has(type) || key.length === 0) return null;
  return { type: type as NodeType, key };
}

/** Like fromGlobalId, but an ID of the wrong shape or type is a BAD_USER_INPUT error. */
export function expectGlobalId(id: string, type: NodeType, field = "id"): string {
  const decoded = fromGlobalId(id);
  if (!decoded || decoded.type !== type) {
    throw new BadUserInputError(`\`${field}\` is not a valid ${type} ID.`, field);
  }
  return decoded.key;
}
