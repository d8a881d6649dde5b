import {defineConfig} from 'vite';

// React 19's automatic JSX runtime, without a React plugin (no fast refresh needed for a build).
export default defineConfig({oxc: {jsx: {runtime: 'automatic'}}});
