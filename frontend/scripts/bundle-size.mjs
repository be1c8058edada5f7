#!/usr/bin/env node
// Prints the gzip size of what the first load of the SPA fetches (index.html's entry script, every
// chunk it imports statically, its stylesheets) and of each chunk loaded later (a page opened, a chart
// drawn), and fails when the first load is over budget. Run after `vite build` (npm run build does).
// Usage: node scripts/bundle-size.mjs [dist]   (BUNDLE_BUDGET_KB overrides the budget, in kB of 1000 bytes as Vite prints them)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.BUNDLE_BUDGET_KB ?? 350);
const dist = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
const html = readFileSync(join(dist, 'index.html'), 'utf8');

/** A dist-relative path (`assets/x.js`) for an href or src of index.html or an import of a chunk. */
const distPath = (url, from = '') => posix.normalize(url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(from), url));

// What index.html loads itself: the entry script, what Vite preloads with it, the stylesheets.
const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => distPath(m[1]));
const linked = [...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g)].map((m) => distPath(m[1]));
if (entries.length === 0) {
  console.error(`bundle-size: no <script type="module" src=…> in ${join(dist, 'index.html')}`);
  process.exit(1);
}

// Static imports and re-exports of a chunk (`import{a}from"./b.js"`, `import"./c.js"`, `export{d}from"./e.js"`);
// a dynamic import( ) has a parenthesis after `import` and does not match.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.(?:js|css)|\/[^"']+\.(?:js|css))["']/g;

const initial = new Set();
const queue = [...entries, ...linked];
while (queue.length > 0) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) queue.push(distPath(m[1], file));
}

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file))).length / 1000;
const all = readdirSync(join(dist, 'assets'))
  .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
  .map((name) => `assets/${name}`);
const lazy = all.filter((file) => !initial.has(file));

const row = (kb, file) => `  ${kb.toFixed(2).padStart(9)} kB  ${file}`;
const sized = (files) => files.map((file) => ({ file, kb: gzipKb(file) })).sort((a, b) => b.kb - a.kb);
const initialSizes = sized([...initial]);
const total = initialSizes.reduce((sum, { kb }) => sum + kb, 0);

console.log(`\nbundle-size (${relative(process.cwd(), dist) || '.'}), gzip:`);
console.log('First load (index.html → entry, its static imports, stylesheets):');
for (const { file, kb } of initialSizes) console.log(row(kb, file));
console.log(`  ${total.toFixed(2).padStart(9)} kB  total (budget ${BUDGET_KB} kB)`);
console.log('Loaded on demand (lazy chunks):');
for (const { file, kb } of sized(lazy)) console.log(row(kb, file));

if (total > BUDGET_KB) {
  console.error(`\nbundle-size: the first load is ${total.toFixed(2)} kB gzip, over the ${BUDGET_KB} kB budget.`);
  process.exit(1);
}
