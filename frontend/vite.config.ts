import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The Quarkus backend serves the REST API under /api and health/metrics under /q.
const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': backend,
      '/q': backend,
    },
  },
  build: {
    // ECharts (heat map and lines only) is 520 kB minified, loaded with 总览 alone; what the first load may
    // weigh is checked by scripts/bundle-size.mjs after every build.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Pages load on demand (src/app/routes.tsx), and so does what only they use: antd is left to the
        // bundler's own splitting, so the first load carries only the parts the shell needs (Layout, Menu,
        // Modal…) and Table, DatePicker, Tree, Upload… come with the pages that use them. React and ECharts
        // change rarely and are big: their own chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    setupFiles: ['src/test/setup.ts'],
    // Component tests drive antd in jsdom; with every file running in parallel on a 2-CPU machine one
    // takes several seconds, past vitest's default 5 s.
    testTimeout: 20_000,
    reporters: ['default', './src/test/countReporter.ts'],
  },
});
