/**
 * Acronyms of the names a text writes out: "Foreign Office" → FO, "Chief of Naval Staff" → CONS and CNS. People
 * type the short form ("the FO spokesperson") where a report spells the name out.
 */

// A name of two to five capitalized words, which "of", "and", "for" or "the" may join; hyphens split a word.
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)?\p{Lu}[\p{L}’'-]*){1,4}/gu;
const JOINERS = new Set(['of', 'and', 'for', 'the']);
// The fewest words of a holder's name after an office ("Adviser Moeed Yusuf"): one may be part of the name itself.
const HOLDER_NAME_WORDS = 2;

/**
 * The acronyms of a text's multiword names, each with the name it stands for. Only names, or their first words, that
 * end in a common English word ("Office", "Commission", the "Adviser" of "National Security Adviser Moeed Yusuf"): a
 * person's name has no acronym. With `compoundLength` (how many words from `start` make one compound noun), so do
 * compounds written in lower case ("the foreign office" → FO); with `isPersonNoun`, an office in lower case before its
 * holder's name ("the national security adviser, Moeed Yusuf" → NSA). An acronym that is itself a word of the text or of
 * English (`isWord`), or stands for two names, is left out.
 */
export function deriveAcronyms(
	texts: readonly string[],
	isCommon: (norm: string) => boolean,
	isWord: (norm: string) => boolean,
	compoundLength: (norms: readonly string[], start: number) => number = () => 1,
	isPersonNoun: (norm: string) => boolean = () => false,
): Record<string, string> {
	const found = new Map<string, string | null>();
	// A compound's acronym stands in only where no name has it: "FM" is the title "Foreign Minister" the text names,
	// not its common noun "foreign minister".
	const ofCompounds = new Map<string, string | null>();
	const initials = (list: readonly string[]) =>
		list.flatMap((word) => word.split('-').map((part) => part.charAt(0).toUpperCase())).join('');
	const addAcronym = (acronym: string, expansion: string, into = found) => {
		const known = into.get(acronym);
		const same = known === undefined || known?.toLowerCase() === expansion.toLowerCase();
		into.set(acronym, same ? (known ?? expansion) : null);
	};
	for (const text of texts) {
		// A sentence's first word is capitalized whatever it is: a run starting there is read from its second word.
		for (const match of text.matchAll(NAME_RUN)) {
			const words = match[0].replace(/[’']s?$/u, '').split(/[ \t]+/u);
			const start = match.index === 0 || /[.!?:]\s*$/u.test(text.slice(0, match.index)) ? 1 : 0;
			const name = words.slice(start);
			while (JOINERS.has((name[0] ?? '').toLowerCase())) name.shift();
			// "Lima Water Board (LWB)": an acronym the text defines is one, whatever else it writes.
			const defined = /^\s*\((\p{Lu}{2,})\)/u.exec(text.slice(match.index + match[0].length))?.[1];
			// An organization's name ends in a common noun ("Office", "Commission"); a person's in a surname, and an
			// office's before its holder's full name in the noun before the name ("Adviser Moeed Yusuf"), not before
			// one word that may be part of the name ("Bright Air Tower").
			let end = name.length;
			while (end > 0 && !isCommon((name[end - 1] ?? '').toLowerCase())) end--;
			if (end < name.length && name.length - end < HOLDER_NAME_WORDS) continue;
			const head = name.slice(0, end);
			const capitalized = head.filter((word) => !JOINERS.has(word));
			if (capitalized.length < 2) continue;
			for (const acronym of new Set([initials(capitalized), initials(head)])) {
				if (acronym.length < 2 || (acronym !== defined && isWord(acronym.toLowerCase()))) continue;
				addAcronym(acronym, head.join(' '));
			}
		}
		// "The foreign office": a compound noun written in lower case is a name people shorten alike. Punctuation
		// parts words ("by air, base staff said"); a possessive's "s" is no word ("Pakistan's foreign minister").
		const plain = text.replace(/['’]s\b/gu, '');
		for (const run of plain.split(/[^\p{L}\s]+/u)) {
			const words = run.split(/\s+/u).filter((word) => word !== '');
			const norms = words.map((word) => word.toLowerCase());
			for (let start = 0; start < words.length; start++) {
				const length = compoundLength(norms, start);
				const compound = norms.slice(start, start + length);
				if (length < 2 || words[start] !== norms[start] || !isCommon(compound.at(-1) ?? '')) continue;
				const acronym = initials(compound);
				if (!isWord(acronym.toLowerCase())) addAcronym(acronym, compound.join(' '), ofCompounds);
			}
		}
		// "Pakistan's national security adviser, Moeed Yusuf": an office in lower case, its holder's full name in
		// apposition. The office is the common words before the comma, back to the first word that is none ("the").
		for (const match of plain.matchAll(OFFICE_BEFORE_HOLDER)) {
			const words = (match[1] ?? '').split(/\s+/u);
			let start = words.length;
			while (start > 0 && isCommon(words[start - 1] ?? '')) start--;
			const office = words.slice(start);
			const acronym = initials(office);
			if (office.length < 2 || !isPersonNoun(office.at(-1) ?? '') || isWord(acronym.toLowerCase())) continue;
			addAcronym(acronym, office.join(' '), ofCompounds);
		}
	}
	for (const [acronym, expansion] of ofCompounds) if (!found.has(acronym)) found.set(acronym, expansion);
	// "Compressed liquefied natural gas (LNG)": the words an acronym in brackets spells out, and with the word before
	// them, the longer acronym people make of it ("CLNG").
	for (const text of texts) {
		for (const match of text.matchAll(DEFINED_AFTER_WORDS)) {
			const words = (match[1] ?? '').trim().split(/\s+/u);
			const acronym = match[2] ?? '';
			const spelled = words.slice(-acronym.length);
			if (spelled.map((word) => word.charAt(0).toUpperCase()).join('') !== acronym) continue;
			const before = words.at(-acronym.length - 1);
			if (before === undefined || FUNCTION_WORDS.has(before)) continue;
			const longer = `${before.charAt(0).toUpperCase()}${acronym}`;
			if (isWord(longer.toLowerCase())) continue;
			addAcronym(longer, [before, ...spelled].join(' '));
		}
	}
	return Object.fromEntries([...found].filter((entry): entry is [string, string] => entry[1] !== null));
}

/**
 * Lower-case words (from a word's start), a comma, then a name of two to four capitalized words that closes the
 * apposition: an office and its holder ("adviser, Moeed Yusuf."), not a quote's attribution ("farmers, Ana Reed said").
 */
const OFFICE_BEFORE_HOLDER =
	/(?<![\p{L}'’-])((?:\p{Ll}[\p{Ll}-]*\s+){1,5}\p{Ll}[\p{Ll}-]*),\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}\p{Lu}[\p{L}’'-]*(?=\s*(?:[,.;:)]|$))/gu;
/** Lower-case words, then an acronym in brackets: "… compressed liquefied natural gas (LNG)". */
const DEFINED_AFTER_WORDS = /(?<![\p{L}-])((?:\p{Ll}[\p{Ll}-]*\s+){2,6})\((\p{Lu}{2,})\)/gu;
const FUNCTION_WORDS = new Set([
	'a',
	'an',
	'the',
	'of',
	'and',
	'or',
	'to',
	'in',
	'on',
	'at',
	'by',
	'for',
	'with',
	'from',
]);
