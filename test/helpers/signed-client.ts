import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** An Ed25519 key pair made for the test, standing in for Discord's signing key and the app's public key. */
export function createTestKeys(): { publicKeyHex: string; privateKey: KeyObject } {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	const der = publicKey.export({ format: 'der', type: 'spki' });
	return { publicKeyHex: der.subarray(-32).toString('hex'), privateKey };
}

export interface SignedResponse {
	readonly status: number;
	readonly body: unknown;
}

/** Posts a body to the endpoint signed as Discord signs it (Ed25519 over timestamp + body). */
export async function postSigned(
	url: string,
	privateKey: KeyObject,
	body: string,
	options: { timestamp?: number; tamper?: (body: string) => string; signature?: string | null } = {},
): Promise<SignedResponse> {
	const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
	const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
	const headers: Record<string, string> = { 'content-type': 'application/json', 'x-signature-timestamp': timestamp };
	if (options.signature !== null) headers['x-signature-ed25519'] = options.signature ?? signature;
	const response = await fetch(url, { method: 'POST', headers, body: options.tamper?.(body) ?? body });
	const text = await response.text();
	return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}
