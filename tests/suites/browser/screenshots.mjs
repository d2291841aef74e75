// The README's pictures of the zone page with its clock change and sun,
// two places side by side (dark), and the Russian page of a polar night,
// taken in headless Chromium: docs/images/people*.png; and the page in each
// language, at a city where it is spoken, seen from New York:
// docs/images/languages/<code>.png (docs/pages.md).
//
//   bash tests/suites/browser/screenshots.sh
import { createRequire } from "node:module";

const [base, modules, out] = process.argv.slice(2);
const require = createRequire(`${modules}/`);
const puppeteer = require("puppeteer-core");

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  for (const [file, path, scheme, zone] of [
    ["people.png", "/Europe/Berlin", "light", "America/New_York"],
    ["people-dark.png", "/Europe/Moscow/vs/Asia/Tokyo", "dark", "Europe/Moscow"],
    ["people-ru.png", "/Arctic/Longyearbyen?lang=ru", "light", "Europe/Moscow"],
    ...[
      ["en", "Europe/London"], ["ru", "Europe/Moscow"], ["de", "Europe/Berlin"],
      ["fr", "Europe/Paris"], ["es", "Europe/Madrid"], ["pt", "America/Sao_Paulo"],
      ["it", "Europe/Rome"], ["uk", "Europe/Kyiv"], ["pl", "Europe/Warsaw"],
      ["tr", "Europe/Istanbul"], ["zh", "Asia/Shanghai"], ["ja", "Asia/Tokyo"],
      ["hi", "Asia/Kolkata"], ["ar", "Africa/Cairo"],
    ].map(([lang, zone]) => [`languages/${lang}.png`, `/${zone}?lang=${lang}`, "light", "America/New_York"]),
  ]) {
    const page = await browser.newPage();
    const small = file.startsWith("languages/");
    await page.setViewport(small ? { width: 720, height: 620 }
      : { width: 900, height: path.includes("/vs/") ? 1000 : 760 });
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await page.emulateTimezone(zone);
    await page.goto(`${base}${path}`, { waitUntil: "load" });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await page.screenshot({ path: `${out}/${file}` });
    console.log(`${out}/${file}: ${path}, ${scheme}`);
    await page.close();
  }
} finally {
  await browser.close();
}
