// `pretest:e2e`: the end-to-end tests need a Chromium. Debian's (or CHROMIUM_PATH) is used where it
// exists, as playwright.config.ts does; otherwise Playwright's own build, which is downloaded here once
// so that a fresh clone needs nothing but `npm ci` and `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const system = candidates.find((p) => !!p && existsSync(p));
if (system) {
  console.log(`e2e browser: ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`e2e browser: Playwright's Chromium (${chromium.executablePath()})`);
} else {
  console.log("e2e browser: none found; installing Playwright's Chromium (npx playwright install chromium)");
  const run = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('e2e browser: the install failed; set CHROMIUM_PATH to a Chromium or Chrome binary');
    process.exit(1);
  }
}
