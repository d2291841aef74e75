// The pages in a real browser (headless Chromium, driven over DevTools):
// Lighthouse's checks that give the same answer on any machine, the visitor's
// own time with the browser's zone forced, the visitor's clock measured
// against a server whose clock is shifted, the page without JavaScript, the
// zone picker, and the dark theme; every page loaded must raise no
// Content-Security-Policy violation. Lighthouse's performance score and its
// timings are printed, never judged: they are measured on this machine's CPU
// and move between runs (bench/run.sh --pages reports their median).
//
//   node tests/suites/browser/pages.mjs BASE_URL NODE_MODULES REPORT_DIR \
//        SHIFTED_URL SHIFT_SECONDS FIXED_URL
//
// SHIFTED_URL is the same server with its clock SHIFT_SECONDS ahead of the
// browser's; FIXED_URL one whose clock started at 2026-12-07 12:00 UTC. Run by tests/suites/pages_browser.sh, which installs Lighthouse
// (whose puppeteer-core drives the browser), starts the servers and ends
// them all.
import { writeFileSync } from "node:fs";

import * as audit from "./lighthouse.mjs";
import { visits } from "./views.mjs";

/** Most bytes a first visit may transfer before the clock first ticks. */
const FIRST_VISIT_BYTES = 12 * 1024;

const [base, modules, reports, shifted, shiftArg, fixed] = process.argv.slice(2);
const shift = Number(shiftArg);
const { puppeteer, lighthouse } = await audit.load(modules);

let passed = 0;
let failed = 0;
function check(what, ok, detail = "") {
  if (ok) {
    passed += 1;
    console.log(`ok    ${what}`);
  } else {
    failed += 1;
    console.error(`FAIL  ${what}${detail ? `: ${detail}` : ""}`);
  }
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});

/** A new tab that records every CSP violation and console error it sees. */
async function tab() {
  const page = await browser.newPage();
  const problems = [];
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  return { page, problems };
}

try {
  // The watch for violations sees one: an inline script, which the policy
  // refuses, is reported.
  {
    const { page, problems } = await tab();
    await page.goto(`${base}/`, { waitUntil: "load" });
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.title = 'inline';";
      document.body.append(script);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    check("an inline script is refused and reported as a CSP violation",
      problems.some((p) => p.includes("CSP violation: script-src")) &&
        (await page.title()) !== "inline", problems.join("; "));
    await page.close();
  }

  // Lighthouse's default (mobile, throttled) run, once a page: accessibility,
  // best practices and SEO at 100, and the performance audits that count
  // bytes or read the markup (see lighthouse.mjs). The performance score
  // and the timings are printed for the reader.
  const port = Number(new URL(browser.wsEndpoint()).port);
  for (const path of ["/", "/Asia/Tokyo", "/?lang=ru", "/Europe/Moscow/vs/Asia/Tokyo", "/?lang=ar",
    "/Asia/Tokyo?lang=ja"]) {
    const { lhr, report } = await audit.run(lighthouse, `${base}${path}`, port);
    writeFileSync(`${reports}/lighthouse${path.replace(/[^A-Za-z0-9]+/g, "_")}.json`, report);
    const scores = audit.scores(lhr);
    const problems = audit.steadyProblems(lhr);
    const bytes = lhr.audits["total-byte-weight"].numericValue;
    check(`lighthouse ${path}: ${audit.STEADY_CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ")}, ` +
      `page ${bytes} bytes (at most ${FIRST_VISIT_BYTES}), byte audits clean`,
      problems.length === 0 && bytes <= FIRST_VISIT_BYTES, problems.join("; "));
    console.log(`      not judged: performance ${scores.performance}; ${audit.timings(lhr).join("; ")}`);
    const findings = audit.otherFindings(lhr);
    if (findings.length > 0) console.log(`      also found: ${findings.join("; ")}`);
  }

  // What a visitor's browser fetches: on a first visit, at most
  // FIRST_VISIT_BYTES before the clock ticks (compressed page, script,
  // style, icon, the clock's measuring); on a repeat visit, the page alone:
  // its script, style and icon come from the cache without a request.
  for (const path of ["/", "/Asia/Tokyo", "/?lang=ru"]) {
    const { first, repeat } = await visits(browser, `${base}${path}`);
    const pathname = new URL(`${base}${path}`).pathname;
    check(`a first visit of ${path} transfers ${first.bytes} bytes (at most ${FIRST_VISIT_BYTES})`,
      first.bytes <= FIRST_VISIT_BYTES, first.requests.join("; "));
    const asked = repeat.asked.filter((p) => !p.startsWith("/api/"));
    check(`a repeat visit of ${path} asks for the page alone (${repeat.bytes} bytes: ${asked.join(", ")})`,
      asked.length === 1 && asked[0] === pathname, repeat.requests.join("; "));
  }

  // The next clock change, or the last, as a visitor reads it, by name,
  // on the server whose clock libfaketime starts at 2026-12-07 12:00 UTC:
  // Havana on daylight time until November 2027 (tzdata 2026f), Moscow
  // unchanged since 2014, Casablanca's last change of 2026, Lord Howe's
  // half hour.
  for (const [path, wanted] of [
    ["/America/Havana", /^Clocks go back 1 hour on Sunday, 7 November 2027 at 01:00 \(CDT → CST\)\.$/],
    ["/Europe/Moscow", /^No clock change is planned; the last was on Sunday, 26 October 2014 \(UTC\+04:00 → UTC\+03:00\)\.$/],
    ["/Africa/Casablanca", /^No clock change is planned; the last was on Sunday, 20 September 2026 \(\+01 → \+00\)\.$/],
    ["/Australia/Lord_Howe", /^Clocks go back 30 minutes on Sunday, 4 April 2027 at 02:00 \(\+11 → \+1030\)\.$/],
    ["/Europe/Moscow?lang=ru", /^Последний перевод часов: воскресенье, 26 октября 2014\u202fг\. \(UTC\+04:00 → UTC\+03:00\); новый не запланирован\.$/],
  ]) {
    const { page, problems } = await tab();
    await page.goto(`${fixed}${path}`, { waitUntil: "load" });
    const text = await page.$eval("#change", (el) => el.textContent);
    const shown = await page.$eval("#change", (el) => el.checkVisibility());
    check(`the clock change on ${path}: "${text}"`, wanted.test(text) && shown, String(wanted));
    check(`no CSP violation or error on ${path}`, problems.length === 0, problems.join("; "));
    await page.close();
  }

  // Two places side by side, and the clock page's form that leads there,
  // without script.
  {
    const { page, problems } = await tab();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${base}/Europe/Moscow`, { waitUntil: "load" });
    await page.type("#compare-with", "tokyo");
    await Promise.all([page.waitForNavigation(), page.click("#compare-form button")]);
    const url = new URL(page.url());
    const difference = await page.$eval("#difference", (el) => el.textContent);
    const nine = await page.$$eval("#hours tbody tr", (rows) =>
      rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())).find((cells) => cells[0] === "09:00"));
    check(`"Compare with" tokyo on /Europe/Moscow, without script, leads to ${url.pathname}: "${difference}", 09:00 is ${nine?.[1]}`,
      url.pathname === "/Europe/Moscow/vs/Asia/Tokyo" && difference === "Tokyo is 6 hours ahead of Moscow." &&
        nine?.[1] === "15:00", problems.join("; "));
    await page.close();
  }

  // The visitor's own time, with the browser's zone forced. The zones have
  // no daylight saving time, so the differences hold all year. The page
  // names the zone with Temporal; the last two, as in a browser without it.
  // The amounts are CLDR's words in the plural form Chromium's
  // Intl.PluralRules picks (Arabic: 2 is "two", 6 "few", 13 "many"), joined
  // as the language joins units.
  for (const [zone, path, wanted, temporal] of [
    ["Asia/Tokyo", "/", "Moscow is 6 hours behind you.", true],
    ["Asia/Kolkata", "/", "Moscow is 2 hours, 30 minutes behind you.", true],
    ["Asia/Kolkata", "/?lang=ar", "ساعتان و30 دقيقة", true],
    ["Asia/Tokyo", "/?lang=ar", "6 ساعات", true],
    ["Pacific/Honolulu", "/?lang=ar", "13 ساعة", true],
    ["Asia/Kolkata", "/?lang=pl", "2 godziny i 30 minut", true],
    ["Asia/Kolkata", "/?lang=fr", "2\u00a0heures et 30 minutes", true],
    ["Asia/Kolkata", "/?lang=ja", "2 時間 30 分", true],
    ["Pacific/Honolulu", "/", "Moscow is 13 hours ahead of you.", true],
    ["Europe/Moscow", "/", "Moscow has the same time as you.", true],
    ["Asia/Kathmandu", "/Asia/Tokyo?lang=ru", "Токио опережает вас на 3 часа 15 минут.", true],
    ["Asia/Tokyo", "/?lang=ru", "Москва отстаёт от вас на 6 часов.", true],
    ["Asia/Kolkata", "/?lang=ru", "Москва отстаёт от вас на 2 часа 30 минут.", false],
    ["Pacific/Honolulu", "/", "Moscow is 13 hours ahead of you.", false],
  ]) {
    const { page, problems } = await tab();
    if (!temporal) await page.evaluateOnNewDocument(() => delete globalThis.Temporal);
    await page.emulateTimezone(zone);
    await page.goto(`${base}${path}`, { waitUntil: "load" });
    await page.waitForFunction(() => !document.getElementById("yours").hidden, { timeout: 5000 })
      .catch(() => {});
    const text = await page.$eval("#yours", (el) => (el.hidden ? "(hidden)" : el.textContent));
    // The visitor's time and zone where the page's phrase puts them.
    const phrase = await page.$eval("#yours", (el) => el.dataset.yours);
    const pattern = phrase.replace(/[.*+?^$()|[\]\\]/g, "\\$&")
      .replace("{time}", "\\d\\d:\\d\\d").replace("{zone}", "(.+?)");
    const time = new RegExp(`^${pattern} `).exec(text);
    // The zone by its name, whichever way the page learnt it.
    const instant = new Date();
    const clockIn = (timeZone) => {
      try {
        return instant.toLocaleString("en", { timeZone });
      } catch (_) {
        return null; // not a zone's name
      }
    };
    const reads = time === null ? null : clockIn(time[1]);
    const named = reads !== null && reads === clockIn(zone);
    const says = wanted.endsWith(".") ? text.endsWith(` ${wanted}`) : text.includes(wanted);
    check(`your time in ${zone} on ${path}${temporal ? "" : " without Temporal"}: "${text}"`,
      says && named, `wanted "${wanted}" and a zone with ${zone}'s time`);
    check(`no CSP violation or error on ${path}`, problems.length === 0, problems.join("; "));
    await page.close();
  }

  // The visitor's clock, measured against the server's: against a server
  // whose clock is `shift` seconds ahead, the page must say the visitor's
  // clock is that far behind, to within the accuracy it prints (plus the
  // half tenth its rounding may add), and tick on the server's time; against
  // a server whose clock is the browser's, "exact" or an offset within that
  // accuracy. While the server's own clock is unsynchronized, it says so.
  for (const [server, expected, path] of [
    [shifted, shift, "/"], [shifted, shift, "/?lang=ru"], [base, 0, "/"],
  ]) {
    const { page, problems } = await tab();
    await page.goto(`${server}${path}`, { waitUntil: "load" });
    await page.waitForFunction(() => !document.getElementById("offset").hidden, { timeout: 10000 })
      .catch(() => {});
    const shown = await page.evaluate(() => {
      const offset = document.getElementById("offset");
      return {
        text: offset.hidden ? "(hidden)" : offset.textContent,
        time: document.getElementById("time").textContent,
        offsetSeconds: Number(document.getElementById("clock").dataset.offsetSeconds),
        now: Date.now(),
      };
    });
    const served = await (await fetch(`${server}/api/clock`)).json();
    const said = /^(?:Your clock is|Ваши часы) (?:(exact|идут точно)|(?:(?:спешат|отстают) на )?([\d.,]+) (?:s|с)(?: (ahead|behind))?) \(±([\d.,]+) (?:s|с)\)\.( .+)?$/
      .exec(shown.text);
    const number = (text) => Number(text.replace(",", "."));
    // Numbers carry the language's decimal sign: 5.0 s, 5,0 с.
    const sign = path.includes("lang=ru") ? "," : ".";
    let ok = said !== null;
    let detail = "not the phrase of an offset";
    if (said && ![said[2], said[4]].every((n) => n === undefined || n.includes(sign))) {
      ok = false;
      detail = `the numbers are not written with "${sign}"`;
    } else if (said) {
      const exact = said[1] !== undefined;
      const behind = said[3] === "behind" || shown.text.includes("отстают");
      const measured = exact ? 0 : (behind ? 1 : -1) * number(said[2]);
      const accuracy = number(said[4]);
      const tolerance = accuracy + 0.05;
      ok = Math.abs(measured - expected) <= tolerance && (exact || Math.abs(expected) >= tolerance);
      detail = `measured ${measured} s, expected ${expected} s within ${tolerance.toFixed(3)} s`;
      // The warning follows the server's own clock.
      const warned = said[5] !== undefined;
      if (warned !== (served.synchronized === false)) {
        ok = false;
        detail += `; unsynchronized warning ${warned}, server ${JSON.stringify(served)}`;
      }
    }
    check(`the visitor's clock against ${expected ? `a server ${expected} s ahead` : "the same clock"} ` +
      `on ${path}: "${shown.text}"`, ok, detail);
    // The clock on screen is the server's: shift seconds ahead of the
    // browser's, give or take the second it was drawn in.
    const [h, m, sec] = shown.time.split(":").map(Number);
    const displayed = h * 3600 + m * 60 + sec;
    const wanted = Math.floor((shown.now + expected * 1000) / 1000 + shown.offsetSeconds) % 86400;
    const apart = Math.min(Math.abs(displayed - wanted), 86400 - Math.abs(displayed - wanted));
    check(`the ticking clock on ${path} shows the server's time (${shown.time}, ${apart} s apart)`,
      apart <= 1);
    check(`no CSP violation or error measuring the clock on ${path}`, problems.length === 0,
      problems.join("; "));
    await page.close();
  }

  // Without JavaScript nothing is lost: the time, date and zone are there,
  // and the visitor's time, which needs the browser's zone, stays hidden.
  {
    const { page } = await tab();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${base}/Asia/Tokyo`, { waitUntil: "load" });
    const shown = await page.evaluate(() => ({
      time: document.getElementById("time").textContent,
      date: document.getElementById("date").textContent,
      zone: document.getElementById("zone-name").textContent,
      yours: document.getElementById("yours").hidden,
    }));
    check(`without JavaScript /Asia/Tokyo shows ${JSON.stringify(shown)}`,
      /^\d\d:\d\d:\d\d$/.test(shown.time) && shown.date.length > 8 &&
        shown.zone === "Asia/Tokyo" && shown.yours);

    // The picker, submitted as a person would (the form's GET, then the
    // redirect, both allowed by form-action 'self').
    await page.goto(`${base}/`, { waitUntil: "load" });
    await page.type("#picker-name", "america/argentina/buenos_aires");
    await Promise.all([page.waitForNavigation(), page.click("#picker button")]);
    const landed = new URL(page.url());
    check(`the picker lands on ${landed.pathname}${landed.search}`,
      landed.pathname === "/America/Argentina/Buenos_Aires" &&
        (await page.title()) === "Time in Buenos Aires");

    // A name in Russian, typed into the Russian page's picker.
    await page.goto(`${base}/?lang=ru`, { waitUntil: "load" });
    await page.type("#picker-name", "Владивосток");
    await Promise.all([page.waitForNavigation(), page.click("#picker button")]);
    const russian = new URL(page.url());
    const title = await page.title();
    check(`the Russian picker takes «Владивосток» to ${russian.pathname}${russian.search} ("${title}")`,
      russian.pathname === "/Asia/Vladivostok" && russian.search === "?lang=ru" &&
        title === "Время: Владивосток");
    await page.close();
  }

  // Arabic right to left: the page mirrored (the picker's label after its
  // field, reading from the right), the clock and the zone's name left to
  // right; a city's Arabic name, typed into the Arabic picker, finds it.
  {
    const { page, problems } = await tab();
    const layout = async (path) => {
      await page.goto(`${base}${path}`, { waitUntil: "load" });
      return page.evaluate(() => {
        const label = document.querySelector("#picker label").getBoundingClientRect();
        const field = document.getElementById("picker-name").getBoundingClientRect();
        return {
          page: getComputedStyle(document.documentElement).direction,
          clock: getComputedStyle(document.getElementById("time")).direction,
          zone: getComputedStyle(document.getElementById("zone-name")).direction,
          labelLeft: label.left < field.left,
        };
      });
    };
    const english = await layout("/");
    const arabic = await layout("/?lang=ar");
    check(`the Arabic page is mirrored (${JSON.stringify(arabic)}; English ${JSON.stringify(english)})`,
      english.page === "ltr" && english.labelLeft && arabic.page === "rtl" && !arabic.labelLeft &&
        arabic.clock === "ltr" && arabic.zone === "ltr");
    await page.type("#picker-name", "طوكيو");
    await Promise.all([page.waitForNavigation(), page.click("#picker button")]);
    const tokyo = new URL(page.url());
    check(`the Arabic picker takes «طوكيو» to ${tokyo.pathname}${tokyo.search}`,
      tokyo.pathname === "/Asia/Tokyo" && tokyo.search === "?lang=ar");
    check("no CSP violation or error on the Arabic page", problems.length === 0, problems.join("; "));
    await page.close();
  }

  // With JavaScript, the picker's suggestions are loaded when the field is
  // first used: none in the page, every zone once it has the focus.
  {
    const { page, problems } = await tab();
    await page.goto(`${base}/`, { waitUntil: "load" });
    const before = await page.$$eval("#zone-names option", (options) => options.length);
    await page.focus("#picker-name");
    await page.waitForFunction(() => document.querySelectorAll("#zone-names option").length > 400,
      { timeout: 5000 }).catch(() => {});
    const after = await page.$$eval("#zone-names option", (options) => options.length);
    check(`the picker's suggestions load when it is used (${before} in the page, ${after} after focus)`,
      before === 0 && after > 400);
    const calcutta = await page.$eval('#zone-names option[value="Asia/Calcutta"]', (o) => o.label)
      .catch(() => "(none)");
    check(`a suggestion carries its place's name (Asia/Calcutta: ${calcutta})`, calcutta === "Kolkata");
    check("no CSP violation or error loading the suggestions", problems.length === 0, problems.join("; "));
    await page.close();
  }

  // The dark theme follows the system's preference.
  {
    const { page, problems } = await tab();
    const background = async (scheme) => {
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    await page.goto(`${base}/`, { waitUntil: "load" });
    const light = await background("light");
    const dark = await background("dark");
    check(`the page is light (${light}) or dark (${dark}) as the system prefers`,
      light === "rgb(246, 244, 239)" && dark === "rgb(18, 18, 18)");
    check("no CSP violation or error on the themed page", problems.length === 0, problems.join("; "));
    await page.close();
  }
} finally {
  await browser.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
