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
    rolldownOptions: {
      output: {
        // Vendor chunks change rarely, so browsers keep them cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/ },
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
