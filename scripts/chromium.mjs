// The system Chromium every browser tool here uses (tests, story tests, screenshots, benches):
// no tool may download its own browser on this project's machines.
import {existsSync} from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** CHROME_PATH, or the first Chromium found where Debian, Ubuntu or macOS put it. */
export function chromiumPath() {
  const path = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!path) throw new Error('No Chromium found: install chromium (apt-get install chromium) or set CHROME_PATH.');
  return path;
}

/** Headless flags for root (no sandbox) on machines with no GPU and a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
