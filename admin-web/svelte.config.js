// Both web apps share one SvelteKit config (adapter-node, runes, the page templates): see @portico/web-shared.
import { porticoSvelteConfig } from '@portico/web-shared/svelte-config';

export default porticoSvelteConfig();
