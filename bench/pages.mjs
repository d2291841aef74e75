// Lighthouse's performance score of the pages, as a figure: several runs of
// each page in headless Chromium, in turns, and their median. The score is
// timed on this machine's CPU, so it belongs here, on an idle machine, and
// not in a test.
//
//   node bench/pages.mjs BASE_URL NODE_MODULES RUNS OUT_JSON COMMAND
//
// Run by bench/run.sh --pages, which installs Lighthouse, starts the server
// and ends both. OUT_JSON is `{"pages": {...}}`, the part of
// bench/results.json that `report.py --adopt` replaces.
import { readFileSync, writeFileSync } from "node:fs";

import * as audit from "../tests/suites/browser/lighthouse.mjs";
import { visits } from "../tests/suites/browser/views.mjs";

const [base, modules, runsArg, out, command] = process.argv.slice(2);
const loadavg = () => Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);
const loadBefore = loadavg();
const runs = Number(runsArg);
const { puppeteer, lighthouse } = await audit.load(modules);
const PAGES = ["/", "/Asia/Tokyo", "/?lang=ru"];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const seen = Object.fromEntries(PAGES.map((path) => [path, []]));
const failed = [];
// Bytes on the wire for a first visit and a repeat one: counted, not
// timed, so one visit of each page says it.
const views = {};
try {
  for (const path of PAGES) {
    const { first, repeat } = await visits(browser, `${base}${path}`);
    views[path] = {
      first_bytes: first.bytes, first_requests: first.requests.length,
      repeat_bytes: repeat.bytes, repeat_asked: repeat.asked,
    };
    console.error(`${path}: first visit ${first.bytes} bytes (${first.requests.join("; ")}), ` +
      `repeat ${repeat.bytes} bytes (${repeat.requests.join("; ")})`);
  }
  const port = Number(new URL(browser.wsEndpoint()).port);
  // In turns, so that a busy moment spreads over the pages, not onto one.
  for (let round = 1; round <= runs; round += 1) {
    for (const path of PAGES) {
      const { lhr } = await audit.run(lighthouse, `${base}${path}`, port);
      // A run Lighthouse could not finish (a trace it could not read, no
      // paint seen) has no scores: it is reported and left out, not a 0.
      if (lhr.runtimeError || audit.CATEGORIES.some((c) => lhr.categories[c].score === null)) {
        failed.push(`${path}: ${lhr.runtimeError?.code ?? "no score"}`);
        console.error(`round ${round} ${path}: no score (${lhr.runtimeError?.message ?? "a category has none"})`);
        continue;
      }
      const run = {
        scores: audit.scores(lhr),
        tbt_ms: lhr.audits["total-blocking-time"].numericValue,
        lcp_ms: lhr.audits["largest-contentful-paint"].numericValue,
        bytes: lhr.audits["total-byte-weight"].numericValue,
      };
      seen[path].push(run);
      console.error(`round ${round} ${path}: performance ${run.scores.performance}, ` +
        `TBT ${Math.round(run.tbt_ms)} ms, LCP ${Math.round(run.lcp_ms)} ms`);
    }
  }
} finally {
  await browser.close();
}

const pages = Object.fromEntries(PAGES.map((path) => {
  const all = seen[path];
  return [path, {
    views: views[path],
    runs: all.length,
    performance: all.map((r) => r.scores.performance),
    median: {
      ...Object.fromEntries(audit.CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))])),
      tbt_ms: Math.round(median(all.map((r) => r.tbt_ms))),
      lcp_ms: Math.round(median(all.map((r) => r.lcp_ms))),
      bytes: median(all.map((r) => r.bytes)),
    },
  }];
}));
const date = new Date().toISOString().replace("T", " ").slice(0, 16) + " UTC";
const run = { command, date, loadavg_before: loadBefore, loadavg_after: loadavg(), failed_runs: failed, pages };
writeFileSync(out, `${JSON.stringify({ pages: run }, null, 2)}\n`);
for (const [path, page] of Object.entries(pages)) {
  console.log(`${path}: performance median ${page.median.performance} of ${page.performance.join(", ")}`);
}
