/**
 * `npm run keys -- create --name <who> [--role reader|editor|admin]`, `npm run keys -- list`,
 * `npm run keys -- revoke <id>`. Works on the configured database (DATABASE_URL, else PGlite at
 * PGLITE_DATA_DIR; PGlite is one process at a time, so stop the server first).
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../../config";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { KEY_ROLES, type KeyRole } from "../../shared/auth";
import { createKey, listKeys, revokeKey } from "./key.service";

const USAGE = `usage:
  npm run keys -- create --name <who uses it> [--role ${KEY_ROLES.join("|")}]   (default role: reader)
  npm run keys -- list
  npm run keys -- revoke <id>`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { name: { type: "string" }, role: { type: "string", default: "reader" } } });
  const [command, arg] = positionals;
  if (!["create", "list", "revoke"].includes(command ?? "")) throw new Error(USAGE);
  const cfg = loadConfig();
  const database = await openDatabase({ databaseUrl: cfg.DATABASE_URL, pgliteDataDir: cfg.PGLITE_DATA_DIR });
  try {
    await migrateDatabase(database);
    if (command === "create") {
      if (!KEY_ROLES.includes(values.role as KeyRole)) throw new Error(`--role must be one of ${KEY_ROLES.join(", ")}`);
      const key = await createKey(database.db, values.name ?? "", values.role as KeyRole);
      console.log(`Created key ${key.id} (${key.role}) for "${key.name}". The token is shown only now:\n\n  ${key.token}\n\nSend it as: Authorization: Bearer ${key.token}`);
    } else if (command === "list") {
      const keys = await listKeys(database.db);
      if (!keys.length) console.log("No API keys.");
      else console.table(keys.map((k) => ({ id: k.id, name: k.name, role: k.role, token: `${k.prefix}…`, created: k.createdAt, revoked: k.revokedAt ?? "" })));
    } else {
      const id = Number(arg);
      if (!Number.isInteger(id) || id < 1) throw new Error(USAGE);
      console.log((await revokeKey(database.db, id)) ? `Revoked key ${id}.` : `No active key ${id}.`);
    }
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
