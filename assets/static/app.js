// Keeps the server-rendered clock ticking in the server's configured zone.
// The visitor's own zone is never used: the page carries the server's instant
// and the zone's UTC offset, and every reading is done with UTC getters.
"use strict";
(function () {
  const root = document.getElementById("clock");
  if (!root) return;
  // The page's language's names and date pattern, as the server wrote them.
  const DAYS = root.dataset.weekdays.split(",");
  const MONTHS = root.dataset.months.split(",");
  const DATE_PATTERN = root.dataset.datePattern;
  const RESYNC_MS = 60000;
  const timeEl = document.getElementById("time");
  const dateEl = document.getElementById("date");
  const labelEl = document.getElementById("zone-label");

  let skew = Number(root.dataset.epochMs) - Date.now();
  let offsetSeconds = Number(root.dataset.offsetSeconds);
  let abbreviation = root.dataset.abbreviation;
  let utcOffset = root.dataset.utcOffset;

  const pad = (n) => String(n).padStart(2, "0");

  function render() {
    const local = new Date(Date.now() + skew + offsetSeconds * 1000);
    timeEl.textContent = pad(local.getUTCHours()) + ":" + pad(local.getUTCMinutes()) + ":" +
      pad(local.getUTCSeconds());
    dateEl.textContent = DATE_PATTERN
      .replace("{weekday}", DAYS[local.getUTCDay()])
      .replace("{day}", String(local.getUTCDate()))
      .replace("{month}", MONTHS[local.getUTCMonth()])
      .replace("{year}", String(local.getUTCFullYear()));
    labelEl.textContent = abbreviation + ", UTC" + utcOffset;
  }

  function tick() {
    render();
    const serverNow = Date.now() + skew;
    setTimeout(tick, 1000 - (serverNow % 1000) + 5);
  }

  async function resync() {
    try {
      const sent = Date.now();
      const response = await fetch("/api/time", { cache: "no-store" });
      if (!response.ok) return;
      const body = await response.json();
      const received = Date.now();
      const serverMs = Date.parse(body.utc_datetime);
      skew = serverMs + (received - sent) / 2 - received;
      offsetSeconds = body.raw_offset + body.dst_offset;
      abbreviation = body.abbreviation;
      utcOffset = body.utc_offset;
      render();
    } catch (_) {
      // Offline for a moment: keep ticking on the last known skew.
    }
  }

  tick();
  setInterval(resync, RESYNC_MS);
})();
