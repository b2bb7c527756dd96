import path from "node:path";
import type { Database } from "./client";

/** The drizzle-kit migrations folder, found from source (tests) and from dist (runtime). */
export function migrationsFolder(): string {
  const candidates = [path.resolve(__dirname, "../../drizzle"), path.resolve(__dirname, "../../../drizzle")];
  const fs = require("node:fs") as typeof import("node:fs");
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "meta", "_journal.json")));
  if (!found) throw new Error(`drizzle migrations not found (looked in ${candidates.join(", ")})`);
  return found;
}

/** Applies the same drizzle-kit migrations on PGlite and on PostgreSQL. */
export async function migrateDatabase(database: Database): Promise<void> {
  const migrationsFolderPath = migrationsFolder();
  if (database.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(database.db as never, { migrationsFolder: migrationsFolderPath });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(database.db as never, { migrationsFolder: migrationsFolderPath });
  }
}
