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
