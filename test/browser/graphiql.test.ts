/**
 * GraphiQL in a real browser: Debian's Chromium, headless, through playwright-core, against
 * the real server on a seeded database. Offline by construction: every request the page
 * makes is recorded, anything not for the test server is aborted, and the test fails if
 * there was any.
 *
 * Needs /usr/bin/chromium (`apt-get install chromium`; .ci/run installs it) and the built
 * GraphiQL bundle in dist/graphiql (`npm run build`, run by `pretest`). Without Chromium the
 * test is skipped locally, and fails when CI is set.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startTestServer, type TestServer } from "../helpers/server";
import { loadExamples } from "../../src/http/examples";
import { parseCsv } from "../helpers/csv";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = fs.existsSync(CHROMIUM);
const inCI = !!process.env.CI;
const bundleBuilt = fs.existsSync(path.resolve(__dirname, "../../dist/graphiql/graphiql.js"));
const SKIP = !hasChromium && !inCI;
const SKIP_NOTE = SKIP ? ` [skipped: ${CHROMIUM} not found; install Debian's chromium to run it, CI requires it]` : "";


describe("GraphiQL in Chromium, offline", () => {
  let server: TestServer;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const foreign: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (SKIP) return;
    if (!hasChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run installs Debian's chromium with apt-get; the browser test must run in CI.`);
    if (!bundleBuilt) throw new Error("dist/graphiql is not built: run `npm run build` (the pretest script does).");
    server = await startTestServer();
    const origin = new URL(server.url).origin;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 1000 } });
    // Record everything; let only the test server's origin (and in-page data:/blob: URLs) through.
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      foreign.push(url);
      return route.abort("blockedbyclient");
    });
    context.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:") && !foreign.includes(url)) foreign.push(url);
    });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.skipIf(SKIP)(`loads with the saved examples as tabs, and no request leaves the test server${SKIP_NOTE}`, async () => {
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThanOrEqual(4);
    await page.goto(`${server.url}/graphiql`, { waitUntil: "load" });
    const tabs = page.locator('[id^="graphiql-session-tab-"]');
    await tabs.first().waitFor({ timeout: 30_000 });
    await expect.poll(() => tabs.count(), { timeout: 15_000 }).toBe(examples.length);
    // GraphiQL titles a tab with its operation's name: one per example file, in `# order:` order.
    const operationName = (query: string) => /^\s*query\s+(\w+)/m.exec(query)![1];
    expect(await tabs.evaluateAll((els) => els.map((e) => e.getAttribute("title")))).toEqual(examples.map((e) => operationName(e.query)));
    // The first tab's editor shows the example's title comment from schema/operations/.
    const editor = page.locator(".graphiql-query-editor");
    // Monaco renders spaces as no-break spaces.
    await expect.poll(async () => (await editor.innerText()).replace(/\u00a0/g, " "), { timeout: 15_000 }).toContain("# example: IREN–Microsoft");
    expect(requests.length).toBeGreaterThan(0);
  });

  it.skipIf(SKIP)(`runs the IREN–Microsoft example and shows $9.7B in the result pane${SKIP_NOTE}`, async () => {
    await page.locator('[id^="graphiql-session-tab-"]').first().click();
    const answered = page.waitForResponse((r) => r.url().endsWith("/graphql") && r.request().method() === "POST" && (r.request().postData() ?? "").includes("dealWithSources"));
    await page.locator(".graphiql-execute-button").click();
    const response = await answered;
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.deals.nodes[0].totalValue.amount).toBe(9_700_000_000);
    const result = page.locator(".graphiql-response");
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain("9700000000");
    expect(await result.innerText()).toContain("D-IREN-MSFT");
  });

  it.skipIf(SKIP)(`downloads the current operation as CSV with the expected rows${SKIP_NOTE}`, async () => {
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.locator('[data-testid="download-csv"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^gigawatt-dealWithSources-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download.path();
    const rows = parseCsv(fs.readFileSync(file!, "utf8"));
    const [header, ...data] = rows;
    expect(header!.slice(0, 6)).toEqual(["key", "kind", "provider.name", "provider.ticker", "customer.name", "customer.ticker"]);
    expect(data).toHaveLength(1);
    const row = Object.fromEntries(header!.map((h, i) => [h, data[0]![i]]));
    expect(row).toMatchObject({ key: "D-IREN-MSFT", "provider.ticker": "IREN", "customer.ticker": "MSFT", "totalValue.usd": "9700000000", termMonths: "60" });
    expect(row.sources!.split("; ")).toHaveLength(4);
    await expect.poll(() => page.locator('[data-testid="download-csv-message"]').innerText(), { timeout: 5_000 }).toContain("gigawatt-dealWithSources-");
  });

  it.skipIf(SKIP)(`shows a JSON error inline when the operation has no list${SKIP_NOTE}`, async () => {
    // A fresh tab with an operation that has no list: the button reports the server's message.
    await page.locator(".graphiql-tab-add").click();
    const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
    await editor.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type('{ company(slug: "iren") { name ticker } }');
    await page.locator('[data-testid="download-csv"]').click();
    await expect.poll(() => page.locator('[data-testid="download-csv-message"]').innerText(), { timeout: 10_000 }).toContain("no list to export as CSV");
  });

  it.skipIf(SKIP)(`made no request outside the test server and threw no page errors${SKIP_NOTE}`, () => {
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(requests.some((u) => u.includes("/graphiql/assets/graphiql.js"))).toBe(true);
  });
});
