/**
 * The machine's limit: a bare node:http server that answers each workload's path with the exact
 * bytes and headers the real server sent, after reading the request body as the real one does.
 */
import http from "node:http";

interface Canned {
  headers: Record<string, string>;
  body: string;
}

const routes = new Map<string, { headers: Record<string, string>; body: Buffer }>();

process.on("message", (msg: { routes?: Record<string, Canned> }) => {
  if (!msg.routes) return;
  for (const [path, c] of Object.entries(msg.routes)) routes.set(path, { headers: c.headers, body: Buffer.from(c.body) });
  process.send?.({ ready: true });
});

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const canned = routes.get(req.url ?? "/");
    if (!canned) {
      res.writeHead(404);
      res.end();
      return;
    }
    JSON.parse(Buffer.concat(chunks).toString() || "null");
    res.writeHead(200, { ...canned.headers, "content-length": String(canned.body.length) });
    res.end(canned.body);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => {
  const addr = server.address();
  process.send?.({ port: typeof addr === "object" && addr ? addr.port : 0 });
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
process.on("disconnect", () => process.exit(0));
