import { createHash, randomBytes } from "node:crypto";
import { AppError } from "./errors";

/** Roles, weakest first: a role may do everything the roles before it may. */
export const ROLES = ["anonymous", "reader", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];
/** Roles an API key can carry. */
export const KEY_ROLES = ["reader", "editor", "admin"] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

/** Who is calling: an API key's id and role, or anonymous. */
export interface Viewer {
  keyId: string | null;
  role: Role;
}

export const ANONYMOUS: Viewer = Object.freeze({ keyId: null, role: "anonymous" });

export class UnauthenticatedError extends AppError {
  constructor(message: string) {
    super(message, "UNAUTHENTICATED", { http: { status: 401 } });
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, required: Role) {
    super(message, "FORBIDDEN", { requiredRole: required, http: { status: 403 } });
  }
}

/**
 * Throws unless the caller's role is at least `role`: UNAUTHENTICATED for an anonymous caller
 * (send a key), FORBIDDEN for a key whose role is too weak.
 */
export function requireRole(ctx: { viewer: Viewer }, role: Role): void {
  if (ROLES.indexOf(ctx.viewer.role) >= ROLES.indexOf(role)) return;
  if (ctx.viewer.role === "anonymous") throw new UnauthenticatedError(`This operation needs an API key with the ${role} role (Authorization: Bearer <key>).`);
  throw new ForbiddenError(`This operation needs the ${role} role; this key is a ${ctx.viewer.role}.`, role);
}

const TOKEN_PREFIX = "gw_";

/** A new random token (shown once) and what is stored of it. */
export function newToken(): { token: string; prefix: string; hash: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
  return { token, prefix: token.slice(0, 8), hash: hashToken(token) };
}

/** Tokens are 192 random bits: a fast hash is enough (no dictionary to guard against). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The bearer token of an Authorization header; null when absent, "" when malformed. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  const m = /^Bearer\s+([A-Za-z0-9_\-.~+/]+=*)\s*$/i.exec(header);
  return m ? m[1] : "";
}
