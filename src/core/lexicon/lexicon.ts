import { createRecentCache } from '../search/recent-cache.js';
import { americanSpelling } from '../text/analyze.js';
import {
	type EntityType,
	type LexiconData,
	NOUN_FILES,
	PARTS_OF_SPEECH,
	type PartOfSpeech,
	RELATIONS,
	type Relation,
} from './lexicon-data.js';

/** The lexicon's file in a knowledge folder; `npm run lexicon` writes it. */
export const LEXICON_FILE = 'lexicon.json';

/** What the lexical database knows of one English word. */
export interface WordInfo {
	readonly pos: PartOfSpeech;
	/** How often its senses occur in WordNet's sense-tagged corpus: 0 for rare words, thousands for the commonest. */
	readonly tagged: number;
	/** For a noun, the kind of entity its commonest noun sense names: a minister is a person, a city a place. */
	readonly entity?: EntityType;
	/** For a noun, whether its commonest noun sense is a concrete thing: a hotel, a gift, wheat (see `NOUN_FILES`). */
	readonly concrete?: boolean;
	/** For a noun, WordNet's lexicographer file of its commonest noun sense: the kind of thing (13 is noun.food). */
	readonly kind?: number;
}

/** A word or phrase of the article related to a word of the question (stems joined by spaces). */
export interface Related {
	readonly target: string;
	readonly relation: Relation;
}

/** The article's side of the lexical database: relations into its vocabulary, and English words for spelling. */
export interface Lexicon {
	/**
	 * The article's words and phrases related to a word or phrase (normalized words joined by spaces), or to its
	 * base form ("meetings" → "meeting", "came" → "come").
	 */
	relatedTo(words: string): readonly Related[];
	/** The longest phrase the lexicon knows starting at `start` of a list of normalized words, in words. */
	phraseLengthAt(words: readonly string[], start: number): number;
	/** Whether WordNet knows the word only as a name ("Vatican"), not as a common word capitalized ("League"). */
	isName(norm: string): boolean;
	/** Whether a name (any case, "the" before it or not) is a country's common name in country data. */
	isCountry(name: string): boolean;
	/** Whether a name (any case) is a country's capital in country data. */
	isCapital(name: string): boolean;
	/** The word's entry, or its base form's ("meetings", "came"); undefined when it is no English word. */
	lookUp(norm: string): WordInfo | undefined;
	/**
	 * English words one edit (a letter added, dropped, changed, or two swapped) from a word, with what is known of them:
	 * the words of the list and their irregular forms, or, `inflected`, the regular inflections of the list's words
	 * ("weapoons" is "weapons", though two edits from "weapon"), which a caller asks for where the list has none, as
	 * the list's own word is likelier ("trops": "troops", not "tops"). One edit finds most typos of ordinary words; the
	 * article's own words are searched further by the caller.
	 */
	findNear(norm: string, inflected?: boolean): [string, WordInfo][];
	/**
	 * Whether English writes a word so: a word of the list, an irregular form, or a regular inflection as English makes
	 * it ("doses", "shared"), not any form undoing a suffix happens to reach ("doss" is no plural of "DOS").
	 */
	isWord(norm: string): boolean;
}

/**
 * Whether English inflects a base so, by the suffix and the ending it replaces: "shares" and "shared" are of "share",
 * "boxes" of "box", "cities" of "city"; "shareed" and "sharees" are of nothing.
 */
function isRegularInflection(base: string, suffix: string, ending: string): boolean {
	// A final "ee", "ye" or "oe" keeps its e before "-ing" ("fleeing", not "fleing"); "ie" turns to y ("dying").
	const keepsE = /[eyo]e$/u.test(base);
	if (ending === 'e') return !(suffix === 'ing' && (keepsE || base.endsWith('ie')));
	// "-ies" is of a consonant's y ("cities"), not a vowel's ("days").
	if (ending === 'y') return /[^aeiou]y$/u.test(base);
	if (ending !== '') return true;
	if (suffix === 's') return !/(?:s|x|z|ch|sh)$/u.test(base) && !/[^aeiou]y$/u.test(base);
	if (suffix === 'es') return /(?:s|x|z|ch|sh|o)$/u.test(base);
	// "-ed", "-ing", "-er", "-est" after a final e drop it ("shared"), after a consonant's y turn it ("cried"), and
	// double the consonant of a short word's one vowel ("jammed", not "jamed").
	return (
		(!base.endsWith('e') || (suffix === 'ing' && keepsE)) &&
		!(suffix !== 'ing' && /[^aeiou]y$/u.test(base)) &&
		!/^[^aeiou]*[aeiou][^aeiouwxy]$/u.test(base)
	);
}

/** Whether a word commonest as this part of speech takes the suffix: "-ing" a verb ("jinning" is no form of "jinn"). */
function inflects(pos: PartOfSpeech, suffix: string): boolean {
	if (/^(?:ed|ing)$/u.test(suffix)) return pos === 'verb';
	if (/^(?:er|est)$/u.test(suffix)) return pos === 'adjective';
	return pos === 'noun' || pos === 'verb';
}

/** An adverb made of an adjective with an adjective's ending: "globally", "regularly", "publicly", "massively". */
const ADJECTIVE_LY = /\p{L}{4}(?:al|ar|ic|ive|ous|ent|ant|ful|ary)ly$/u;

/** Regular inflections, as WordNet's morphology undoes them (irregular ones are in the word list itself). */
const SUFFIXES: readonly [string, string][] = [
	['s', ''],
	['ses', 's'],
	['xes', 'x'],
	['zes', 'z'],
	['ches', 'ch'],
	['shes', 'sh'],
	['men', 'man'],
	['ies', 'y'],
	['es', 'e'],
	['es', ''],
	['ed', 'e'],
	['ed', ''],
	['ing', 'e'],
	['ing', ''],
	['er', ''],
	['est', ''],
	['er', 'e'],
	['est', 'e'],
];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** How many words' lookups and relations are remembered: an article's words and a day of questions' many times over. */
const LOOKUP_CACHE_SIZE = 20_000;

/** Every string one edit from a word: a letter dropped, swapped with the next, changed, or added. */
export function editsOf(word: string): Set<string> {
	const edits = new Set<string>();
	for (let i = 0; i <= word.length; i++) {
		const head = word.slice(0, i);
		const tail = word.slice(i);
		if (tail !== '') edits.add(head + tail.slice(1));
		if (tail.length > 1) edits.add(head + tail[1] + tail[0] + tail.slice(2));
		for (const letter of LETTERS) {
			if (tail !== '') edits.add(head + letter + tail.slice(1));
			edits.add(head + letter + tail);
		}
	}
	edits.delete(word);
	return edits;
}

/**
 * Where each entry of a text of entries joined by `separator` starts. Counted first, then filled: a growing array
 * of 90,000 numbers copied into a typed one took three times as long, at every start.
 */
function indexStarts(text: string, separator: string): Uint32Array {
	if (text === '') return new Uint32Array(0);
	let count = 1;
	for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) count++;
	const starts = new Uint32Array(count);
	let k = 1;
	for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) starts[k++] = at + 1;
	return starts;
}

/** Reads lexicon data into lookups; the word list is parsed on first use, so start-up pays only for relations. */
export function createLexicon(data: LexiconData): Lexicon {
	const related = createRecentCache<string, readonly Related[]>(LOOKUP_CACHE_SIZE);
	// `related` is one line per word or phrase, sorted (see `encodeRelated`): a key is found by binary search on the
	// text before each line's first tab, as the word list's entries are below, and the phrases starting with a word
	// follow one another.
	let lineStarts: Uint32Array | undefined;
	const lines = () => {
		lineStarts ??= indexStarts(data.related, '\n');
		return lineStarts;
	};
	const keyAt = (line: number) => {
		const start = lines()[line] ?? 0;
		return data.related.slice(start, data.related.indexOf('\t', start));
	};
	/** The first line whose key is `key` or sorts after it. */
	const lineFrom = (key: string): number => {
		let low = 0;
		let high = lines().length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (keyAt(middle) < key) low = middle + 1;
			else high = middle;
		}
		return low;
	};
	/** The line of a word or phrase; -1 when it has no relations. */
	const lineOf = (key: string): number => {
		const line = lineFrom(key);
		return line < lines().length && keyAt(line) === key ? line : -1;
	};
	/** A word's or phrase's relations as `related` holds them: related stems, each with its relation's index. */
	const relationsOf = (key: string): (readonly [string, number])[] => {
		const line = lineOf(key);
		if (line === -1) return [];
		const starts = lines();
		const start = (starts[line] ?? 0) + key.length + 1;
		const end = line + 1 < starts.length ? (starts[line + 1] ?? 0) - 1 : data.related.length;
		return data.related
			.slice(start, end)
			.split('\t')
			.map((pair) => {
				const colon = pair.indexOf(':');
				return [pair.slice(colon + 1), Number(pair.slice(0, colon))] as const;
			});
	};
	const hasRelations = (key: string) => lineOf(key) !== -1;
	/** The lengths in words of the phrases the lexicon knows starting with a word, longest first: matched at its longest. */
	const phraseLengths = createRecentCache<string, number[]>(LOOKUP_CACHE_SIZE);
	const phraseLengthsOf = (first: string) =>
		phraseLengths.get(first, () => {
			const found = new Set<number>();
			const prefix = `${first} `;
			for (let line = lineFrom(prefix); line < lines().length; line++) {
				const key = keyAt(line);
				if (!key.startsWith(prefix)) break;
				found.add(key.split(' ').length);
			}
			return [...found].sort((a, b) => b - a);
		});
	// The word list is sorted, so a word is found by binary search in it as read from the file: no map of 90,000
	// entries is built at start-up, nor an array of 90,000 strings, only where each entry starts. Each entry is the
	// word, its part of speech as one digit, ':' and its tag count.
	let starts: Uint32Array | undefined;
	const indexEntries = () => indexStarts(data.words, ' ');
	const entryAt = (k: number, all: Uint32Array) =>
		data.words.slice(all[k] ?? 0, k + 1 < all.length ? (all[k + 1] ?? 0) - 1 : data.words.length);
	const wordOf = (entry: string) => entry.slice(0, entry.indexOf(':') - 1);
	const findEntry = (word: string): string | undefined => {
		starts ??= indexEntries();
		let low = 0;
		let high = starts.length - 1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			const entry = entryAt(middle, starts);
			const other = wordOf(entry);
			if (other === word) return entry;
			if (other < word) low = middle + 1;
			else high = middle - 1;
		}
		return undefined;
	};
	const unpack = (entry: string): WordInfo => {
		const [head = '', tagged, lexFile] = entry.split(':');
		const info = { pos: PARTS_OF_SPEECH[Number(head.at(-1))] ?? 'noun', tagged: Number(tagged) };
		// A word used mostly as an adverb names no kind of entity or thing, whatever its rare noun sense ("30 minutes
		// longer": a "longer" is one who longs).
		return lexFile === undefined || info.pos === 'adverb'
			? info
			: { ...info, ...NOUN_FILES.get(Number(lexFile)), kind: Number(lexFile) };
	};
	/** The word itself, its irregular base, then what undoing a regular inflection gives, in that order. */
	const baseFormsOf = (norm: string): string[] => {
		const forms = [norm];
		const irregular = data.bases[norm];
		if (irregular !== undefined) forms.push(irregular);
		for (const [suffix, ending] of SUFFIXES) {
			if (norm.length >= suffix.length + 2 && norm.endsWith(suffix)) forms.push(norm.slice(0, -suffix.length) + ending);
		}
		return forms;
	};
	/** The first of the forms the word list has, from `from` on, with its entry. */
	const findFirstEntry = (forms: readonly string[], from = 0): { at: number; entry: string } | undefined => {
		for (let at = from; at < forms.length; at++) {
			const entry = findEntry(forms[at] as string);
			if (entry !== undefined) return { at, entry };
		}
		return undefined;
	};
	/** Whether the word list has a word itself, or as an irregular form. */
	const isListed = (norm: string) => findEntry(norm) !== undefined || data.bases[norm] !== undefined;
	/** See `Lexicon.isWord`. */
	const isWord = (norm: string): boolean => isListed(norm) || regularBasesOf(norm, false).length > 0;
	/**
	 * The entries of the bases a word is a regular inflection of, as English inflects them: not of an irregular form
	 * ("tooks" is nothing), and only an adjective compares ("preemier" is no form of "preemie"); a noun may be a verb's
	 * "-ing" ("hosting") unless `strict`.
	 */
	const regularBasesOf = (norm: string, strict: boolean): string[] =>
		SUFFIXES.flatMap(([suffix, ending]) => {
			if (!norm.endsWith(suffix) || norm.length < suffix.length + 2) return [];
			const base = norm.slice(0, -suffix.length) + ending;
			// The exception lists map some words to themselves ("matter"): only a form of another word is irregular.
			const irregular = data.bases[base] !== undefined && data.bases[base] !== base;
			if (irregular || !isRegularInflection(base, suffix, ending)) return [];
			const entry = findEntry(base);
			const comparing = /^(?:er|est)$/u.test(suffix);
			return entry !== undefined && (!(strict || comparing) || inflects(unpack(entry).pos, suffix)) ? [entry] : [];
		});
	// A question's words are looked up again by every stage and for every sentence: a binary search per base form each
	// time made up most of answering a question.
	const lookedUp = createRecentCache<string, WordInfo | undefined>(LOOKUP_CACHE_SIZE);
	const lookUp = (norm: string): WordInfo | undefined => lookedUp.get(norm, () => lookUpUncached(norm));
	const lookUpUncached = (norm: string): WordInfo | undefined => {
		const forms = baseFormsOf(norm);
		const found = findFirstEntry(forms);
		if (found === undefined) return undefined;
		const info = inflectedAs(norm, found.at > (data.bases[norm] === undefined ? 0 : 1), unpack(found.entry));
		// A plural WordNet lists for a group ("leaders": the body of leaders) names what its singular names; "boss" is
		// no plural of "Bos", the cattle's genus.
		const base = info.entity === undefined ? undefined : regularBasesOf(norm, false)[0];
		const singular = base === undefined ? undefined : unpack(base);
		if (singular?.pos !== 'noun') return info;
		const { pos, tagged } = info;
		return { pos, tagged, ...pick(singular) };
	};
	/**
	 * The relations of a word or phrase and of its base forms ("cities" has its own, and those of "city"); a British
	 * spelling without any has its American spelling's ("neighbouring": word lists and embeddings favour "neighboring").
	 */
	const relatedOf = (words: string): (readonly [string, number])[] => {
		const own = relatedOfSpelling(words);
		if (own.length > 0 || words.includes(' ')) return own;
		const american = americanSpelling(words);
		if (american !== words) return relatedOfSpelling(american);
		// "Globally" is of "global" (WordNet's pertainym): an adverb in -ly with no relations has its adjective's, where
		// the adjective has an adjective's ending ("barely" is not of "bare", "really" not of "real").
		const adjective = ADJECTIVE_LY.test(words) ? words.slice(0, -2) : undefined;
		return adjective !== undefined && lookUp(adjective)?.pos === 'adjective' ? relatedOfSpelling(adjective) : own;
	};
	const relatedOfSpelling = (words: string): (readonly [string, number])[] => {
		const space = words.lastIndexOf(' ');
		// A noun phrase's last word carries its inflection ("prime ministers"), a verb's first ("touched down").
		const head = words.slice(0, space + 1);
		const firstSpace = words.indexOf(' ');
		const tail = words.slice(firstSpace);
		const closest = new Map<string, number>();
		// The word and the first base form English has: "doses" is "dose", never also "DOS" (of a Department of State).
		const [word = '', ...bases] = baseFormsOf(words.slice(space + 1));
		const base = bases.find((form) => findEntry(form) !== undefined || hasRelations(head + form));
		const verbBase =
			firstSpace === -1
				? undefined
				: baseFormsOf(words.slice(0, firstSpace))
						.slice(1)
						.find((form) => hasRelations(form + tail));
		const keys = [head + word, ...(base === undefined ? [] : [head + base])];
		if (verbBase !== undefined) keys.push(verbBase + tail);
		for (const key of keys) {
			for (const [target, code] of relationsOf(key)) {
				closest.set(target, Math.min(closest.get(target) ?? code, code));
			}
		}
		return [...closest];
	};
	let names: Set<string> | undefined;
	let countries: Set<string> | undefined;
	let capitals: Set<string> | undefined;
	return {
		isCapital(name) {
			capitals ??= new Set(data.capitals?.split('|'));
			return capitals.has(name.toLowerCase());
		},
		isCountry(name) {
			countries ??= new Set(data.countries?.split('|'));
			return countries.has(name.toLowerCase().replace(/^the\s+/u, ''));
		},
		isName(norm) {
			names ??= new Set(data.names.split(' '));
			return names.has(norm);
		},
		relatedTo(words) {
			return related.get(words, () =>
				relatedOf(words).map(([target, code]) => ({ target, relation: RELATIONS[code] ?? 'narrower' })),
			);
		},
		phraseLengthAt(words, start) {
			const first = words[start] ?? '';
			// "took part" is found under "take part".
			const lengths = new Set(baseFormsOf(first).flatMap(phraseLengthsOf));
			for (const length of [...lengths].sort((a, b) => b - a)) {
				if (start + length <= words.length && relatedOf(words.slice(start, start + length).join(' ')).length > 0) {
					return length;
				}
			}
			return 1;
		},
		lookUp,
		isWord,
		findNear(norm, inflected = false) {
			const near: [string, WordInfo][] = [];
			for (const word of editsOf(norm)) {
				const listed = isListed(word);
				if (!inflected) {
					const info = listed ? lookUp(word) : undefined;
					if (info !== undefined) near.push([word, info]);
					continue;
				}
				const bases = listed ? [] : regularBasesOf(word, true);
				const form = bases.length > 0 ? lookUp(word) : undefined;
				// A regular form is as common as its commonest base.
				if (form !== undefined)
					near.push([word, { ...form, tagged: Math.max(...bases.map((entry) => unpack(entry).tagged)) }]);
			}
			return near;
		},
	};
}

/**
 * A regular inflection says the part of speech its base's commonest senses may not: "inked" and "hosting" are forms
 * of verbs (an adjective in -ed or -ing is a word of its own), "firms" is no adjective (read as a noun).
 */
function inflectedAs(norm: string, regular: boolean, info: WordInfo): WordInfo {
	if (!regular) return info;
	if (/(?:ed|ing)$/u.test(norm)) return info.pos === 'verb' ? info : { pos: 'verb', tagged: info.tagged };
	// A plural of a word commoner as an adjective ("officials") is its noun's, a person where its noun is one.
	if (/s$/u.test(norm) && (info.pos === 'adjective' || info.pos === 'adverb'))
		return { pos: 'noun', tagged: info.tagged, ...(info.entity === 'person' ? { entity: info.entity } : {}) };
	return info;
}

/** What a noun's lexicographer file tells, without the keys it does not set. */
function pick({ entity, concrete, kind }: WordInfo): Pick<WordInfo, 'entity' | 'concrete' | 'kind'> {
	return {
		...(entity === undefined ? {} : { entity }),
		...(concrete === undefined ? {} : { concrete }),
		...(kind === undefined ? {} : { kind }),
	};
}
