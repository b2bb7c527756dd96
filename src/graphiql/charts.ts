/**
 * The chart pages (served by src/http/charts.ts; bundled by src/tools/build-graphiql.mjs):
 * a sector series, a company's stock moves, or a guarantor's credit backstops over time, drawn
 * with uPlot from this origin's /graphql. Under the chart, one row per point with the point's
 * inputs and sources; clicking a point in the chart jumps to its row.
 */
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import "./charts.css";
import { CHARTS, type ChartPoint, type ChartSpec } from "./chart-specs";

declare global {
  interface Window {
    /** What was drawn, for people debugging and for the browser test. */
    __GIGAWATT_CHART__?: { kind: string; points: number; drawn: number; error?: string };
  }
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

function link(text: string, url: string | null | undefined): HTMLElement {
  const href = safeHref(url);
  if (!href) return el("span", {}, text);
  const a = el("a", { href, rel: "noopener noreferrer" }, text);
  if (new URL(href).origin !== window.location.origin) a.target = "_blank";
  return a;
}

async function runQuery(endpoint: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(endpoint, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("\n"));
  return body.data;
}

function pointRow(p: ChartPoint, i: number, unit: string): HTMLElement {
  const row = el("tr", { id: `point-${i}`, "data-testid": "chart-point" });
  row.append(el("td", {}, p.on), el("td", {}, p.value === null ? "—" : `${p.value} ${unit}`), el("td", {}, p.label));
  const inputs = el("td");
  const list = el("ul");
  for (const input of p.inputs) {
    const li = el("li");
    li.append(link(input.text, input.href));
    for (const s of input.sources) li.append(" ", link(`[${s.title}]`, s.url));
    list.append(li);
  }
  inputs.append(list);
  const sources = el("td");
  for (const s of p.sources) sources.append(link(s.title, s.url), el("br"));
  row.append(inputs, sources);
  return row;
}

const COLOURS = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2"];

/**
 * One uPlot series per `series` name (aligned on the same x values, null elsewhere); series on
 * another scale get an axis on the right.
 */
function draw(spec: ChartSpec, points: ChartPoint[], unit: string, target: HTMLElement): uPlot {
  const xs = points.map((p) => Date.parse(`${p.on}T00:00:00Z`) / 1000);
  const names = [...new Set(points.map((p) => p.series ?? spec.yLabel))];
  const scales = [...new Set(names.map((n) => spec.scaleOf?.(n) ?? unit))];
  const data: uPlot.AlignedData = [xs, ...names.map((n) => points.map((p) => ((p.series ?? spec.yLabel) === n ? p.value : null)))];
  const series: uPlot.Series[] = names.map((n, i) => ({
    label: n,
    scale: spec.scaleOf?.(n) ?? unit,
    stroke: COLOURS[i % COLOURS.length],
    width: 2,
    spanGaps: false,
    points: { show: true, size: 9, fill: COLOURS[i % COLOURS.length] },
    ...(spec.line ? {} : { paths: () => null }),
  }));
  const axes: uPlot.Axis[] = [{}, ...scales.map((scale, i) => ({ scale, label: scale, size: 70, side: i === 0 ? 3 : 1, grid: { show: i === 0 } }))];
  const opts: uPlot.Options = {
    width: Math.min(target.clientWidth || 900, 1100),
    height: 380,
    scales: { x: { time: true } },
    series: [{}, ...series],
    axes,
    hooks: {
      ready: [
        (u) =>
          u.over.addEventListener("click", () => {
            const i = u.cursor.idx;
            if (i === null || i === undefined) return;
            const row = document.getElementById(`point-${i}`);
            row?.scrollIntoView({ block: "center" });
            document.querySelectorAll(".chart-selected").forEach((r) => r.classList.remove("chart-selected"));
            row?.classList.add("chart-selected");
          }),
      ],
    },
  };
  return new uPlot(opts, data, target);
}

async function main(): Promise<void> {
  const root = document.getElementById("chart-root");
  if (!root) return;
  const params = new URLSearchParams(window.location.search);
  const spec = CHARTS[params.get("chart") ?? ""];
  const status = document.getElementById("chart-status")!;
  if (!spec) {
    status.textContent = "Pick a chart from the list.";
    return;
  }
  try {
    const endpoint = root.dataset.endpoint || "/graphql";
    const variables = spec.variables(params);
    const data = await runQuery(endpoint, spec.query, variables);
    const { title, unit, points } = spec.read(data, variables);
    document.getElementById("chart-title")!.textContent = title;
    const plot = draw(spec, points, unit, document.getElementById("chart")!);
    const body = document.getElementById("chart-points")!;
    points.forEach((p, i) => body.append(pointRow(p, i, unit)));
    status.textContent = `${points.length} points. Click a point to see its inputs and sources below.`;
    window.__GIGAWATT_CHART__ = { kind: spec.kind, points: points.length, drawn: plot.data[0]!.length };
  } catch (e) {
    status.textContent = `Could not draw the chart: ${(e as Error).message}`;
    status.setAttribute("role", "alert");
    window.__GIGAWATT_CHART__ = { kind: spec.kind, points: 0, drawn: 0, error: (e as Error).message };
  }
}

void main();
