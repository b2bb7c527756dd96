import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { CACHE_POLICY, cacheControl, computePolicy, type CachePolicyConfig } from "./policy";

/**
 * Sets the response's cache policy from the operation (see policy.ts) before any plugin reads
 * it, and writes `Cache-Control` (`max-age=N, public`, or `no-store` for errors, mutations and
 * anything uncacheable) on every response, GET included. Replaces Apollo's cache-control plugin,
 * which installs a hook on every field of every request.
 */
export function cachePolicyPlugin<C extends BaseContext>(policy: CachePolicyConfig = CACHE_POLICY): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return;
          const p = computePolicy(rc.schema, rc.document, rc.operation, rc.request.variables ?? {}, policy);
          rc.overallCachePolicy.replace({ maxAge: p.maxAge, scope: p.scope });
        },
        async willSendResponse(rc) {
          const { body, http } = rc.response;
          const cacheable = rc.overallCachePolicy.policyIfCacheable();
          const clean = body.kind === "single" && !body.singleResult.errors;
          http.headers.set("cache-control", cacheControl(clean && rc.operation?.operation === "query" ? cacheable : null));
        },
      };
    },
  };
}

/**
 * Automatic persisted queries in a shared store (Redis), so a hash registered on one replica is
 * known to all. Apollo's own APQ (on by default, in memory) then runs unchanged: this plugin only
 * fills in `query` from the store before Apollo looks, and stores what Apollo has verified.
 */
export function sharedApqPlugin<C extends BaseContext>(store: KeyValueCache, ttlSeconds = 7 * 86_400): ApolloServerPlugin<C> {
  return {
    async requestDidStart(rc) {
      const pq = rc.request.extensions?.persistedQuery as { version?: number; sha256Hash?: unknown } | undefined;
      const hash = pq?.version === 1 && typeof pq.sha256Hash === "string" && /^[0-9a-f]{64}$/.test(pq.sha256Hash) ? pq.sha256Hash : null;
      if (!hash) return;
      let fromStore = false;
      if (rc.request.query === undefined) {
        const query = await store.get(`apq:${hash}`);
        if (query !== undefined) {
          rc.request.query = query;
          fromStore = true;
        }
      }
      return {
        async didResolveSource(src) {
          // Apollo has checked that the hash matches the text by now.
          if (!fromStore && src.metrics.persistedQueryRegister) await store.set(`apq:${hash}`, src.source, { ttl: ttlSeconds });
        },
      };
    },
  };
}
