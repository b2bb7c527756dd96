/**
 * GraphiQL in a real browser (see ./harness.ts): human example titles, the Examples and Table
 * panels, the asOf control, deep links, returning visitors, and the CSV button. No request
 * leaves the test server.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { loadExamples } from "../../src/http/examples";
import { parseCsv } from "../helpers/csv";
import { answeredHere, openGraphiql, responseText, SKIP, SKIP_NOTE, startHarness, type Harness } from "./harness";

// A shared machine can be slow to start a browser and GraphiQL: generous time, no timed assertions.
describe("GraphiQL in Chromium, offline", { timeout: 120_000 }, () => {
  let h: Harness;
  let page: Page;
  const examples = loadExamples();

  beforeAll(async () => {
    if (SKIP) return;
    h = await startHarness();
    page = h.page;
  });

  afterAll(async () => {
    await h?.close();
  });

  /** Opens a sidebar panel unless it is already open (GraphiQL remembers the open one). */
  const showPanel = async (title: string) => {
    const show = page.getByRole("button", { name: `Show ${title}` });
    if (await show.count()) await show.click();
  };

  const runAndWait = async (operation: string) => {
    const answered = page.waitForResponse((r) => r.url().endsWith("/graphql") && r.request().method() === "POST" && (r.request().postData() ?? "").includes(operation));
    await page.locator(".graphiql-execute-button").click();
    return (await answered).json();
  };

  it.skipIf(SKIP)(`opens the saved examples as tabs titled in words, and lists them with descriptions${SKIP_NOTE}`, async () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    await openGraphiql(page, `${h.server.url}/graphiql`);
    const tabs = page.locator('[id^="graphiql-session-tab-"]');
    await expect.poll(() => tabs.count(), { timeout: 15_000 }).toBe(examples.length);
    const titles = await tabs.evaluateAll((els) => els.map((e) => e.textContent));
    expect(titles).toEqual(examples.map((e) => e.name));
    expect(titles[0]).toBe("IREN–Microsoft: the $9.7B deal and its sources");
    // Operation names stay plain identifiers (the SDK is built from the same files).
    expect(titles).not.toContain("dealWithSources");
    await showPanel("Examples");
    const panel = page.locator('[data-testid="examples-panel"]');
    await expect.poll(() => panel.innerText(), { timeout: 5_000 }).toContain("IREN–Microsoft: the $9.7B deal and its sources");
    expect(await panel.innerText()).toContain("One deal, every figure beside the documents it comes from.");
  });

  it.skipIf(SKIP)(`runs the IREN–Microsoft example and shows $9.7B in the result pane${SKIP_NOTE}`, async () => {
    await page.locator('[id^="graphiql-session-tab-"]').first().click();
    const body = await runAndWait("dealWithSources");
    expect(body.errors).toBeUndefined();
    expect(body.data.deals.nodes[0].totalValue.amount).toBe(9_700_000_000);
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain("9700000000");
  });

  it.skipIf(SKIP)(`shows the result as a table with source links that open the source, and quotes${SKIP_NOTE}`, async () => {
    const { deals } = await h.server.data(`{ deals(where: { key: { eq: "D-IREN-MSFT" } }) { nodes { sources { quote source { title url } } } } }`);
    const first = deals.nodes[0].sources[0];
    await showPanel("Table");
    const table = page.locator('[data-testid="table-view"]');
    await expect.poll(() => table.innerText(), { timeout: 10_000 }).toContain("D-IREN-MSFT");
    expect(await table.locator("h3").first().innerText()).toContain("deals.nodes (1 row)");
    const link = table.getByRole("link", { name: first.source.title }).first();
    expect(await link.getAttribute("href")).toBe(first.source.url);
    const quotes = deals.nodes[0].sources.filter((s: { quote: string | null }) => s.quote);
    for (const s of quotes) expect(await table.innerText()).toContain(s.quote);
    // Clicking opens the source itself; the test answers it inside the browser, so nothing leaves.
    answeredHere.add(first.source.url);
    await h.context.route(first.source.url, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>the source</title>" }));
    const [popup] = await Promise.all([h.context.waitForEvent("page"), link.click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(first.source.url);
    await popup.close();
  });

  it.skipIf(SKIP)(`sets $asOf from the date control, says what it means, and the answer changes${SKIP_NOTE}`, async () => {
    const help = page.locator('[data-testid="asof-help"]');
    expect(await help.innerText()).toContain("only what was public on that day");
    const input = page.locator('[data-testid="asof-input"]');
    let answered = page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes('"asOf":"2025-10-01"'));
    await input.fill("2025-10-01");
    expect((await (await answered).json()).data.deals.totalCount).toBe(0); // the deal was announced on 3 Nov 2025
    answered = page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes('"asOf":"2025-12-01"'));
    await input.fill("2025-12-01");
    expect((await (await answered).json()).data.deals.totalCount).toBe(1);
    await expect.poll(() => responseText(page), { timeout: 10_000 }).toContain('"totalCount": 1');
  });

  it.skipIf(SKIP)(`downloads the current operation as CSV from a labelled button${SKIP_NOTE}`, async () => {
    const button = page.locator('[data-testid="download-csv"]');
    expect(await button.innerText()).toBe("CSV");
    expect(await button.getAttribute("aria-label")).toMatch(/CSV/);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), button.click()]);
    expect(download.suggestedFilename()).toBe("gigawatt-dealWithSources-2025-12-01.csv");
    const rows = parseCsv(fs.readFileSync((await download.path())!, "utf8"));
    const [header, ...data] = rows;
    expect(header!.slice(0, 6)).toEqual(["key", "kind", "provider.name", "provider.ticker", "customer.name", "customer.ticker"]);
    expect(data).toHaveLength(1);
    const row = Object.fromEntries(header!.map((k, i) => [k, data[0]![i]]));
    expect(row).toMatchObject({ key: "D-IREN-MSFT", "totalValue.usd": "9700000000", termMonths: "60" });
  });

  it.skipIf(SKIP)(`shows a JSON error inline when the operation has no list${SKIP_NOTE}`, async () => {
    await page.locator(".graphiql-tab-add").click();
    await page.locator(".graphiql-query-editor .monaco-editor").first().click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type('{ company(slug: "iren") { name ticker } }');
    await page.locator('[data-testid="download-csv"]').click();
    await expect.poll(() => page.locator('[data-testid="download-csv-message"]').innerText(), { timeout: 10_000 }).toContain("no list to export as CSV");
  });

  it.skipIf(SKIP)(`opens ?query=…&variables=… deep links as a tab${SKIP_NOTE}`, async () => {
    const query = 'query deepLinked($ticker: String!) { stockMoves(where: { company: { ticker: { eq: $ticker } } }) { totalCount } }';
    await openGraphiql(page, `${h.server.url}/graphiql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent('{"ticker":"CIFR"}')}`);
    const active = page.locator('.graphiql-tab-active [id^="graphiql-session-tab-"]');
    await expect.poll(() => active.innerText(), { timeout: 10_000 }).toBe("deepLinked");
    const body = await runAndWait("deepLinked");
    expect(body.data.stockMoves.totalCount).toBeGreaterThan(0);
    const { stockMoves } = await h.server.data(`{ stockMoves(where: { company: { ticker: { eq: "CIFR" } } }) { totalCount } }`);
    expect(body.data.stockMoves.totalCount).toBe(stockMoves.totalCount);
  });

  it.skipIf(SKIP)(`shows returning visitors the examples that are new or changed since their last visit${SKIP_NOTE}`, async () => {
    // As if the last visit saw an older revision of the first example and not the second at all.
    await page.evaluate((ex) => {
      const seen = JSON.parse(localStorage.getItem("gigawatt:examples-seen") ?? "{}");
      seen[ex[0]!.id!] = "older-revision";
      delete seen[ex[1]!.id!];
      localStorage.setItem("gigawatt:examples-seen", JSON.stringify(seen));
    }, examples);
    await openGraphiql(page, `${h.server.url}/graphiql`);
    const notice = page.locator('[data-testid="examples-message"]');
    await expect.poll(() => notice.innerText(), { timeout: 10_000 }).toContain(`${examples[0]!.name} (changed)`);
    expect(await notice.innerText()).toContain(`${examples[1]!.name} (new)`);
    expect(await notice.innerText()).not.toContain(examples[2]!.name);
    await showPanel("Examples");
    const panel = page.locator('[data-testid="examples-panel"]');
    await expect.poll(() => panel.locator(".gigawatt-mark").allInnerTexts(), { timeout: 5_000 }).toEqual(["changed", "new"]);
    // Remembered: the next visit has nothing new.
    await openGraphiql(page, `${h.server.url}/graphiql`);
    await page.waitForTimeout(500);
    expect(await page.locator('[data-testid="examples-message"]').count()).toBe(0);
  });

  it.skipIf(SKIP)(`made no request outside the test server and threw no page errors${SKIP_NOTE}`, () => {
    expect(h.foreign).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    expect(h.requests.some((u) => u.includes("/graphiql/assets/graphiql.js"))).toBe(true);
  });
});
