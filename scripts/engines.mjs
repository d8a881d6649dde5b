// The three engines the test suite runs in, all from the system's packages (Debian: chromium,
// firefox-esr, webkit2gtk-driver, xvfb): Chromium and Firefox through puppeteer-core (Firefox
// over WebDriver BiDi, no geckodriver needed), WebKitGTK's MiniBrowser through WebKitWebDriver,
// which this launcher starts under its own Xvfb display and stops at the end.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import puppeteer from 'puppeteer-core';
import {chromeLauncher} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {chromiumArgs, chromiumPath} from './chromium.mjs';

const firstExisting = (what, install, candidates) => {
  const path = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!path) throw new Error(`No ${what} found: install ${install} or set the variable named in scripts/engines.mjs.`);
  return path;
};

const named = (launcher, name) => Object.assign(launcher, {name});

export function chromium() {
  return named(
    chromeLauncher({launchOptions: {executablePath: chromiumPath(), headless: true, args: chromiumArgs}}),
    'Chromium'
  );
}

export function firefox() {
  const executablePath = firstExisting('Firefox', 'firefox-esr', [
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
  ]);
  return named(chromeLauncher({puppeteer, launchOptions: {browser: 'firefox', executablePath, headless: true}}), 'Firefox');
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Starts Xvfb on a display number it picks itself; resolves with ":N" and the process. */
const startXvfb = () =>
  new Promise((resolve, reject) => {
    // -displayfd 3: Xvfb writes the display number it took on fd 3 once it accepts clients.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({display: `:${out.trim()}`, process: xvfb});
    });
  });

/** Resolves once something listens on `port` (the driver takes a moment to bind). */
async function listening(port, timeout = 15000) {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

export function webkit() {
  const driverPath = firstExisting('WebKitWebDriver', 'webkit2gtk-driver', [
    process.env.WEBKIT_WEBDRIVER_PATH,
    '/usr/bin/WebKitWebDriver',
  ]);
  const miniBrowser = firstExisting('MiniBrowser', 'webkit2gtk-driver', [
    process.env.MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
  const children = [];
  const stopChildren = () => children.splice(0).reverse().forEach((child) => child.kill());
  process.once('exit', stopChildren);

  let inner;
  const launcher = {
    name: 'WebKit',
    type: 'webdriver',
    async initialize(config, testFiles) {
      // A display of our own unless the caller gave one (a desktop session, or CI's own Xvfb).
      let display = process.env.DISPLAY;
      if (!display) {
        const xvfb = await startXvfb();
        children.push(xvfb.process);
        display = xvfb.display;
      }
      const port = await freePort();
      const driver = spawn(driverPath, [`--port=${port}`], {env: {...process.env, DISPLAY: display}, stdio: 'ignore'});
      children.push(driver);
      await listening(port);
      inner = webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {binary: miniBrowser, args: ['--automation']},
          // WebKitWebDriver 2.50 answers "Failed to match capabilities" to a BiDi session.
          'wdio:enforceWebDriverClassic': true,
        },
      });
      await inner.initialize(config, testFiles);
    },
    async stop() {
      await inner?.stop();
      stopChildren();
    },
  };
  const delegated = ['startSession', 'isActive', 'getBrowserUrl', 'stopSession', 'startDebugSession', 'sendKeys',
    'sendMouseMove', 'sendMouseClick', 'sendMouseDown', 'sendMouseUp', 'resetMouse', 'takeScreenshot'];
  for (const method of delegated) launcher[method] = (...args) => inner[method](...args);
  return launcher;
}

const engines = {chromium, firefox, webkit};

/**
 * The engines named in CIMO_ENGINES (comma-separated: chromium, firefox, webkit), all three by
 * default; Chromium is always the first one.
 */
export function selectedEngines() {
  const names = (process.env.CIMO_ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(name in engines));
  if (unknown.length) throw new Error(`CIMO_ENGINES: unknown ${unknown.join(', ')}; valid: ${Object.keys(engines).join(', ')}`);
  return names.map((name) => ({name, launcher: engines[name]()}));
}
