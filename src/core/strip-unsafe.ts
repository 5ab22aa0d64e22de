// Control characters (C0, DEL, C1: terminal escapes start with ESC or CSI), format characters (category Cf:
// bidi overrides such as U+202E, zero-width characters, the soft hyphen, the BOM), the tag block, which Unicode
// leaves partly unassigned and which can smuggle invisible text, and the line and paragraph separators.
const UNSAFE = /[\p{Cc}\p{Cf}\u{E0000}-\u{E007F}\u2028\u2029]/gu;

/**
 * Removes what must never be echoed from text a user sent: control characters (so a terminal never receives an
 * escape sequence from input), format characters and tags (so no invisible or reordered text shows in Discord or a
 * terminal), and lone surrogates. With `keepNewlines`, line feeds stay.
 */
export function stripUnsafeText(text: string, options: { readonly keepNewlines?: boolean } = {}): string {
	const clean = (part: string) =>
		part
			.toWellFormed()
			.replace(/\uFFFD/gu, '')
			.replace(UNSAFE, '');
	return options.keepNewlines === true ? text.split('\n').map(clean).join('\n') : clean(text);
}
