// A web-test-runner command, `emulate-media-features`, for the media features the stock
// emulateMedia command cannot set in Chromium through puppeteer (forced-colors among them).
export function mediaFeaturesPlugin() {
  // Emulation lasts as long as its CDP session: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {features: payload.features ?? []});
      return true;
    },
  };
}
