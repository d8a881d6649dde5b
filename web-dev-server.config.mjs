// `npm start`: serves the demo page, which loads only the built CDN file, as a webmaster would.
export default {
  rootDir: '.',
  port: 8000,
  hostname: '127.0.0.1',
  open: false,
  watch: false,
  middleware: [
    // The server's root is the repository; its front page is the demo.
    (ctx, next) => (ctx.path === '/' ? ctx.redirect('/demo/') : next()),
  ],
};
