// `npm run build`: the entry points bundled for Node 20 by esbuild, packages with native parts or data of their own
// left external.
import { dirname } from 'node:path';
import { build } from 'esbuild';

/**
 * Zod re-exports its sixty-odd locales as one namespace, which esbuild cannot shake: they were half the bundle's
 * zod, parsed at every start. Briefing words its own messages; zod's English, which it sets by default, is the only
 * locale kept.
 */
const zodEnglishOnly = {
	name: 'zod-english-only',
	setup(bundle) {
		bundle.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
			contents: "export { default as en } from './en.js';",
			resolveDir: dirname(args.path),
			loader: 'js',
		}));
	},
};

await build({
	entryPoints: [
		'src/main.ts',
		'src/cli.ts',
		'src/http.ts',
		'src/sharded.ts',
		'src/register-commands.ts',
		'src/build-lexicon.ts',
		'src/knowledge-cli.ts',
	],
	bundle: true,
	platform: 'node',
	format: 'esm',
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
	target: 'node20',
	external: ['discord.js', 'discord-api-types', 'compromise', 'dotenv'],
	outdir: 'dist',
	logLevel: 'warning',
	plugins: [zodEnglishOnly],
});
