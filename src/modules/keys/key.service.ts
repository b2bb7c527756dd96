import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { apiKeys } from "../../db/tables";
import { hashToken, KEY_ROLES, newToken, type KeyRole, type Viewer } from "../../shared/auth";

export interface KeySummary {
  id: string;
  name: string;
  role: KeyRole;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

const summary = (r: typeof apiKeys.$inferSelect): KeySummary => ({
  id: String(r.id),
  name: r.name,
  role: r.role as KeyRole,
  prefix: r.prefix,
  createdAt: r.createdAt,
  revokedAt: r.revokedAt,
});

/** Creates a key; the token is returned here and never again (only its hash is stored). */
export async function createKey(db: Db, name: string, role: KeyRole): Promise<KeySummary & { token: string }> {
  if (!KEY_ROLES.includes(role)) throw new Error(`role must be one of ${KEY_ROLES.join(", ")}`);
  if (!name.trim()) throw new Error("a key needs a name (who or what uses it)");
  const { token, prefix, hash } = newToken();
  const [row] = await db.insert(apiKeys).values({ name: name.trim(), role, prefix, tokenHash: hash }).returning();
  return { ...summary(row), token };
}

export async function listKeys(db: Db): Promise<KeySummary[]> {
  return (await db.select().from(apiKeys).orderBy(asc(apiKeys.id))).map(summary);
}

/** Revokes a key at once (servers notice within their key cache's lifetime). False if unknown or already revoked. */
export async function revokeKey(db: Db, id: number): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

/** The viewer a token stands for; null when the token is unknown or revoked. */
export async function viewerForToken(db: Db, token: string): Promise<Viewer | null> {
  const [row] = await db
    .select({ id: apiKeys.id, role: apiKeys.role })
    .from(apiKeys)
    .where(and(eq(apiKeys.tokenHash, hashToken(token)), isNull(apiKeys.revokedAt)))
    .limit(1);
  return row ? { keyId: String(row.id), role: row.role as KeyRole } : null;
}
