import type {StorybookConfig} from '@storybook/web-components-vite';
import {mergeConfig} from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // Pre-bundled together, or Storybook's own Lit and ours load twice ("Multiple versions of Lit loaded").
      optimizeDeps: {
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directive.js',
          'lit/directive-helpers.js',
          'lit/static-html.js',
          'lit/async-directive.js',
          'lit/directives/unsafe-html.js',
          '@lit/localize',
          '@wc-toolkit/storybook-helpers',
        ],
      },
    }),
};

export default config;
