// Keeps the server-rendered clock ticking in the page's zone. The visitor's
// own zone never changes the clock: the page carries the server's instant and
// the zone's UTC offset, and every reading is done with UTC getters. Beside
// it, "your time": the visitor's zone and how far the page's zone is from it,
// in the phrases the page carries in #yours's data attributes. Below it, how
// far the visitor's own clock is off, measured against the server's the NTP
// way, in the phrases of #offset; from then on the clock ticks on the
// server's time, not the visitor's.
"use strict";
(function () {
  const root = document.getElementById("clock");
  if (!root) return;
  // The page's language's names and date pattern, as the server wrote them.
  const DAYS = root.dataset.weekdays.split(",");
  const MONTHS = root.dataset.months.split(",");
  const DATE_PATTERN = root.dataset.datePattern;
  const RESYNC_MS = 60000;
  // Round trips per measurement: the one with the shortest wins.
  const SAMPLES = 5;
  const timeEl = document.getElementById("time");
  const dateEl = document.getElementById("date");
  const labelEl = document.getElementById("zone-label");
  const yoursEl = document.getElementById("yours");
  const offsetEl = document.getElementById("offset");
  const lang = document.documentElement.lang || "en";

  // The server's time minus the visitor's, in milliseconds: first from the
  // page (late by however long it took to arrive), then measured.
  let skew = Number(root.dataset.epochMs) - Date.now();
  let offsetSeconds = Number(root.dataset.offsetSeconds);
  let abbreviation = root.dataset.abbreviation;
  let utcOffset = root.dataset.utcOffset;

  const pad = (n) => String(n).padStart(2, "0");
  const fill = (phrase, values) =>
    phrase.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));

  // The visitor's zone and the page language's plural rules. Temporal names
  // the zone without what Intl.DateTimeFormat loads on its first use (the
  // browser's date formats: a hundred milliseconds on a slow phone), which
  // stays the way for browsers without Temporal; either way it waits until
  // the clock is on screen (see the end).
  let visitorZone = "";
  let plurals = null;

  function learnVisitor() {
    try {
      visitorZone = typeof Temporal === "object"
        ? Temporal.Now.timeZoneId()
        : Intl.DateTimeFormat().resolvedOptions().timeZone || "";
      plurals = new Intl.PluralRules(lang);
    } catch (_) {
      // No Intl: the difference is still known from the offset.
      plurals = { select: (n) => (n === 1 ? "one" : "other") };
    }
    render();
  }

  // "2 hours", "1 hour", "45 minutes": CLDR's words for the plural
  // category of n (the page carries only the categories its language
  // writes otherwise than "other").
  function amount(unit, n) {
    const words = yoursEl.dataset;
    const form = plurals.select(n);
    const key = unit + form.charAt(0).toUpperCase() + form.slice(1);
    return fill(words[key] || words[unit + "Other"], { n: n });
  }

  // "5 hours, 30 minutes", joined as the page's language joins units.
  function difference(minutes) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours && rest) {
      return fill(yoursEl.dataset.unitList,
        { 0: amount("hour", hours), 1: amount("minute", rest) });
    }
    return rest ? amount("minute", rest) : amount("hour", hours);
  }

  function renderYours(now) {
    if (!yoursEl || !plurals) return;
    const visitor = new Date(now);
    const visitorOffset = -visitor.getTimezoneOffset();
    const ahead = Math.round(offsetSeconds / 60) - visitorOffset;
    const words = yoursEl.dataset;
    const time = pad(visitor.getHours()) + ":" + pad(visitor.getMinutes());
    const zone = visitorZone || "UTC" + (visitorOffset < 0 ? "-" : "+") +
      pad(Math.floor(Math.abs(visitorOffset) / 60)) + ":" + pad(Math.abs(visitorOffset) % 60);
    const relation = fill(ahead === 0 ? words.same : ahead > 0 ? words.ahead : words.behind,
      { place: words.place, difference: difference(Math.abs(ahead)) });
    yoursEl.textContent = fill(words.yours, { time: time, zone: zone }) + " " + relation;
    yoursEl.hidden = false;
  }

  function render() {
    const now = Date.now() + skew;
    const local = new Date(now + offsetSeconds * 1000);
    timeEl.textContent = pad(local.getUTCHours()) + ":" + pad(local.getUTCMinutes()) + ":" +
      pad(local.getUTCSeconds());
    dateEl.textContent = DATE_PATTERN
      .replace("{weekday}", DAYS[local.getUTCDay()])
      .replace("{day}", String(local.getUTCDate()))
      .replace("{month}", MONTHS[local.getUTCMonth()])
      .replace("{year}", String(local.getUTCFullYear()));
    labelEl.textContent = abbreviation + ", UTC" + utcOffset;
    renderYours(now);
  }

  function tick() {
    render();
    const serverNow = Date.now() + skew;
    setTimeout(tick, 1000 - (serverNow % 1000) + 5);
  }

  // One round trip to /api/clock. The server read its clock somewhere
  // between sending and receiving; taking the middle, the visitor's clock
  // is off by at most half the round trip (plus a millisecond, Date's step),
  // plus the server's own error while its clock is synchronized.
  async function sample() {
    const started = performance.now();
    const sent = Date.now();
    const response = await fetch("/api/clock", { cache: "no-store" });
    const roundTrip = performance.now() - started;
    if (!response.ok) throw new Error(String(response.status));
    const server = await response.json();
    return {
      roundTrip: roundTrip,
      skew: server.unix_ms - (sent + roundTrip / 2),
      accuracy: roundTrip / 2 + 1 + (server.synchronized ? server.max_error_ms : 0),
      synchronized: server.synchronized,
    };
  }

  // Several round trips, one after another; the shortest is the least
  // delayed by the network, so its middle is the closest.
  async function measure() {
    let best = null;
    for (let i = 0; i < SAMPLES; i++) {
      try {
        const next = await sample();
        if (best === null || next.roundTrip < best.roundTrip) best = next;
      } catch (_) {
        // A lost round trip: the others still count.
      }
    }
    if (best === null) return;
    skew = best.skew;
    renderOffset(best);
    render();
  }

  // A number with the page language's decimal sign, as the server wrote it:
  // Intl.NumberFormat would load the browser's number formats for it.
  function decimal(value, digits) {
    return value.toFixed(digits).replace(".", offsetEl.dataset.decimal || ".");
  }

  // "Your clock is 1.3 s behind (±0.012 s)." The offset in tenths, which a
  // visitor can see; the accuracy rounded up, never tighter than measured.
  // Within its accuracy, or under a twentieth, the clock is exact.
  function renderOffset(best) {
    const words = offsetEl.dataset;
    const seconds = best.skew / 1000;
    const accuracy = best.accuracy / 1000;
    const digits = accuracy < 0.1 ? 3 : 2;
    const bound = Math.ceil(accuracy * 10 ** digits) / 10 ** digits;
    const exact = Math.abs(seconds) < Math.max(0.05, accuracy);
    const phrase = exact ? words.exact : seconds > 0 ? words.behind : words.ahead;
    let text = fill(phrase, {
      amount: decimal(Math.abs(seconds), 1), accuracy: decimal(bound, digits),
    });
    if (best.synchronized === false) text += " " + words.unsynchronized;
    offsetEl.textContent = text;
    offsetEl.hidden = false;
  }

  // Every minute: the clock measured again, and the zone's offset and
  // abbreviation, which change when daylight saving time begins or ends.
  async function resync() {
    await measure();
    try {
      const response = await fetch("/api/timezone/" + root.dataset.zone, { cache: "no-store" });
      if (!response.ok) return;
      const body = await response.json();
      offsetSeconds = body.raw_offset + body.dst_offset;
      abbreviation = body.abbreviation;
      utcOffset = body.utc_offset;
      const title = document.getElementById("zone-title");
      const name = title && (body.dst ? title.dataset.daylight : title.dataset.standard);
      if (name) title.textContent = name;
      render();
    } catch (_) {
      // Offline for a moment: keep ticking on what is known.
    }
  }

  tick();
  setTimeout(learnVisitor, 0);
  setTimeout(measure, 0);
  setInterval(resync, RESYNC_MS);
})();

// The picker's suggestions: every zone name with its place's name in the
// page's language (which browsers match too), loaded from the list the
// datalist names when the field is first used, not sent in every page. The
// list's path changes with its content, so a browser keeps it for good.
// Without JavaScript the picker still works: /zone takes any name typed.
(function () {
  const input = document.getElementById("picker-name");
  const list = document.getElementById("zone-names");
  if (!input || !list || !list.dataset.src) return;
  let loading = null;
  function load() {
    loading = loading || fetch(list.dataset.src)
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((zones) => {
        const options = document.createDocumentFragment();
        for (const [name, place] of zones) {
          const option = document.createElement("option");
          option.value = name;
          option.label = place;
          options.append(option);
        }
        list.append(options);
      })
      .catch(() => {
        // Try again on the next use.
        loading = null;
      });
  }
  input.addEventListener("focus", load);
  input.addEventListener("pointerenter", load);
})();
