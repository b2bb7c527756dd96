/**
 * One headless Debian Chromium (playwright-core) against the real server on a seeded database,
 * offline by construction: every request the pages make is recorded, anything not for the test
 * server is aborted and listed in `foreign`, which each file asserts is empty.
 *
 * Needs /usr/bin/chromium (`apt-get install chromium`; .ci/run installs it) and the built bundle
 * in dist/graphiql (`npm run build`, run by `pretest`). Without Chromium the tests are skipped
 * locally, and fail when CI is set.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startTestServer, type TestServer } from "../helpers/server";

export const CHROMIUM = "/usr/bin/chromium";
const hasChromium = fs.existsSync(CHROMIUM);
const inCI = !!process.env.CI;
export const SKIP = !hasChromium && !inCI;
export const SKIP_NOTE = SKIP ? ` [skipped: ${CHROMIUM} not found; install Debian's chromium to run it, CI requires it]` : "";

export interface Harness {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  requests: string[];
  foreign: string[];
  pageErrors: string[];
  documentsDir: string;
  /** Another context with the same offline routing (e.g. with JavaScript off). */
  newContext(options?: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * URLs a test answers itself inside the browser (context.route → fulfill): clicking a source
 * link must open that exact address, and the request still never leaves this machine.
 */
export const answeredHere = new Set<string>();

export async function startHarness(): Promise<Harness> {
  if (!hasChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run installs Debian's chromium with apt-get; the browser tests must run in CI.`);
  if (!fs.existsSync(path.resolve(__dirname, "../../dist/graphiql/graphiql.js"))) throw new Error("dist/graphiql is not built: run `npm run build` (the pretest script does).");
  const documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), "gigawatt-docs-"));
  const server = await startTestServer({ DOCUMENTS_DIR: documentsDir });
  const origin = new URL(server.url).origin;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const requests: string[] = [];
  const foreign: string[] = [];
  const local = (url: string) => url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:");
  const newContext = async (options: Parameters<Browser["newContext"]>[0] = {}) => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 1000 }, ...options });
    // The GraphiQL bundle is 5 MB: on a busy machine its first load takes a while.
    context.setDefaultNavigationTimeout(90_000);
    context.setDefaultTimeout(60_000);
    // Record everything; let only the test server's origin (and in-page data:/blob: URLs) through.
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      requests.push(url);
      if (local(url)) return route.continue();
      foreign.push(url);
      return route.abort("blockedbyclient");
    });
    context.on("request", (request) => {
      const url = request.url();
      if (!local(url) && !foreign.includes(url) && !answeredHere.has(url)) foreign.push(url);
    });
    return context;
  };
  const context = await newContext();
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return {
    server,
    browser,
    context,
    page,
    requests,
    foreign,
    pageErrors,
    documentsDir,
    newContext,
    close: async () => {
      await browser.close();
      await server.close();
      fs.rmSync(documentsDir, { recursive: true, force: true });
    },
  };
}

/** Waits for GraphiQL's tabs, then for the fonts/tab animation to settle. */
export async function openGraphiql(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load" });
  await page.locator('[id^="graphiql-session-tab-"]').first().waitFor({ timeout: 60_000 });
  await page.locator(".graphiql-query-editor .monaco-editor").first().waitFor({ timeout: 60_000 });
}

/** The text of the response pane (Monaco renders spaces as no-break spaces). */
export async function responseText(page: Page): Promise<string> {
  return (await page.locator(".graphiql-response").innerText()).replace(/\u00a0/g, " ");
}
