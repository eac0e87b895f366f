// The dictionaries test imports the apps' TypeScript (app-dictionaries.test.ts). Their tsconfig
// extends .svelte-kit/tsconfig.json, which exists only after `svelte-kit sync`: on a fresh clone
// this suite can run first, so the transform is told not to look for a tsconfig (nothing here needs one).
// The Svelte plugin compiles components for the tests that render one on the server (svelte/server).
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { tsconfig: false },
  plugins: [svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } })],
});
