import { randomBytes } from "node:crypto";
import type { FactChange } from "./types";

/**
 * The wire format between processes: `{ o, s, c }` — origin (the publishing bus, so it can skip
 * its own messages: it delivered them locally at once), a sequence number (keeps payloads
 * unique: PostgreSQL drops identical NOTIFYs within one transaction) and the changes. A change too
 * big for one NOTIFY travels as parts `{ o, s, m, i, n, d }` (base64 slices of its JSON),
 * reassembled by `m` on the receiving side.
 */
export interface Envelope {
  o: string;
  s: number;
  c?: FactChange[];
  m?: string;
  i?: number;
  n?: number;
  d?: string;
}

export const newOrigin = (): string => randomBytes(8).toString("hex");

const ACTIONS = new Set(["CREATE", "REVISE", "RETRACT", "UPDATE"]);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** A FactChange as received from another process, or null when it is not one (never trust the wire). */
export function asFactChange(v: unknown): FactChange | null {
  if (!v || typeof v !== "object") return null;
  const c = v as Record<string, unknown>;
  if (typeof c.changeId !== "string" || typeof c.action !== "string" || !ACTIONS.has(c.action)) return null;
  if (typeof c.typename !== "string" || typeof c.nodeId !== "string" || typeof c.at !== "string") return null;
  if (!isStrings(c.companyIds) || !isStrings(c.countries)) return null;
  return { changeId: c.changeId, action: c.action as FactChange["action"], typename: c.typename, nodeId: c.nodeId, companyIds: c.companyIds, countries: c.countries, at: c.at };
}

/**
 * Packs changes into payloads of at most `maxBytes` each (UTF-8), in order. `seq` numbers them.
 */
export function encode(origin: string, changes: readonly FactChange[], maxBytes: number, seq: () => number): string[] {
  const out: string[] = [];
  let batch: string[] = [];
  let size = 0;
  const head = (s: number) => `{"o":"${origin}","s":${s},"c":[`;
  const overhead = Buffer.byteLength(head(Number.MAX_SAFE_INTEGER)) + 2;
  const flush = () => {
    if (batch.length) out.push(`${head(seq())}${batch.join(",")}]}`);
    batch = [];
    size = 0;
  };
  for (const change of changes) {
    const json = JSON.stringify(change);
    const bytes = Buffer.byteLength(json);
    if (overhead + bytes > maxBytes) {
      flush();
      out.push(...parts(origin, json, maxBytes, seq));
      continue;
    }
    if (overhead + size + bytes + 1 > maxBytes) flush();
    batch.push(json);
    size += bytes + 1;
  }
  flush();
  return out;
}

function parts(origin: string, json: string, maxBytes: number, seq: () => number): string[] {
  const bytes = Buffer.from(json, "utf8");
  // base64 is 4/3 of the bytes; keep a slice a multiple of 3 so each part decodes on its own.
  const slice = Math.max(3, Math.floor(((maxBytes - 160) * 3) / 4 / 3) * 3);
  const n = Math.ceil(bytes.length / slice);
  const m = newOrigin();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = bytes.subarray(i * slice, (i + 1) * slice).toString("base64");
    out.push(JSON.stringify({ o: origin, s: seq(), m, i, n, d } satisfies Envelope));
  }
  return out;
}

/** Decodes payloads back into changes, holding parts until their change is whole. */
export class Decoder {
  private readonly pending = new Map<string, { parts: Buffer[]; got: number; since: number }>();

  constructor(private readonly partTimeoutMs = 30_000) {}

  /** The changes a payload completes (none for a part of a bigger one), and its origin. */
  decode(payload: string): { origin: string; changes: FactChange[] } | null {
    let env: Envelope;
    try {
      env = JSON.parse(payload) as Envelope;
    } catch {
      return null;
    }
    if (!env || typeof env.o !== "string") return null;
    if (Array.isArray(env.c)) return { origin: env.o, changes: env.c.map(asFactChange).filter((c): c is FactChange => c !== null) };
    if (typeof env.m !== "string" || typeof env.d !== "string" || !Number.isInteger(env.i) || !Number.isInteger(env.n)) return null;
    return { origin: env.o, changes: this.part(env.m, env.i!, env.n!, env.d) };
  }

  private part(m: string, i: number, n: number, d: string): FactChange[] {
    if (n < 1 || n > 10_000 || i < 0 || i >= n) return [];
    this.expire();
    const entry = this.pending.get(m) ?? { parts: new Array<Buffer>(n), got: 0, since: Date.now() };
    if (!entry.parts[i]) entry.got += 1;
    entry.parts[i] = Buffer.from(d, "base64");
    this.pending.set(m, entry);
    if (entry.got < n) return [];
    this.pending.delete(m);
    try {
      const change = asFactChange(JSON.parse(Buffer.concat(entry.parts).toString("utf8")));
      return change ? [change] : [];
    } catch {
      return [];
    }
  }

  private expire(): void {
    const old = Date.now() - this.partTimeoutMs;
    for (const [m, e] of this.pending) if (e.since < old) this.pending.delete(m);
  }
}
