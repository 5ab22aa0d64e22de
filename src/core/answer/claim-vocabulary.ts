import type { Briefing } from '../briefing.js';
import { editsOf } from '../lexicon/lexicon.js';
import { isPossessive, spanOf } from '../text/analyze.js';
import { CAPITAL_NOUNS, DESCRIBING_VERBS, EFFECT_NOUNS, VERB_PARTICLES } from '../text/word-classes.js';

/**
 * What the claim checker knows about the words of one article, built once per briefing from its knowledge: which
 * word sequences mean the same (synonym groups, people's names and aliases) and which words are names.
 */
export interface ClaimVocabulary {
	/**
	 * The longest known phrase starting at `at` in a list of stems: how many stems it spans and what it may match.
	 * A word or a phrase the lexicon knows may also match its close relatives (a synonym, another form; "the
	 * peruvian capital" is Lima), given the words as typed (`norms`).
	 */
	phraseAt(
		stems: readonly string[],
		at: number,
		norms?: readonly string[],
	): { length: number; alternatives: readonly string[][] };
	/** Whether a stem is a name in the article (written capitalized inside a sentence), or a person's name. */
	isName(stem: string): boolean;
	/** Whether stems are a name or alias of one of the knowledge's people ("prime minist"): "the premier" is a person. */
	namesPerson(stems: readonly string[]): boolean;
	/**
	 * Whether a stem occurs in so many paragraphs that any passage may speak of it without naming it: a country or
	 * a body the whole article is about, never a person's name (a person acts where the passage says so).
	 */
	isBackground(stem: string): boolean;
	/**
	 * Whether a stem is of the name of the person the article names in the most paragraphs, clearly ahead of anyone
	 * else: whom others talk to in it where a sentence names no other person (the visitor of a report on a visit).
	 */
	isMainPerson(stem: string): boolean;
	/** Whether a stem names a party that can act: a person, a person's country, or a name of the whole article. */
	isActor(stem: string): boolean;
	/** Whether a stem names one of the two countries the article is most about: "the two countries" are they. */
	isPairParty(stem: string): boolean;
	/** The stems of the country a person's name stands for ("Reed" → Peru): a minister speaks for it. */
	countryOf(stem: string): readonly string[];
	/**
	 * The article's names of the country a word (as typed) stands for by country data: its capital or seat of
	 * power ("the Élysée" → France, Paris). As who acts, "the Élysée said" is what "France said" is.
	 */
	countryNamesOf(norm: string): readonly (readonly string[])[];
	/**
	 * The common nouns the article writes right after a name ("Vaxo-9 vaccine" → vaccine): "the vaccine" in a
	 * sentence may stand for Vaxo-9.
	 */
	headsOf(stem: string): readonly string[];
	/** Whether a word (normalized) is a place's name by the lexicon or country data ("Lima"), not a title ("President"). */
	isPlace(norm: string): boolean;
	/** Whether a place (as typed, lowercase) holds another (a stem) or lies in it: a country and its capital. */
	isSameArea(place: string, stem: string): boolean;
	/** Whether a word (normalized) is a people's ("Peruvian"): country data relates it to a country it does not name. */
	isPeopleWord(norm: string): boolean;
	/** The article's names of a country's capitals (the country as typed, lowercase): none for a word that is no country. */
	capitalsOf(norm: string): readonly (readonly string[])[];
	/** Whether a word (normalized) is a noun in its commonest senses, by the lexicon ("government", not "senior"). */
	isNoun(norm: string): boolean;
	/** The kind of answer a noun (normalized) names, by the lexicon's tagger: "deadline" and "date" a date. */
	entityOf(norm: string): string | undefined;
	/** Whether a word (normalized) is an adjective or an adverb of English, naming nothing ("bilateral"). */
	isModifier(norm: string): boolean;
	/**
	 * Whether a word is one of the article's words, however typed: the same letters and digits ("Vaxo9" for "Vaxo-9",
	 * a word and the next joined), or one edit away ("Vaxxo").
	 */
	spellsArticleWord(word: string): boolean;
	/** The article's stems of the opposites of a word (as typed, lowercase) by the lexicon: "old" → new. */
	oppositesOf(norm: string): ReadonlySet<string>;
}

export interface VocabularyOptions {
	/** Share of the paragraphs a name must occur in to count as the background of the whole article. */
	readonly backgroundShare: number;
}

const vocabularies = new WeakMap<Briefing, ClaimVocabulary>();

/** The claim vocabulary of a briefing, built on first use and kept with it. */
export function getClaimVocabulary(briefing: Briefing, options: VocabularyOptions): ClaimVocabulary {
	let vocabulary = vocabularies.get(briefing);
	if (vocabulary === undefined) {
		vocabulary = buildClaimVocabulary(briefing, options);
		vocabularies.set(briefing, vocabulary);
	}
	return vocabulary;
}

function buildClaimVocabulary(briefing: Briefing, options: VocabularyOptions): ClaimVocabulary {
	const { knowledge, index } = briefing;
	const groups: string[][][] = knowledge.synonyms.groups.map((group) => group.map((member) => index.termsOf(member)));
	/** A person's name or alias (stems joined by spaces) → all their names and aliases. */
	const personGroups = new Map<string, string[][]>();
	for (const person of knowledge.people) {
		const group = [person.name, ...person.aliases].map((name) => index.termsOf(name));
		groups.push(group);
		// An alias two people share ("foreign minister") names neither.
		for (const member of group) {
			const key = member.join(' ');
			personGroups.set(key, personGroups.has(key) ? [] : group);
		}
	}
	// "UN" in a claim is "United Nations" in the article: acronyms are spelled out case-sensitively elsewhere.
	for (const [acronym, expansion] of Object.entries(knowledge.synonyms.acronyms)) {
		groups.push([[acronym.replace(/\./gu, '').toLowerCase()], index.termsOf(expansion)]);
	}
	/** First stem → the groups with a member starting with it. */
	const byFirst = new Map<string, { member: string[]; group: string[][] }[]>();
	for (const group of groups) {
		for (const member of group) {
			const first = member[0];
			if (first === undefined) continue;
			const entries = byFirst.get(first) ?? [];
			entries.push({ member, group });
			byFirst.set(first, entries);
		}
	}

	// So is the acronym of a name the article spells out ("the SGP" for "Stream Gas Pipeline"); the name as typed in
	// a claim stays its own words.
	const acronymGroups: string[][][] = [];
	for (const [acronym, expansion] of index.derivedAcronyms) {
		const member = index.termsOf(acronym.toLowerCase());
		const [first] = member;
		if (first !== undefined && !byFirst.has(first)) {
			const group = [member, index.termsOf(expansion)];
			byFirst.set(first, [{ member, group }]);
			acronymGroups.push(group);
		}
	}

	/** Per stem, how often it is written capitalized inside a sentence, less how often in lower case. */
	const capitalized = new Map<string, number>();
	/** The words written capitalized inside a sentence, with their stems. */
	const capitalNorms = new Map<string, string>();
	/** The stems of common English words the article writes capitalized inside a sentence ("United"). */
	const commonInNames = new Set<string>();
	const paragraphsWith = new Map<string, number>();
	/** Per stem, the stems of the words right after it: a name's heads are among them. */
	const following = new Map<string, Set<string>>();
	for (const paragraph of knowledge.article.paragraphs) {
		const seen = new Set<string>();
		for (const sentence of paragraph.sentences) {
			const tokens = index.tokensOf(sentence.text);
			tokens.forEach((token, i) => {
				// "Vaxo 9 vaccine", "Vaxo-B vaccine": a letter or number may end the name; "Lyon's mayor" owns the noun.
				const skip = tokens[i + 1]?.norm.length === 1 || /^\d+$/u.test(tokens[i + 1]?.norm ?? '') ? 1 : 0;
				const next = tokens[i + 1 + skip];
				if (
					token.term === null ||
					isPossessive(sentence.text, token) ||
					next?.term == null ||
					index.partOfSpeechOf(next.norm) !== 'noun'
				)
					return;
				following.set(token.term, (following.get(token.term) ?? new Set()).add(next.term));
			});
			for (const token of tokens) {
				if (token.term === null) continue;
				seen.add(token.term);
				// The first word of a sentence is capitalized whatever it is.
				if (token.start === 0) continue;
				const sign = /^\p{Lu}/u.test(token.raw) ? 1 : -1;
				if (sign > 0) capitalNorms.set(token.norm, token.term);
				if (sign > 0 && index.isCommonWord(token.norm)) commonInNames.add(token.term);
				capitalized.set(token.term, (capitalized.get(token.term) ?? 0) + sign);
			}
		}
		for (const term of seen) paragraphsWith.set(term, (paragraphsWith.get(term) ?? 0) + 1);
	}
	// A name is a word mostly written capitalized: "Cooperation" of an organization's name is still a common word.
	const names = new Set([...capitalized].filter(([, balance]) => balance > 0).map(([term]) => term));
	// A name the article spells out beside its acronym ("Lima Water Board (LWB)") is one element, not
	// three names to find; an acronym the article never writes is only a guess at one.
	for (const group of acronymGroups) {
		const [acronym = [], spelled = []] = group;
		const [first] = spelled;
		if (first === undefined || spelled.length < 2 || !acronym.every((stem) => names.has(stem))) continue;
		byFirst.set(first, [...(byFirst.get(first) ?? []), { member: spelled, group }]);
	}
	const actors = new Set<string>();
	const countries = new Map<string, string[]>();
	for (const person of knowledge.people) {
		const country = index.termsOf(person.country);
		const own = new Set(index.termsOf(person.name));
		for (const term of index.termsOf([person.name, ...person.aliases].join(' '))) {
			actors.add(term);
			// Only the person's own name stands for their country: "minister" of an alias is anyone's.
			if (!country.includes(term) && own.has(term)) countries.set(term, country);
		}
		for (const term of country) actors.add(term);
		for (const term of index.termsOf(person.name)) names.add(term);
	}
	// "Lima will buy": a capital or seat of government acts for its country (the lexicon's country data).
	for (const [norm, stem] of capitalNorms) {
		const [country] = index.countriesOf(norm);
		if (country !== undefined && !countries.has(stem)) countries.set(stem, country.split(' '));
	}
	// "begun" is "commence", "mediate" is "moderate": a claim may word an element as a close relative of the article's.
	// A verb may also be stated by a broader one ("landed" by "arrived"), never a name: "Peru" is a state, yet "the
	// United States" is not Peru. A noun may not: "satellites" are equipment, yet "equipment" says nothing of them.
	const formsOf = (norm: string) => index.formsOf(norm).map((form) => form.split(' '));
	const isOnlyName = (norm: string) => index.lookUpWord(norm) !== undefined && !index.isCommonWord(norm);
	const closeRelatives = (norm: string | undefined, isName: boolean): string[][] =>
		norm === undefined
			? []
			: index
					.relatedTo(norm)
					// A capital is not its country in a claim: "in Paris" and "in France" are not one place. Who
					// acts for a country is read by `countryOf`.
					.filter(
						({ relation, target }) =>
							relation !== 'country' &&
							// "Joined" is "unite", not the "United" of "the United Nations": a common word the article writes
							// only in names is no match for a word ("Lima" for "the Peruvian capital" is).
							(isName || !names.has(target) || !commonInNames.has(target)) &&
							(index.isCloseRelation(relation) ||
								// An adjective's less common sense, where usage agrees ("tough" for "problematic"): the rest of the
								// claim's sentence picks the sense.
								relation === 'alike' ||
								((relation === 'broader' || relation === 'kind') && !isName && index.partOfSpeechOf(norm) === 'verb')),
					)
					.map(({ target }) => target.split(' '));
	// A word and a particle WordNet lists as one phrase: mostly a verb with its particle ("beef up", "fill in").
	const isPhrasalVerb = (phrase: readonly string[]) => phrase.length === 2 && VERB_PARTICLES.has(phrase[1] ?? '');
	// "Intergovernmental" is what the article writes "Inter-Governmental": two tokens, one word.
	const hyphenated = new Map<string, string[]>();
	for (const { text } of knowledge.article.paragraphs) {
		for (const [, first = '', second = ''] of text.matchAll(/(?<![\p{L}-])(\p{L}+)-(\p{L}+)(?![\p{L}-])/gu)) {
			const terms = index.tokensOf(`${first} ${second}`).map((token) => token.term);
			if (terms.length === 2 && terms.every((term) => term !== null)) {
				hyphenated.set(`${first}${second}`.toLowerCase(), terms as string[]);
			}
		}
	}
	// "called it constructive" states what "termed it constructive" does: describing verbs are one act.
	const describing = [...new Set([...DESCRIBING_VERBS].flatMap((verb) => index.termsOf(verb)))].map((stem) => [stem]);
	// "A stabilizing force" states what "a factor of stability" does: the effect is in the other word.
	const effect = [...new Set([...EFFECT_NOUNS].flatMap((noun) => index.termsOf(noun)))].map((stem) => [stem]);
	// The two countries of its people the article mentions in most paragraphs: "the two countries" of a report on a
	// visit. Only with two or more countries: a report on one country has no pair.
	const peopleCountries = [
		...new Set(knowledge.people.map((person) => index.termsOf(person.country).join(' '))),
	].filter((country) => country !== '' && !country.includes(' '));
	const pair = new Set(
		peopleCountries.length < 2
			? []
			: peopleCountries.sort((a, b) => (paragraphsWith.get(b) ?? 0) - (paragraphsWith.get(a) ?? 0)).slice(0, 2),
	);
	const backgroundCount = options.backgroundShare * knowledge.article.paragraphs.length;
	const personNames = new Set(knowledge.people.flatMap((person) => index.termsOf(person.name)));
	// The person named in the most paragraphs, by the best-known word of their name; none on a tie.
	const [first, second] = knowledge.people
		.map((person) => {
			const terms = index.termsOf(person.name);
			return { terms, paragraphs: Math.max(0, ...terms.map((term) => paragraphsWith.get(term) ?? 0)) };
		})
		.sort((a, b) => b.paragraphs - a.paragraphs);
	const mainPerson = new Set(first !== undefined && first.paragraphs > (second?.paragraphs ?? 0) ? first.terms : []);
	const isBackground = (stem: string) => (paragraphsWith.get(stem) ?? 0) >= backgroundCount && !personNames.has(stem);

	// The article's words and each with the next joined, for misspellings of them; built on first use.
	let forms: Set<string> | undefined;
	const articleForms = () => {
		forms ??= new Set(
			knowledge.article.paragraphs.flatMap((paragraph) => {
				const tokens = index.tokensOf(paragraph.text);
				return tokens.flatMap((token, i) => [token.norm, `${token.norm}${tokens[i + 1]?.norm ?? ''}`]);
			}),
		);
		return forms;
	};
	return {
		spellsArticleWord(word) {
			const key = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
			const known = articleForms();
			if (known.has(key)) return true;
			for (const edit of editsOf(key)) if (known.has(edit)) return true;
			return false;
		},
		phraseAt(stems, at, norms) {
			const norm = norms?.[at];
			let best: { length: number; alternatives: string[][] } = {
				length: 1,
				alternatives: [
					[stems[at] ?? ''],
					// A name the article lacks is stated only by another form of it ("Ruritanian" by Ruritania), not by
					// another word ("Ruritania" is no "state", a state of the past no state of today); where it acts, by country data too
					// (see `countryNamesOf`).
					...(norm !== undefined && !names.has(stems[at] ?? '') && (index.isCountry(norm) || isOnlyName(norm))
						? formsOf(norm)
						: closeRelatives(norm, names.has(stems[at] ?? ''))),
					...(norm !== undefined && DESCRIBING_VERBS.has(norm) ? describing : []),
					...(norm !== undefined && EFFECT_NOUNS.has(norm) && isPredicateNoun(norms ?? [], at) ? effect : []),
					...(norm !== undefined && hyphenated.has(norm) ? [hyphenated.get(norm) as string[]] : []),
				],
			};
			for (const { member, group } of byFirst.get(stems[at] ?? '') ?? []) {
				const length = spanOf(member, stems, at);
				if (length === 0 || length < best.length) continue;
				const alternatives = length === best.length ? [...best.alternatives, ...group] : [member, ...group];
				best = { length, alternatives };
			}
			// Only a capital or a seat of power ("the White House"), or a verb with its particle: WordNet's other
			// phrases name things a claim states word by word, and its names of states past are no synonyms of today's.
			const lexical = norms === undefined ? 1 : index.phraseLengthAt(norms, at);
			const phrase = norms?.slice(at, at + lexical) ?? [];
			// A capital phrase is a synonym of a name the article writes ("the Peruvian capital" of Lima), no phrase
			// that merely holds the word ("venture capital").
			const related = lexical > best.length ? index.relatedTo(phrase.join(' ')) : [];
			const own = stems.slice(at, at + lexical).filter((stem) => stem !== '');
			if (
				(phrase.some((word) => CAPITAL_NOUNS.has(word)) &&
					related.some(({ relation, target }) => relation === 'synonym' && names.has(target))) ||
				(lexical > best.length && index.countriesOf(phrase.join(' ')).length > 0)
			) {
				best = { length: lexical, alternatives: [own, ...closeRelatives(phrase.join(' '), false)] };
			} else if (lexical > best.length && index.isCountry(phrase.join(' '))) {
				// "the united states" is one name, as typed: "states" is no verb, "state" no synonym of it.
				best = { length: lexical, alternatives: [own] };
			} else if (lexical > best.length && isPhrasalVerb(phrase)) {
				// "Beef up" is "strengthen", not beef: a verb with its particle means what neither word does alone.
				const relatives = closeRelatives(phrase.join(' '), false);
				if (relatives.length > 0) best = { length: lexical, alternatives: [own, ...relatives] };
			}
			// "the premier" is "Prime Minister" by the lexicon, so every name of the person who is the Prime Minister.
			const people = best.alternatives.flatMap((alternative) => personGroups.get(alternative.join(' ')) ?? []);
			return { length: best.length, alternatives: dedupe([...best.alternatives, ...people]) };
		},
		isName: (stem) => names.has(stem),
		isPlace: index.isPlace,
		namesPerson: (stems) => (personGroups.get(stems.join(' ')) ?? []).length > 0,
		isNoun: (norm) => index.partOfSpeechOf(norm) === 'noun',
		entityOf: (norm) => index.lookUpWord(norm)?.entity,
		isModifier: (norm) =>
			index.isCommonWord(norm) && ['adjective', 'adverb'].includes(index.partOfSpeechOf(norm) ?? ''),
		oppositesOf: (norm) =>
			new Set(index.relatedTo(norm).flatMap(({ relation, target }) => (relation === 'opposite' ? [target] : []))),
		isSameArea: (place, stem) =>
			index
				.relatedTo(place)
				.some(({ relation, target }) => target === stem && (relation === 'country' || relation === 'part')),
		isPeopleWord: index.isPeopleWord,
		capitalsOf: (norm) =>
			index.isCountry(norm)
				? index
						.countriesOf(norm)
						.filter((name) => index.isCapital(name))
						.map((name) => name.split(' '))
				: [],
		isBackground,
		isMainPerson: (stem) => mainPerson.has(stem),
		countryOf: (stem) => countries.get(stem) ?? [],
		countryNamesOf: (norm) => index.countriesOf(norm).map((country) => country.split(' ')),
		// A thing's name only: a person or a country is named, not "the effort" after it.
		headsOf: (stem) =>
			names.has(stem) && !actors.has(stem) ? [...(following.get(stem) ?? [])].filter((head) => !names.has(head)) : [],
		isActor: (stem) => actors.has(stem) || (names.has(stem) && isBackground(stem)),
		isPairParty: (stem) => pair.has(stem),
	};
}

/** Whether the word at `at` is said of something as what it is: "a force", "a stabilizing force". */
function isPredicateNoun(norms: readonly string[], at: number): boolean {
	return [norms[at - 1], norms[at - 2]].some((word) => word === 'a' || word === 'an');
}

function dedupe(sequences: readonly string[][]): string[][] {
	const seen = new Set<string>();
	return sequences.filter((sequence) => {
		const key = sequence.join(' ');
		if (sequence.length === 0 || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
