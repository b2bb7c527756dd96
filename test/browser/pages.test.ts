/**
 * The pages for people in a real browser (see ./harness.ts): Share in GraphiQL → the permalink
 * page, rendered on the server and read with JavaScript off → its CSV; and the charts, whose
 * drawn points must be exactly the API's rows. No request leaves the test server.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { parseCsv } from "../helpers/csv";
import { openGraphiql, SKIP, SKIP_NOTE, startHarness, type Harness } from "./harness";

declare global {
  interface Window {
    __GIGAWATT_CHART__?: { kind: string; points: number; drawn: number; error?: string };
  }
}

describe("Permalinks and charts in Chromium, offline", { timeout: 120_000 }, () => {
  let h: Harness;
  let page: Page;
  let permalink = "";

  beforeAll(async () => {
    if (SKIP) return;
    h = await startHarness();
    page = h.page;
  });

  afterAll(async () => {
    await h?.close();
  });

  it.skipIf(SKIP)(`shares the current operation with its asOf as a permalink${SKIP_NOTE}`, async () => {
    await openGraphiql(page, `${h.server.url}/graphiql`);
    await page.locator('[id^="graphiql-session-tab-"]').first().click();
    const answered = page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes('"asOf":"2025-12-01"'));
    await page.locator('[data-testid="asof-input"]').fill("2025-12-01");
    await answered;
    const button = page.locator('[data-testid="share"]');
    expect(await button.innerText()).toBe("Share");
    await button.click();
    const link = page.locator('[data-testid="share-link"]');
    await link.waitFor({ timeout: 10_000 });
    permalink = (await link.getAttribute("href"))!;
    expect(permalink).toMatch(new RegExp(`^${h.server.url}/p/[0-9a-f]{64}\\?asOf=2025-12-01&knownAt=[^&]+&operationName=dealWithSources&variables=`));
    expect(await page.locator('[data-testid="share-message"]').innerText()).toContain("pinned to asOf 2025-12-01");
  });

  it.skipIf(SKIP)(`opens the permalink as a server-rendered page, with no script, and downloads its CSV${SKIP_NOTE}`, async () => {
    const context = await h.newContext({ javaScriptEnabled: false });
    const reader = await context.newPage();
    const response = await reader.goto(permalink);
    expect(response!.status()).toBe(200);
    expect(await reader.locator("script").count()).toBe(0);
    expect(await reader.locator('[data-testid="permalink-title"]').innerText()).toBe("IREN–Microsoft: the $9.7B deal and its sources");
    expect(await reader.locator('[data-testid="permalink-pin"]').innerText()).toContain("on or before 2025-12-01");
    const table = reader.locator('table[data-list="deals.nodes"]');
    expect(await table.locator("tbody tr").count()).toBe(1);
    expect(await table.innerText()).toContain("D-IREN-MSFT");
    const { deals } = await h.server.data(`{ deals(where: { key: { eq: "D-IREN-MSFT" } }) { nodes { sources { source { title url } } } } }`);
    for (const s of deals.nodes[0].sources) expect(await table.getByRole("link", { name: s.source.title }).first().getAttribute("href")).toBe(s.source.url);

    const [download] = await Promise.all([reader.waitForEvent("download"), reader.locator('[data-testid="permalink-csv"]').click()]);
    expect(download.suggestedFilename()).toBe("gigawatt-dealWithSources-2025-12-01.csv");
    const [header, ...rows] = parseCsv(fs.readFileSync((await download.path())!, "utf8"));
    expect(rows).toHaveLength(1);
    expect(rows[0]![header!.indexOf("key")]).toBe("D-IREN-MSFT");
    expect(rows[0]![header!.indexOf("totalValue.usd")]).toBe("9700000000");

    const jsonHref = (await reader.locator('[data-testid="permalink-json"]').getAttribute("href"))!;
    const json = await (await h.server.fetch(jsonHref)).json();
    expect(json.data.deals.nodes[0].key).toBe("D-IREN-MSFT");
    await context.close();
  });

  /** The chart page's own report of what it drew, once it has drawn. */
  const drawn = async (url: string) => {
    await page.goto(url);
    await page.waitForFunction(() => window.__GIGAWATT_CHART__ !== undefined, undefined, { timeout: 20_000 });
    return page.evaluate(() => window.__GIGAWATT_CHART__!);
  };

  it.skipIf(SKIP)(`charts IREN's stock moves with one point per move, each linked to its fact and sources${SKIP_NOTE}`, async () => {
    const { stockMoves } = await h.server.data(`{ stockMoves(first: 100, where: { company: { ticker: { eq: "IREN" } } }) { totalCount nodes { key } } }`);
    expect(stockMoves.totalCount).toBeGreaterThan(1);
    const chart = await drawn(`${h.server.url}/charts?chart=stock-moves&ticker=IREN`);
    expect(chart).toEqual({ kind: "stock-moves", points: stockMoves.totalCount, drawn: stockMoves.totalCount });
    const rows = page.locator('[data-testid="chart-point"]');
    expect(await rows.count()).toBe(stockMoves.totalCount);
    expect(await page.locator("canvas").count()).toBeGreaterThan(0);
    const factLink = rows.first().locator('a[href*="/graphiql?query="]');
    expect(await factLink.count()).toBe(1);
    expect(stockMoves.nodes.map((n: { key: string }) => n.key)).toContain(await factLink.innerText());
    // The fact link opens GraphiQL on that fact.
    await factLink.click();
    await page.locator('.graphiql-tab-active [id^="graphiql-session-tab-"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.graphiql-tab-active [id^="graphiql-session-tab-"]').innerText(), { timeout: 10_000 }).toBe("chartPointFact");
  });

  it.skipIf(SKIP)(`charts Google's credit backstops over time, one point per backstop${SKIP_NOTE}`, async () => {
    const { creditBackstops } = await h.server.data(`{ creditBackstops(first: 100, where: { guarantor: { ticker: { eq: "GOOGL" } } }) { totalCount } }`);
    expect(creditBackstops.totalCount).toBeGreaterThan(2);
    const chart = await drawn(`${h.server.url}/charts?chart=backstops&guarantor=GOOGL`);
    expect(chart).toEqual({ kind: "backstops", points: creditBackstops.totalCount, drawn: creditBackstops.totalCount });
    const text = await page.locator("#chart-points").innerText();
    expect(text).toContain("a reported total, not an extra guarantee");
    expect(text).toContain("amount undisclosed");
  });

  it.skipIf(SKIP)(`charts a sector series point by point, when the API has sectorSeries${SKIP_NOTE}`, async (ctx) => {
    const types = await h.server.data(`{ __type(name: "Query") { fields { name } } }`);
    if (!types.__type.fields.some((f: { name: string }) => f.name === "sectorSeries")) return ctx.skip();
    const vars = { metric: "CREDIT_BACKSTOPS", country: "US", from: "2025-09-01", to: "2026-02-28", interval: "MONTH" };
    const { sectorSeries } = await h.server.data(`query($metric: SectorMetric!, $country: CountryCode!, $from: Date!, $to: Date!, $interval: SeriesInterval!) { sectorSeries(metric: $metric, country: $country, from: $from, to: $to, interval: $interval) { points { on } } }`, vars);
    const chart = await drawn(`${h.server.url}/charts?chart=sector&${new URLSearchParams(vars)}`);
    expect(chart.error).toBeUndefined();
    expect(chart.drawn).toBe(sectorSeries.points.length);
    expect(await page.locator('[data-testid="chart-point"]').count()).toBe(sectorSeries.points.length);
  });

  it.skipIf(SKIP)(`made no request outside the test server and threw no page errors${SKIP_NOTE}`, () => {
    expect(h.foreign).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    expect(h.requests.some((u) => u.includes("/graphiql/assets/charts.js"))).toBe(true);
  });
});
