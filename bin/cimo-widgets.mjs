#!/usr/bin/env node
// cimo-widgets prerender PAGE.html: writes PAGE.html to standard output with every cimo-widgets
// element's content prerendered as declarative shadow DOM (see cimo-widgets/ssr).
import {readFile} from 'node:fs/promises';

const usage = `Usage: cimo-widgets prerender PAGE.html > OUT.html
  Writes PAGE.html (or standard input for -) with every cimo-* element's content rendered
  inside it as <template shadowrootmode="open">, in the language of the page's <html lang>.
  Everything else is copied byte for byte. Warnings about invalid attributes go to stderr.`;

const [command, path, ...extra] = process.argv.slice(2);
if (command === '--help' || command === '-h') {
  console.log(usage);
} else if (command !== 'prerender' || !path || extra.length) {
  console.error(usage);
  process.exitCode = 2;
} else {
  let page;
  try {
    page = await readFile(path === '-' ? process.stdin.fd : path, 'utf8');
  } catch (error) {
    console.error(`cimo-widgets: cannot read ${path}: ${error.message}`);
    process.exitCode = 1;
  }
  if (page !== undefined) {
    const {prerenderPage} = await import('../lib/ssr/index.js');
    process.stdout.write((await prerenderPage(page)).html);
  }
}
