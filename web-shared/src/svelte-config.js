// The SvelteKit config both web apps use: adapter-node, runes, and the page templates in this package.
import { fileURLToPath } from 'node:url';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @returns {import('@sveltejs/kit').Config} */
export function porticoSvelteConfig() {
  return {
    preprocess: vitePreprocess(),
    compilerOptions: {
      // Runes mode for our own components; dependencies keep whatever mode they were written in.
      runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true),
    },
    kit: {
      adapter: adapter(),
      files: {
        appTemplate: fileURLToPath(new URL('./app.html', import.meta.url)),
        errorTemplate: fileURLToPath(new URL('./error.html', import.meta.url)),
      },
    },
  };
}
