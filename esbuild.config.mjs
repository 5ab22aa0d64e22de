// `npm run build`: the entry points bundled for Node 20 by esbuild, packages with native parts or data of their own
// left external.
import { build } from 'esbuild';

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
});
