// What a visitor's browser fetches for a page, counted on the wire through
// the DevTools protocol: a first visit with an empty cache, up to the
// clock's first tick, and a repeat visit with what the first left in the
// cache. Bytes are what Chromium received (headers and compressed bodies:
// Network.loadingFinished's encodedDataLength). The same counts on any
// machine: no timing is judged.
//
//   import { visits } from "./views.mjs";
//   const { first, repeat } = await visits(browser, "http://127.0.0.1:8000/");

/** Every request `page` makes while `during` runs: url, bytes, whether the cache answered. */
async function recording(page, during) {
  const cdp = await page.createCDPSession();
  await cdp.send("Network.enable");
  const seen = new Map();
  cdp.on("Network.requestWillBeSent", (event) => {
    seen.set(event.requestId, { url: event.request.url, bytes: 0, cached: false, status: 0 });
  });
  cdp.on("Network.requestServedFromCache", (event) => {
    const request = seen.get(event.requestId);
    if (request) request.cached = true;
  });
  cdp.on("Network.responseReceived", (event) => {
    const request = seen.get(event.requestId);
    if (request) {
      request.status = event.response.status;
      request.cached ||= event.response.fromDiskCache || event.response.fromMemoryCache;
    }
  });
  cdp.on("Network.loadingFinished", (event) => {
    const request = seen.get(event.requestId);
    if (request) request.bytes = event.encodedDataLength;
  });
  await during();
  await cdp.detach();
  return [...seen.values()];
}

/** Loads `url` in `page` and waits for the clock's first tick. */
async function untilTheClockTicks(page, url) {
  await page.goto(url, { waitUntil: "load" });
  const drawn = await page.$eval("#time", (el) => el.textContent);
  await page.waitForFunction((first) => document.getElementById("time").textContent !== first,
    { timeout: 5000 }, drawn);
}

function summary(requests) {
  return {
    bytes: requests.reduce((sum, r) => sum + r.bytes, 0),
    requests: requests.map((r) => `${new URL(r.url).pathname}${r.cached ? " (cache)" : ""} ${r.bytes} B`),
    // What went to the server: neither taken from the cache nor the
    // page's own measuring of the clock.
    asked: requests.filter((r) => !r.cached).map((r) => new URL(r.url).pathname),
  };
}

/**
 * The first and the repeat visit of `url`, in a browser context of its own
 * (an empty cache, shared by the two visits).
 */
export async function visits(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const first = await recording(page, () => untilTheClockTicks(page, url));
    const repeat = await recording(page, () => untilTheClockTicks(page, url));
    return { first: summary(first), repeat: summary(repeat) };
  } finally {
    await context.close();
  }
}
