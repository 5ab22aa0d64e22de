import fc from 'fast-check';

/** Text a hostile or careless user might type. */
export const userText = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	fc.string({ unit: 'binary' }),
	fc.constantFrom(
		'',
		'   ',
		'\u0000',
		'\ud800',
		'@everyone',
		'<@123456789012345678>',
		'**bold** `code` ```fence```',
		'مرحبا باكستان',
		'Лавров Пакистан вакцина',
		'e\u0301\u0301\u0301',
		'\u200b\u200d\u202e',
		'x'.repeat(6000),
	),
	fc
		.array(fc.constantFrom('Lavrov', 'vaccine', 'Syria', 'how', 'many', '50,000', '¶', '?'), { maxLength: 400 })
		.map((words) => words.join(' ')),
);

/**
 * The first character that must never be echoed back to a terminal or Discord: a control character other than a
 * line feed (escape sequences start with ESC or CSI), a format character (Cf) or a tag; `undefined` if none.
 */
export function findUnsafe(text: string): string | undefined {
	return [...text].find((char) => {
		const code = char.codePointAt(0) ?? 0;
		if (code === 0x0a) return false;
		return (
			code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xe0000 && code <= 0xe007f) || /\p{Cf}/u.test(char)
		);
	});
}
