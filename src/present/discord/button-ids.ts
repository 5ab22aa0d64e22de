import type { Citation, PassageRef } from '../../core/reply.js';
import { DISCORD_LIMITS } from './limits.js';

/**
 * The button protocol: Briefing's buttons carry their whole state in their custom id ("more:12.2,26.5",
 * "para:12"), so they keep working after a restart with nothing stored. An id comes back as untrusted text (a
 * modified client can click a button with any id it likes), so decoding accepts only the exact shapes encoding
 * writes, within bounds.
 */
export const BUTTON_PREFIX = { more: 'more:', paragraph: 'para:' } as const;

/** What a button asks for, once its id is decoded. */
export type ButtonAction =
	| { readonly kind: 'more'; readonly passages: readonly PassageRef[] }
	| { readonly kind: 'paragraph'; readonly paragraph: number };

// Up to 9,999 paragraphs and 999 sentences: far beyond any article within the knowledge limits.
const REF = String.raw`[1-9]\d{0,3}\.[1-9]\d{0,2}`;
const MORE_ID = new RegExp(`^${BUTTON_PREFIX.more}(${REF}(?:,${REF})*)$`, 'u');
const PARAGRAPH_ID = new RegExp(`^${BUTTON_PREFIX.paragraph}([1-9]\\d{0,3})$`, 'u');

/**
 * The id of a "More passages" button for these citations, as many as fit Discord's 100 characters (the rest are
 * dropped, whole); `undefined` when there are none.
 */
export function encodeMoreButtonId(citations: readonly Citation[]): string | undefined {
	let id = '';
	for (const citation of citations) {
		const ref = `${citation.paragraph.number}.${citation.quote.index}`;
		const next = id === '' ? `${BUTTON_PREFIX.more}${ref}` : `${id},${ref}`;
		if (next.length > DISCORD_LIMITS.customId) break;
		id = next;
	}
	return id === '' ? undefined : id;
}

/** The id of a "Show ¶N" button. */
export function encodeParagraphButtonId(paragraph: number): string {
	return `${BUTTON_PREFIX.paragraph}${paragraph}`;
}

/** Reads a button's custom id; `undefined` for anything encoding would not have written. */
export function decodeButtonId(id: string): ButtonAction | undefined {
	if (id.length > DISCORD_LIMITS.customId) return undefined;
	const more = MORE_ID.exec(id);
	if (more !== null) {
		const passages = (more[1] ?? '').split(',').map((ref) => {
			const [paragraph, sentence] = ref.split('.').map(Number);
			return { paragraph: paragraph ?? 0, sentence: sentence ?? 0 };
		});
		return { kind: 'more', passages };
	}
	const paragraph = PARAGRAPH_ID.exec(id);
	if (paragraph !== null) return { kind: 'paragraph', paragraph: Number(paragraph[1]) };
	return undefined;
}
