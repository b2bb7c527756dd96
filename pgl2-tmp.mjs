import { PGlite } from "@electric-sql/pglite";
const opts = JSON.parse(process.argv[3] ?? "{}");
const t0 = performance.now();
const c = await PGlite.create(process.argv[2], opts);
const t1 = performance.now();
const r = await c.query("select count(*)::int n from facts");
const t2 = performance.now();
await c.close();
console.log(JSON.stringify(opts), { create: Math.round(t1-t0), q: Math.round(t2-t1), n: r.rows[0].n });
