/**
 * Self-hosted GraphiQL 5: the HTML page and its pre-built assets
 * (dist/graphiql/, produced by `node src/tools/build-graphiql.mjs`).
 *
 * Nothing on the page comes from another origin: scripts, styles, fonts
 * (inlined as data: URLs) and the Monaco web workers are all served here, and
 * the Content-Security-Policy pins everything to 'self'.
 *
 * Routes (GET and HEAD only):
 *   /graphiql                      the page
 *   <endpoint> (e.g. /graphql)     the page, when `wantsHtml(req)` (a browser
 *                                  navigating there); otherwise not handled
 *   /graphiql/assets/<file>        one of the known bundle files, else 404
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import * as path from "node:path";

export interface GraphiqlExample {
  /** Stable id (the operation file's base name). */
  id?: string;
  /** Human title, shown on the tab and in the examples list. */
  name: string;
  /** One or two sentences saying what the example answers. */
  description?: string;
  query: string;
  variables?: string;
  operationName?: string;
  /** Short hash of query + variables: tells returning visitors what changed. */
  revision?: string;
}

export interface GraphiqlOptions {
  /** Path of the GraphQL endpoint on this origin, e.g. "/graphql". */
  endpoint: string;
  /** Saved operations, opened as tabs on a first visit. */
  examples: GraphiqlExample[];
  /** Directory holding the built bundle; defaults to dist/graphiql. */
  assetsDir?: string;
}

export const GRAPHIQL_PATH = "/graphiql";
export const GRAPHIQL_ASSETS_PREFIX = "/graphiql/assets/";

export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join("; ");

/** The only files ever served from the assets directory. */
const ASSET_TYPES: Readonly<Record<string, string>> = {
  "graphiql.js": "text/javascript; charset=utf-8",
  "graphiql.css": "text/css; charset=utf-8",
  "editor.worker.js": "text/javascript; charset=utf-8",
  "json.worker.js": "text/javascript; charset=utf-8",
  "graphql.worker.js": "text/javascript; charset=utf-8",
  "charts.js": "text/javascript; charset=utf-8",
  "charts.css": "text/css; charset=utf-8",
};

const NOT_BUILT_MESSAGE =
  "GraphiQL assets are not built (dist/graphiql/ is missing or incomplete). Run `npm run build`.\n";

interface Asset {
  body: Buffer;
  br?: Buffer;
  gzip?: Buffer;
  type: string;
  /** sha1 of `body`, hex; used as ETag and as the `?v=` cache buster. */
  hash: string;
}

type Assets = ReadonlyMap<string, Asset>;

/**
 * Candidate asset directories, relative to this file: compiled it lives in
 * dist/src/http/ (assets in dist/graphiql/); under vitest/tsx it is src/http/.
 */
function defaultAssetDirs(): string[] {
  return [path.resolve(__dirname, "../../graphiql"), path.resolve(__dirname, "../../dist/graphiql")];
}

function readOptional(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function loadAssets(dirs: readonly string[]): Assets | null {
  for (const dir of dirs) {
    const names = Object.keys(ASSET_TYPES);
    if (!names.every((name) => existsSync(path.join(dir, name)))) continue;
    const assets = new Map<string, Asset>();
    for (const name of names) {
      const file = path.join(dir, name);
      const body = readFileSync(file);
      assets.set(name, {
        body,
        // Precompressed siblings written by the build script, if present.
        br: readOptional(`${file}.br`),
        gzip: readOptional(`${file}.gz`),
        type: ASSET_TYPES[name]!,
        hash: createHash("sha1").update(body).digest("hex"),
      });
    }
    return assets;
  }
  return null;
}

/** Quality (0..1) the Accept header gives a media type, by the most specific matching range. */
function acceptQuality(accept: string, type: string): number {
  const [major] = type.split("/");
  let best = -1;
  let quality = 0;
  for (const part of accept.split(",")) {
    const [rangeRaw, ...params] = part.split(";");
    const range = (rangeRaw ?? "").trim().toLowerCase();
    if (!range) continue;
    let specificity: number;
    if (range === type) specificity = 2;
    else if (range === `${major}/*`) specificity = 1;
    else if (range === "*/*") specificity = 0;
    else continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split("=").map((s) => s.trim().toLowerCase());
      if (key === "q" && value !== undefined) {
        const parsed = Number(value);
        q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
      }
    }
    if (specificity > best) {
      best = specificity;
      quality = q;
    }
  }
  return quality;
}

function splitUrl(url: string | undefined): { pathname: string; search: URLSearchParams } {
  const raw = url ?? "/";
  const q = raw.indexOf("?");
  return {
    pathname: q < 0 ? raw : raw.slice(0, q),
    search: new URLSearchParams(q < 0 ? "" : raw.slice(q + 1)),
  };
}

/**
 * True when a GET/HEAD request prefers an HTML page over a GraphQL JSON
 * response (a browser navigating to the endpoint). A GET carrying `?query=`
 * is an operation and is never diverted to the page.
 */
export function wantsHtml(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (splitUrl(req.url).search.has("query")) return false;
  const accept = req.headers.accept;
  if (!accept) return false;
  const html = acceptQuality(accept, "text/html");
  if (html <= 0) return false;
  const json = Math.max(
    acceptQuality(accept, "application/json"),
    acceptQuality(accept, "application/graphql-response+json"),
  );
  return html > json;
}

/** JSON that is safe inside an inline <script>: no `</script>`, `<!--`, or raw line separators. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function htmlAttr(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function renderPage(endpoint: string, examples: readonly GraphiqlExample[], assets: Assets): string {
  const url = (name: string): string => `${GRAPHIQL_ASSETS_PREFIX}${name}?v=${assets.get(name)!.hash.slice(0, 16)}`;
  const config = {
    endpoint,
    workers: {
      editor: url("editor.worker.js"),
      json: url("json.worker.js"),
      graphql: url("graphql.worker.js"),
    },
  };
  const cleanExamples = examples.map((e) => JSON.parse(JSON.stringify(e)) as GraphiqlExample);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="graphql-endpoint" content="${htmlAttr(endpoint)}">
<title>Gigawatt GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${htmlAttr(url("graphiql.css"))}">
<script>
window.__GIGAWATT_GRAPHIQL__ = ${scriptJson(config)};
window.__GIGAWATT_EXAMPLES__ = ${scriptJson(cleanExamples)};
</script>
<script defer src="${htmlAttr(url("graphiql.js"))}"></script>
</head>
<body>
<nav id="gigawatt-bar"><strong>Gigawatt</strong><a href="/charts">Charts</a></nav>
<div id="graphiql"><noscript>GraphiQL needs JavaScript.</noscript></div>
</body>
</html>
`;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  body: Buffer | string,
): void {
  const buf = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, { ...headers, "Content-Length": buf.length });
  res.end(req.method === "HEAD" ? undefined : buf);
}

function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  send(
    req,
    res,
    status,
    { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...extra },
    text,
  );
}

function pickEncoding(req: IncomingMessage, asset: Asset): "br" | "gzip" | null {
  const header = req.headers["accept-encoding"];
  const accepted = (Array.isArray(header) ? header.join(",") : (header ?? "")).toLowerCase();
  const allows = (coding: string): boolean =>
    accepted.split(",").some((part) => {
      const [name, ...params] = part.split(";").map((s) => s.trim());
      if (name !== coding) return false;
      return !params.some((p) => /^q=0(\.0*)?$/.test(p));
    });
  if (asset.br && allows("br")) return "br";
  if (asset.gzip && allows("gzip")) return "gzip";
  return null;
}

function serveAsset(req: IncomingMessage, res: ServerResponse, version: string | null, asset: Asset): void {
  const etag = `"${asset.hash}"`;
  const versioned = version !== null && asset.hash.startsWith(version) && version.length >= 8;
  const headers: Record<string, string> = {
    "Content-Type": asset.type,
    ETag: etag,
    "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "no-cache",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
    Vary: "Accept-Encoding",
  };
  const inm = req.headers["if-none-match"];
  if (inm && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const encoding = pickEncoding(req, asset);
  if (encoding === "br") headers["Content-Encoding"] = "br";
  if (encoding === "gzip") headers["Content-Encoding"] = "gzip";
  const body = encoding === "br" ? asset.br! : encoding === "gzip" ? asset.gzip! : asset.body;
  send(req, res, 200, headers, body);
}

/** Serves the GraphiQL page and its assets. Returns true when it handled the request. */
export function createGraphiqlHandler(
  opts: GraphiqlOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const endpoint = opts.endpoint;
  const examples = opts.examples.map((e) => ({ ...e }));
  const dirs = opts.assetsDir ? [path.resolve(opts.assetsDir)] : defaultAssetDirs();

  // Assets are read and hashed once; if they are missing at start-up we keep
  // looking on later requests, so building after the server started works.
  let assets: Assets | null = loadAssets(dirs);
  let page: Buffer | null = assets ? Buffer.from(renderPage(endpoint, examples, assets), "utf8") : null;
  const ensureLoaded = (): Assets | null => {
    if (!assets) {
      assets = loadAssets(dirs);
      if (assets) page = Buffer.from(renderPage(endpoint, examples, assets), "utf8");
    }
    return assets;
  };

  const servePage = (req: IncomingMessage, res: ServerResponse, vary: boolean): void => {
    if (!ensureLoaded() || !page) {
      sendText(req, res, 503, NOT_BUILT_MESSAGE, { "Retry-After": "60" });
      return;
    }
    const headers: Record<string, string> = {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": GRAPHIQL_CSP,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "no-referrer",
    };
    if (vary) headers.Vary = "Accept";
    send(req, res, 200, headers, page);
  };

  return async (req, res) => {
    const method = req.method ?? "GET";
    const { pathname, search } = splitUrl(req.url);

    if (pathname === endpoint) {
      if (!wantsHtml(req)) return false;
      servePage(req, res, true);
      return true;
    }

    const isPage = pathname === GRAPHIQL_PATH || pathname === `${GRAPHIQL_PATH}/`;
    const isAsset = pathname.startsWith(GRAPHIQL_ASSETS_PREFIX);
    if (!isPage && !isAsset) return false;

    if (method !== "GET" && method !== "HEAD") {
      sendText(req, res, 405, "Method Not Allowed\n", { Allow: "GET, HEAD" });
      return true;
    }
    if (isPage) {
      servePage(req, res, false);
      return true;
    }

    // Only the exact, known file names: no decoding, no path segments.
    const name = pathname.slice(GRAPHIQL_ASSETS_PREFIX.length);
    if (!Object.prototype.hasOwnProperty.call(ASSET_TYPES, name)) {
      sendText(req, res, 404, "Not Found\n");
      return true;
    }
    const loaded = ensureLoaded();
    const asset = loaded?.get(name);
    if (!asset) {
      sendText(req, res, 503, NOT_BUILT_MESSAGE, { "Retry-After": "60" });
      return true;
    }
    serveAsset(req, res, search.get("v"), asset);
    return true;
  };
}
