// One Lighthouse run of a page, and how to read it: the checks that give the
// same answer on any machine, and the figures that are timings.
//
// Shared by tests/suites/browser/pages.mjs (which gates on the checks and
// prints the timings) and bench/pages.mjs (which reports the median
// performance score of several runs on an idle machine).
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/** Lighthouse's four categories, in its order. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** The categories whose score does not depend on how fast this machine is. */
export const STEADY_CATEGORIES = ["accessibility", "best-practices", "seo"];

/**
 * Performance audits that are timings: measured on this machine's CPU and
 * multiplied by the simulated slowdown, they move between runs of the same
 * page, so they are reported and never judged in a test.
 */
export const TIMINGS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "speed-index",
  "total-blocking-time",
  "max-potential-fid",
  "interactive",
  "cumulative-layout-shift",
  "server-response-time",
];

/** Most bytes a page may weigh with everything it loads (Lighthouse's total-byte-weight). */
export const MAX_PAGE_BYTES = 40 * 1024;

/** Most bytes an audit may say could be saved, for the byte audits below. */
export const MAX_SAVINGS_BYTES = 2 * 1024;

/**
 * Performance audits that count bytes or read the page's markup and
 * styles, not the clock: the same page gives the same answer on any
 * machine. Each is judged by what it found, never by its score, which
 * Lighthouse derives from a simulated load time.
 */
const BYTE_AUDITS = [
  "unused-javascript",
  "unused-css-rules",
  "unminified-javascript",
  "unminified-css",
  "modern-image-formats",
  "uses-optimized-images",
  "uses-responsive-images",
  "offscreen-images",
  "efficient-animated-content",
  "duplicated-javascript",
  "legacy-javascript",
  "uses-text-compression",
];

/** Loads Lighthouse from `modules` (a node_modules folder). */
export async function load(modules) {
  const require = createRequire(`${modules}/`);
  const puppeteer = require("puppeteer-core");
  const { default: lighthouse } = await import(pathToFileURL(require.resolve("lighthouse")).href);
  return { puppeteer, lighthouse };
}

/**
 * Runs Lighthouse's default (mobile, throttled) audit of `url` in the browser on `port`. A run
 * Lighthouse says went wrong itself (`runtimeError`, such as NO_NAVSTART: "Please run Lighthouse
 * again") is run again, twice at most, and said; the last run is returned, its error among
 * steadyProblems' if it has one.
 */
export async function run(lighthouse, url, port) {
  let result;
  for (let run = 1; run <= 3; run++) {
    result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
    });
    if (!result.lhr.runtimeError) break;
    console.log(`      lighthouse ${url}, run ${run}: ${result.lhr.runtimeError.code}`);
  }
  return { lhr: result.lhr, report: result.report };
}

/** Each category's score out of 100. */
export function scores(lhr) {
  return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
}

/** The timing audits as Lighthouse prints them: `total-blocking-time 120 ms`. */
export function timings(lhr) {
  return TIMINGS.filter((id) => lhr.audits[id])
    .map((id) => `${id} ${lhr.audits[id].displayValue ?? lhr.audits[id].numericValue}`);
}

/**
 * The other performance audits below 1, as Lighthouse prints them
 * (`uses-text-compression Potential savings of 18 KiB`): read, not judged.
 */
export function otherFindings(lhr) {
  return lhr.categories.performance.auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1 && !TIMINGS.includes(a.id) &&
      !BYTE_AUDITS.includes(a.id) &&
      !["informative", "notApplicable", "manual"].includes(a.scoreDisplayMode))
    .map((a) => `${a.id}${a.displayValue ? ` ${a.displayValue}` : ""}`);
}

/**
 * What is wrong with the page by the checks that do not depend on timing;
 * an empty list when nothing is.
 */
export function steadyProblems(lhr) {
  const problems = [];
  if (lhr.runtimeError) problems.push(`Lighthouse's own error ${lhr.runtimeError.code}`);
  for (const category of STEADY_CATEGORIES) {
    const score = lhr.categories[category].score;
    if (score !== 1) {
      const low = lhr.categories[category].auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a.score !== null && a.score < 1 &&
          !["informative", "notApplicable", "manual"].includes(a.scoreDisplayMode))
        .map((a) => a.id);
      problems.push(`${category} ${Math.round(score * 100)} (${low.join(", ")})`);
    }
  }
  const audits = lhr.audits;
  const weight = audits["total-byte-weight"]?.numericValue;
  if (weight === undefined || weight > MAX_PAGE_BYTES) {
    problems.push(`total-byte-weight ${weight} bytes (at most ${MAX_PAGE_BYTES})`);
  }
  for (const id of BYTE_AUDITS) {
    const saving = audits[id]?.details?.overallSavingsBytes ?? 0;
    if (saving > MAX_SAVINGS_BYTES) {
      problems.push(`${id} could save ${saving} bytes (at most ${MAX_SAVINGS_BYTES})`);
    }
  }
  // Render-blocking: the page's own stylesheet is the only resource that
  // may hold up the first paint; any script, or a second stylesheet, may not.
  const blocking = audits["render-blocking-resources"]?.details?.items ?? [];
  const others = blocking.map((item) => item.url).filter((url) => !/\/static\/[^/]*\.css$/.test(url));
  if (others.length > 0) problems.push(`render-blocking: ${others.join(", ")}`);
  // Cache policy: every script, style and image the page loads is kept
  // (its hashed name makes it immutable), so none is listed.
  const shortLived = audits["uses-long-cache-ttl"]?.details?.items ?? [];
  if (shortLived.length > 0) {
    problems.push(`uses-long-cache-ttl: ${shortLived.map((item) => item.url).join(", ")}`);
  }
  if (audits["font-display"] && audits["font-display"].score === 0) {
    problems.push("font-display: text invisible while a web font loads");
  }
  return problems;
}
