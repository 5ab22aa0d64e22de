import { stripUnsafeText } from '../../core/strip-unsafe.js';

/**
 * Cuts text to at most `max` characters at a word boundary, ending with an ellipsis. Counts UTF-16 code units,
 * as Discord does, and never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max <= 1) return '…'.slice(0, max);
	let cut = text.slice(0, max - 1);
	const atBoundary = /\s/u.test(text[max - 1] ?? ' ');
	const lastSpace = cut.search(/\s\S*$/u);
	if (!atBoundary && lastSpace > max * 0.6) cut = cut.slice(0, lastSpace);
	if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}

/** Escapes Discord markdown so text shows as typed (bold, italics, code, quotes, headings, links, spoilers). */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\*_~`|>#[\]()-]/gu, '\\$&');
}

/**
 * Escapes text a user typed before it is echoed: drops control and format characters (a right-to-left override
 * or zero-width text must not show), then escapes markdown, and mentions, so "@everyone" or "<@123>" shows as
 * text. (Replies also set `allowed_mentions` to parse nothing, so even unescaped mentions could not ping.)
 */
export function escapeUserText(text: string): string {
	return escapeMarkdown(stripUnsafeText(text, { keepNewlines: true }))
		.replace(/@(everyone|here)/giu, '@\u200b$1')
		.replace(/<(@[!&]?|#)/gu, '<\u200b$1');
}
