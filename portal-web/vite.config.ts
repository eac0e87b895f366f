import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    port: 5173,
    strictPort: true,
    // @portico/web-shared is linked source outside this app: SvelteKit's allow list omits it.
    fs: { allow: ['../web-shared'] },
  },
  preview: { port: 4173, strictPort: true },
});
