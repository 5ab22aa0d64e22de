/**
 * One slip of the keys in a question, as people type in chat: two letters swapped, one dropped or one doubled, in
 * one word of five letters or more that is no stop word. Which word, which slip and where follow from the question's
 * own text (a hash), so every run slips the same questions the same way and runs compare.
 */
import { isStopWord } from '../../src/core/text/analyze.js';

const SLIPS = ['swap', 'drop', 'double'] as const;

/** FNV-1a: a small, stable hash of the question, the seed of its slip. */
function hashOf(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash;
}

/** The question with one slip in one of its words, or as it is where no word can take one. */
export function addSlip(question: string): string {
	const words = [...question.matchAll(/\p{L}+/gu)].filter(
		([word]) => word.length >= 5 && !isStopWord(word.toLowerCase()) && word !== word.toUpperCase(),
	);
	const hash = hashOf(question);
	const chosen = words[hash % Math.max(1, words.length)];
	if (chosen === undefined) return question;
	const [word] = chosen;
	// Never the first letter: people seldom slip it, and a word's start is how they find it again.
	const at = 1 + ((hash >>> 8) % (word.length - 2));
	// Two like letters swapped are no slip ("meeting"): one is dropped instead.
	const slip = word.charAt(at) === word.charAt(at + 1) ? 'drop' : SLIPS[(hash >>> 16) % SLIPS.length];
	const slipped =
		slip === 'swap'
			? word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2)
			: slip === 'drop'
				? word.slice(0, at) + word.slice(at + 1)
				: word.slice(0, at) + word.charAt(at) + word.slice(at);
	return question.slice(0, chosen.index) + slipped + question.slice(chosen.index + word.length);
}
