// `npm start`: serves the demo page, which loads only the built CDN file, as a webmaster would.
export default {
  rootDir: '.',
  port: 8000,
  hostname: '127.0.0.1',
  appIndex: 'demo/index.html',
  open: false,
  watch: false,
};
