import { createPublicKey, verify } from 'node:crypto';

// DER header of an Ed25519 SubjectPublicKeyInfo; Discord gives the raw 32-byte key as hex.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Checks Discord's signature of a request: Ed25519 over the timestamp header followed by the raw body. */
export type SignatureVerifier = (signatureHex: string, timestamp: string, body: Buffer) => boolean;

/** Builds a verifier for the application's public key (hex, from the Developer Portal), with Node's own crypto. */
export function createSignatureVerifier(publicKeyHex: string): SignatureVerifier {
	if (!/^[0-9a-f]{64}$/iu.test(publicKeyHex)) throw new Error('verifySignature: the public key must be 64 hex digits');
	const key = createPublicKey({
		key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
		format: 'der',
		type: 'spki',
	});
	return (signatureHex, timestamp, body) => {
		if (!/^[0-9a-f]{128}$/iu.test(signatureHex)) return false;
		return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
	};
}
