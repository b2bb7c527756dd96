import { PGlite } from "@electric-sql/pglite";
const extra = process.argv.slice(3);
const base = ["--single","-F","-O","-j","-c","search_path=public","-c","exit_on_error=false","-c","log_checkpoints=false","-c","max_worker_processes=0","-c","max_parallel_workers=0","-c","max_parallel_workers_per_gather=0","-c","io_method=sync","-c","max_parallel_maintenance_workers=0"];
const t0 = performance.now();
const c = await PGlite.create(process.argv[2], extra.length ? { startParams: [...base, ...extra] } : {});
const t1 = performance.now();
const r = await c.query("select current_setting('shared_buffers') sb, current_setting('wal_buffers') wb, current_setting('max_connections') mc, (select count(*)::int from facts) n");
await c.close();
console.log(extra.join(" "), { create: Math.round(t1-t0), ...r.rows[0] });
