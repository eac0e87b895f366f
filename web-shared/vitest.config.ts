// The dictionaries test imports the apps' TypeScript (app-dictionaries.test.ts). Their tsconfig
// extends .svelte-kit/tsconfig.json, which exists only after `svelte-kit sync`: on a fresh clone
// this suite can run first, so the transform is told not to look for a tsconfig (nothing here needs one).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { tsconfig: false },
});
