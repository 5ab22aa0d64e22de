/**
 * The HTTP endpoint's ceiling, for the benchmark: a bare `node:http` server that reads the body, verifies the same
 * Ed25519 signature with the same verifier as Briefing, and answers fixed JSON. Nothing Briefing does on top
 * (replay guard, parsing, answering, rendering, logging) is here, so its throughput bounds Briefing's.
 * Env: DISCORD_PUBLIC_KEY, PORT.
 */
import { createServer } from 'node:http';
import { createSignatureVerifier } from '../../src/transports/http/verify-signature.js';

const verify = createSignatureVerifier(process.env.DISCORD_PUBLIC_KEY ?? '');
const reply = JSON.stringify({ type: 4, data: { content: 'ok', allowed_mentions: { parse: [] } } });
const server = createServer({ keepAliveTimeout: 5_000 }, (request, response) => {
	const chunks: Buffer[] = [];
	request.on('data', (chunk: Buffer) => chunks.push(chunk));
	request.on('end', () => {
		const signature = request.headers['x-signature-ed25519'];
		const timestamp = request.headers['x-signature-timestamp'];
		const ok = typeof signature === 'string' && typeof timestamp === 'string';
		const status = ok && verify(signature, timestamp, Buffer.concat(chunks)) ? 200 : 401;
		response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply) });
		response.end(reply);
	});
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stderr.write('listening\n'));
process.on('SIGTERM', () => process.exit(0));
