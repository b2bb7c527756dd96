// Creates or drops a PostgreSQL database for a CI run: node src/tools/pg-admin.mjs create|drop|check URL [name]
import postgres from "postgres";

const [action, url, name] = process.argv.slice(2);
if (!action || !url) {
  console.error("usage: pg-admin.mjs create|drop|check <server-url> [database]");
  process.exit(2);
}
if (name && !/^[a-z0-9_]+$/.test(name)) {
  console.error(`invalid database name: ${name}`);
  process.exit(2);
}
const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => undefined });
try {
  if (action === "check") await sql`select 1`;
  else if (action === "create") await sql.unsafe(`create database "${name}"`);
  else if (action === "drop") await sql.unsafe(`drop database if exists "${name}" with (force)`);
  else throw new Error(`unknown action ${action}`);
} catch (e) {
  console.error(`PostgreSQL ${action} failed at ${url.replace(/\/\/[^@]*@/, "//***@")}: ${e.message}`);
  process.exitCode = 1;
} finally {
  await sql.end({ timeout: 2 });
}
