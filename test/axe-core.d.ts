// axe-core's browser build registers window.axe; it has no ES module types.
declare module 'axe-core/axe.min.js';
