import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** The console lives in web/; the rest of the tree is the system it shows. */
/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		files: {
			appTemplate: 'web/app.html',
			routes: 'web/routes',
			lib: 'web/lib',
			hooks: { server: 'web/hooks.server', client: 'web/hooks.client', universal: 'web/hooks' },
			assets: 'web/static',
			params: 'web/params',
			serviceWorker: 'web/service-worker'
		}
	}
};

export default config;
