import net from "node:net";

/**
 * A TCP proxy on 127.0.0.1 in front of a real service, that a test can cut:
 * - "refuse": the listener closes (connects get ECONNREFUSED) and open connections are
 *   dropped, as when the server process dies;
 * - "blackhole": connects are accepted and bytes go nowhere, open connections fall silent
 *   (nothing forwarded either way, nothing closed), as with a network partition;
 * - "pass": forwarding again. Connections that were silenced are dropped on restore (their
 *   protocol state is unknown), as a partitioned peer would eventually reset them.
 */
export type ProxyMode = "pass" | "refuse" | "blackhole";

export interface TcpProxy {
  port: number;
  url(base: string): string;
  mode: ProxyMode;
  set(mode: ProxyMode): Promise<void>;
  close(): Promise<void>;
}

interface Pair {
  client: net.Socket;
  upstream: net.Socket | null;
}

export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let mode: ProxyMode = "pass";

  const onConnection = (client: net.Socket) => {
    const pair: Pair = { client, upstream: null };
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      pair.upstream?.destroy();
    };
    client.on("error", drop);
    client.on("close", drop);
    if (mode === "blackhole") {
      client.pause();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    pair.upstream = upstream;
    upstream.on("error", drop);
    upstream.on("close", drop);
    client.pipe(upstream);
    upstream.pipe(client);
  };

  let server = net.createServer(onConnection);
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(p, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port));
    });
  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  const bound = await listen(port);

  const silence = (p: Pair) => {
    p.client.unpipe();
    p.upstream?.unpipe();
    p.client.pause();
    p.upstream?.pause();
  };
  const dropAll = () => {
    for (const p of [...pairs]) {
      p.client.destroy();
      p.upstream?.destroy();
    }
    pairs.clear();
  };

  const proxy: TcpProxy = {
    port: bound,
    url: (base) => {
      const u = new URL(base);
      u.hostname = "127.0.0.1";
      u.port = String(bound);
      return u.toString();
    },
    get mode() {
      return mode;
    },
    set: async (next) => {
      if (next === mode) return;
      const previous = mode;
      mode = next;
      if (next === "refuse") {
        dropAll();
        await stopListening();
      } else if (next === "blackhole") {
        for (const p of pairs) silence(p);
        if (previous === "refuse") {
          server = net.createServer(onConnection);
          await listen(bound);
        }
      } else {
        dropAll();
        if (previous === "refuse") {
          server = net.createServer(onConnection);
          await listen(bound);
        }
      }
    },
    close: async () => {
      dropAll();
      await stopListening();
    },
  };
  return proxy;
}
