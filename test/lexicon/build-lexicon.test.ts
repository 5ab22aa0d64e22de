import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createLexicon } from '../../src/core/lexicon/lexicon.js';
import { extractTerms } from '../../src/core/text/analyze.js';
import { buildLexicon, inflectVerb } from '../../src/lexicon/build-lexicon.js';
import { collectNames, readWordNet } from '../../src/lexicon/read-wordnet.js';

/**
 * A WordNet of a few synsets in WordNet's own file format (wndb(5WN)), written to a temporary folder:
 * 0001 location ~ 0002 city (hyponym) ~i 0003 Karachi (instance); 0004 envoy @ 0005 diplomat (hypernym);
 * 0006 premier = prime minister; 0007 line (first sense: a queue, a group) and 0008 line (second sense: a wire) @ 0009 cable;
 * 0010 Peru = Piruw = PE (a country's other names, one an abbreviation); nouns with antonyms: 0015 stability !
 * 0016 instability, 0017 man ! 0018 woman; 0020 Rus (a medieval state, only a name) @i 0002 city; 0022 spokesman @
 * 0021 spokesperson; glosses naming an envoy: 0030 pouch (a thing), 0031 mandate (an idea), 0032 hard (a thing, whose
 * word is also an adjective); a gloss naming a thing: 0033 fleet (ships) and 0034 ship ~ 0035 frigate (its kind).
 */
function writeWordNet(): string {
	const dir = mkdtempSync(join(tmpdir(), 'wordnet-'));
	const data = [
		'  licence text lines start with two spaces',
		'0001 03 n 01 location 0 001 ~ 0002 n 0000 | a point or extent in space',
		'0002 15 n 01 city 0 002 @ 0001 n 0000 ~i 0003 n 0000 | a large town',
		'0003 15 n 01 Karachi 0 001 @i 0002 n 0000 | a city in Pakistan',
		'0004 18 n 01 envoy 0 001 @ 0005 n 0000 | a diplomat',
		'0005 18 n 01 diplomat 0 001 ~ 0004 n 0000 | an official',
		'0006 18 n 02 premier 0 prime_minister 0 000 | head of government',
		'0007 14 n 02 line 0 queue 0 000 | people waiting',
		'0008 06 n 01 line 0 001 @ 0009 n 0000 | a wire',
		'0009 06 n 01 cable 0 000 | a thick wire',
		'0010 15 n 03 Peru 0 Piruw 0 PE 0 000 | a country',
		'0015 07 n 01 stability 0 001 ! 0016 n 0101 | the quality of being free from change',
		'0016 07 n 01 instability 0 001 ! 0015 n 0101 | an unstable order',
		'0017 18 n 01 man 0 001 ! 0018 n 0101 | an adult male',
		'0018 18 n 01 woman 0 001 ! 0017 n 0101 | an adult female',
		'0020 15 n 01 Rus 0 001 @i 0002 n 0000 | a medieval state',
		'0021 18 n 01 spokesperson 0 001 ~ 0022 n 0000 | someone who speaks for others',
		'0022 18 n 01 spokesman 0 001 @ 0021 n 0000 | a male spokesperson',
		'0030 06 n 01 pouch 0 000 | a locked bag that carries letters to envoys; "the pouch came"',
		'0031 09 n 01 mandate 0 000 | an order given to an envoy',
		'0032 06 n 01 hard 0 000 | a tool an envoy carries',
		'0033 14 n 01 fleet 0 000 | the ships of a navy',
		'0034 06 n 01 ship 0 001 ~ 0035 n 0000 | a vessel',
		'0035 06 n 01 frigate 0 001 @ 0034 n 0000 | a warship',
		'0040 15 n 02 Wend_Republic 0 Wendland 0 000 | a former country',
		'0041 15 n 01 town 0 000 | an urban area',
		'0042 04 n 02 gift 0 donation 0 000 | something given',
		'0043 06 n 01 flag 0 000 | an emblem',
	];
	const index = [
		'  licence',
		'cable n 1 0 1 0 0009',
		'city n 1 2 @ ~ 1 12 0002',
		'diplomat n 1 1 ~ 1 4 0005',
		'envoy n 1 1 @ 1 2 0004',
		'peru n 1 0 1 0 0010',
		'karachi n 1 1 @ 1 0 0003',
		'line n 2 1 @ 2 30 0007 0008',
		'location n 1 1 ~ 1 9 0001',
		'premier n 1 0 1 3 0006',
		'prime_minister n 1 0 1 5 0006',
		'queue n 1 0 1 1 0007',
		'instability n 1 1 ! 1 0 0016',
		'stability n 1 1 ! 1 0 0015',
		'man n 1 1 ! 1 0 0017',
		'woman n 1 1 ! 1 0 0018',
		'rus n 1 1 @ 1 0 0020',
		'spokesperson n 1 1 ~ 1 0 0021',
		'spokesman n 1 1 @ 1 0 0022',
		'pouch n 1 0 1 0 0030',
		'mandate n 1 0 1 0 0031',
		'hard n 1 0 1 0 0032',
		'fleet n 1 0 1 0 0033',
		'ship n 1 1 ~ 1 0 0034',
		'frigate n 1 1 @ 1 0 0035',
		'wend_republic n 1 0 1 0 0040',
		'wendland n 1 0 1 0 0040',
		'town n 1 0 1 0 0041',
		'gift n 1 0 1 1 0042',
		'flag n 1 0 1 1 0043',
	];
	writeFileSync(join(dir, 'data.noun'), `${data.join('\n')}\n`);
	writeFileSync(join(dir, 'index.noun'), `${index.join('\n')}\n`);
	// 0101 old (first sense: of age) and 0102 old (second sense: not new) ! 0103 new, antonyms word to word.
	const adjectives = [
		'0101 00 a 01 old 0 000 | having lived long',
		'0102 00 a 01 old 0 001 ! 0103 a 0101 | of long standing',
		'0103 00 a 01 new 0 001 ! 0102 a 0101 | not old',
		// 0104 tough (first sense: resistant) and 0105 hard = tough (second sense of tough: not easy).
		'0104 00 a 01 tough 0 000 | resistant to hardship',
		'0105 00 a 02 hard 0 tough 0 000 | not easy',
		// Adjectives of names: 0106 Andean (of a region), 0107 Chilean (of a country).
		'0106 00 a 01 Andean 0 000 | of the Andes',
		'0107 00 a 01 Chilean 0 000 | of Chile',
		// Pertainyms, from the adjective only: 0108 Wendish of 0040 Wend Republic (a former country), 0109 civic of
		// 0041 town, 0110 Peruvian of 0010 Peru (a country of today).
		'0108 00 a 01 Wendish 0 001 \\ 0040 n 0101 | of the Wend Republic',
		'0109 00 a 01 civic 0 001 \\ 0041 n 0101 | of a town',
		'0110 00 a 01 Peruvian 0 001 \\ 0010 n 0101 | of Peru',
	];
	writeFileSync(join(dir, 'data.adj'), `${adjectives.join('\n')}\n`);
	writeFileSync(
		join(dir, 'index.adj'),
		'andean a 1 0 1 0 0106\nchilean a 1 0 1 0 0107\ncivic a 1 1 \\ 1 0 0109\nhard a 1 0 1 9 0105\nnew a 1 1 ! 1 9 0103\nold a 2 1 ! 2 7 0101 0102\nperuvian a 1 1 \\ 1 0 0110\ntough a 2 0 2 3 0104 0105\nwendish a 1 1 \\ 1 0 0108\n',
	);
	// 0201 move (first sense: take a step) and 0202 move (second sense: displace) ~ 0203 transport.
	const verbs = [
		'0201 38 v 01 move 0 000 | take a step',
		'0202 38 v 01 move 0 001 ~ 0203 v 0000 | cause to change place',
		'0203 38 v 01 transport 0 001 @ 0202 v 0000 | carry over a distance',
		'0204 40 v 02 gift 0 invest 0 000 | give qualities or abilities to',
		'0205 32 v 02 flag 0 signal 0 000 | communicate or signal with a flag',
		// 0206 arrive ~ 0207 land ~ 0208 touch down (a phrase) and 0209 splash (one word), two steps down.
		'0206 38 v 01 arrive 0 001 ~ 0207 v 0000 | reach a destination',
		'0207 38 v 01 land 0 003 @ 0206 v 0000 ~ 0208 v 0000 ~ 0209 v 0000 | reach the ground',
		'0208 38 v 01 touch_down 0 001 @ 0207 v 0000 | land on the ground',
		'0209 38 v 01 splash 0 001 @ 0207 v 0000 | land on water',
	];
	writeFileSync(join(dir, 'data.verb'), `${verbs.join('\n')}\n`);
	writeFileSync(
		join(dir, 'index.verb'),
		'arrive v 1 1 ~ 1 9 0206\nflag v 1 0 1 1 0205\ngift v 1 0 1 1 0204\nland v 1 2 @ ~ 1 5 0207\nmove v 2 1 ~ 2 9 0201 0202\nsplash v 1 1 @ 1 1 0209\ntouch_down v 1 1 @ 1 1 0208\ntransport v 1 1 @ 1 3 0203\n',
	);
	writeFileSync(join(dir, 'data.adv'), '');
	writeFileSync(join(dir, 'index.adv'), '');
	// "oxen" is only a form of "ox"; "cable" is a word of its own, made a form of "line" here to test that.
	writeFileSync(join(dir, 'noun.exc'), 'cable line\ncities city\noxen ox\n');
	for (const pos of ['adj', 'adv']) writeFileSync(join(dir, `${pos}.exc`), '');
	writeFileSync(join(dir, 'verb.exc'), 'flagged flag\nflagging flag\n');
	writeUses(dir, { noun: 14, verb: 1 });
	return dir;
}

/** WordNet's tag counts of "gift" (`index.sense`): how often it is used as a noun and as a verb. */
function writeUses(dir: string, { noun, verb }: { noun: number; verb: number }): void {
	writeFileSync(
		join(dir, 'index.sense'),
		`gift%1:04:00:: 0042 1 ${noun}\ngift%2:40:00:: 0204 1 ${verb}\nflag%1:06:00:: 0043 1 35\nflag%2:32:00:: 0205 1 2\n`,
	);
}

const dir = writeWordNet();
const wordnet = readWordNet(dir, dir);
const article = [
	'The pipeline runs from Karachi to Lahore.',
	'The Prime Minister met the diplomat.',
	'A cable.',
	'A new plan.',
];
const build = () =>
	buildLexicon(
		wordnet,
		[{ common: 'Pakistan', names: ['Pakistan', 'Islamabad', 'Pakistani'] }],
		{ hash: 'h', texts: article.map(extractTerms), entities: {} },
		extractTerms,
	);
/** The lexicon of an article of one sentence, with the given country data. */
const lexiconOf = (text: string, countries: Parameters<typeof buildLexicon>[1] = []) =>
	createLexicon(
		buildLexicon(wordnet, countries, { hash: 'h', texts: [extractTerms(text)], entities: {} }, extractTerms),
	);

/** The lexicon of an article of one sentence, whose words it is told (relations by gloss read them), built so. */
const lexiconOfWords = (text: string, options: Parameters<typeof buildLexicon>[4]) =>
	createLexicon(
		buildLexicon(
			wordnet,
			[],
			{ hash: 'h', texts: [extractTerms(text)], entities: {}, words: new Set(text.toLowerCase().split(/\W+/u)) },
			extractTerms,
			options,
		),
	);

describe('readWordNet', () => {
	test('GIVEN WordNet files THEN synsets, their pointers, lemmas by frequency and irregular forms are read', () => {
		expect(wordnet.synsets.get('noun:0006')?.words).toEqual(['premier', 'prime minister']);
		expect(wordnet.synsets.get('noun:0003')).toMatchObject({ names: ['karachi'] });
		expect(wordnet.synsets.get('noun:0002')?.pointers).toContainEqual({
			symbol: '~i',
			target: 'noun:0003',
			source: 0,
			targetWord: 0,
		});
		expect(wordnet.lemmas.find((lemma) => lemma.word === 'line')).toMatchObject({
			synsets: ['noun:0007', 'noun:0008'],
			tagged: 30,
		});
		expect(wordnet.exceptions.get('cities')).toEqual(['city']);
		expect(wordnet.lemmas.filter((lemma) => lemma.word === 'gift').map(({ pos, uses }) => [pos, uses])).toEqual([
			['noun', 14],
			['verb', 1],
		]);
	});

	test('GIVEN a root THEN collectNames finds the capitalized names below it', () => {
		expect([...collectNames(wordnet, 'noun:0001')]).toEqual(['karachi']);
	});
});

describe('buildLexicon', () => {
	const lexicon = createLexicon(build());

	test('GIVEN an antonym in a later sense THEN an opposite, which no sense but its own makes', () => {
		expect(lexicon.relatedTo('old')).toContainEqual({ target: 'new', relation: 'opposite' });
		expect(lexicon.relatedTo('old').filter(({ relation }) => relation !== 'opposite')).toEqual([]);
	});

	test("GIVEN a noun's antonym THEN an opposite only where a negative prefix makes one of the other", () => {
		const nouns = lexiconOf('Stability for the woman.');
		expect(nouns.relatedTo('instability')).toContainEqual({ target: 'stabil', relation: 'opposite' });
		// "Man" and "woman" are antonyms in WordNet, not opposites of what one says.
		expect(nouns.relatedTo('man')).toEqual([]);
	});

	test('GIVEN a synonym, a broader word and an instance THEN each relates to the article’s word', () => {
		expect(lexicon.relatedTo('premier')).toContainEqual({ target: 'prime minist', relation: 'synonym' });
		expect(lexicon.relatedTo('envoy')).toContainEqual({ target: 'diplomat', relation: 'broader' });
		expect(lexicon.relatedTo('cities')).toContainEqual({ target: 'karachi', relation: 'narrower' });
	});

	test('GIVEN a kind of a role that only says a gender ("spokesman" of "spokesperson") THEN a synonym, not a broader word', () => {
		expect(lexiconOf('The spokesperson spoke.').relatedTo('spokesman')).toEqual([
			{ target: 'spokesperson', relation: 'synonym' },
		]);
		expect(lexiconOf('The spokesman spoke.').relatedTo('spokesperson')).toEqual([
			{ target: 'spokesman', relation: 'synonym' },
		]);
	});

	test('GIVEN a word seldom used as a verb THEN its verb senses relate only its verb forms; a seldom used noun still relates', () => {
		const giftOf = (uses: { noun: number; verb: number }) => {
			const dir = writeWordNet();
			writeUses(dir, uses);
			const lexicon = createLexicon(
				buildLexicon(
					readWordNet(dir, dir),
					[],
					{ hash: 'h', texts: [extractTerms('A donation to invest.')], entities: {} },
					extractTerms,
				),
			);
			const targetsOf = (word: string) => lexicon.relatedTo(word).map(({ target }) => target);
			return { gift: targetsOf('gift'), gifted: targetsOf('gifted') };
		};
		// "Gift" is a verb in 1 of its 15 uses: a question's "gift" is a present; "gifted" is endowed.
		expect(giftOf({ noun: 14, verb: 1 }).gift).toEqual(['donat']);
		expect(giftOf({ noun: 14, verb: 1 }).gifted).toContain('invest');
		expect(giftOf({ noun: 1, verb: 14 }).gift.sort()).toEqual(['donat', 'invest']);
		// A doubled consonant is WordNet's exception lists': "flagged", no "flaged".
		const flags = lexiconOf('A signal.');
		expect(flags.relatedTo('flagged')).toContainEqual({ target: 'signal', relation: 'synonym' });
		expect(flags.relatedTo('flag')).toEqual([]);
		// Too few uses to tell the parts apart.
		expect(giftOf({ noun: 3, verb: 0 }).gift.sort()).toEqual(['donat', 'invest']);
	});

	test("GIVEN a verb the article uses, a kind of another verb's rarer sense THEN a kind; as a noun, none", () => {
		const build = (verbs: string[]) =>
			createLexicon(
				buildLexicon(
					wordnet,
					[],
					{ hash: 'h', texts: [extractTerms('They transport gas.')], entities: {}, verbs: new Set(verbs) },
					extractTerms,
				),
			);
		// "Move" is first a step: no narrower word of it is "transport", yet the article's transporting is moving.
		expect(build(['transport']).relatedTo('move')).toEqual([{ target: 'transport', relation: 'kind' }]);
		// The same word used as a noun ("the transport") is no deed of moving.
		expect(build([]).relatedTo('move')).toEqual([]);
	});

	test('GIVEN a phrasal verb two kinds below a verb THEN it relates to the verb; a one-word kind of a kind does not', () => {
		const lexicon = lexiconOf('The jet touched down with a splash.');
		expect(lexicon.relatedTo('arrive')).toEqual([{ target: 'touch', relation: 'narrower' }]);
		expect(
			lexicon
				.relatedTo('land')
				.map(({ target }) => target)
				.sort(),
		).toEqual(['splash', 'touch']);
		const without = createLexicon(
			buildLexicon(
				wordnet,
				[],
				{ hash: 'h', texts: [extractTerms('The jet touched down.')], entities: {} },
				extractTerms,
				{ phrasalKinds: false },
			),
		);
		expect(without.relatedTo('arrive')).toEqual([]);
	});

	test('GIVEN a thing whose gloss names a specific noun of the article THEN related by gloss; an idea, a modifier, a general noun not', () => {
		const byGloss = (minGlossDepth: number) => lexiconOfWords('The envoys arrived.', { minGlossDepth });
		const glossOf = (lexicon: ReturnType<typeof createLexicon>, word: string) =>
			lexicon.relatedTo(word).filter(({ relation }) => relation === 'gloss');
		// "Envoy" sits one step below "diplomat".
		expect(glossOf(byGloss(1), 'pouch')).toEqual([{ target: 'envoi', relation: 'gloss' }]);
		expect(glossOf(byGloss(1), 'mandate')).toEqual([]);
		expect(glossOf(byGloss(1), 'hard')).toEqual([]);
		expect(glossOf(byGloss(2), 'pouch')).toEqual([]);
	});

	test("GIVEN an article noun whose gloss names a thing THEN the thing and its kinds relate to it, a class's kinds not", () => {
		const byGloss = (maxGlossKinds: number) => lexiconOfWords('The fleet sailed.', { minGlossDepth: 0, maxGlossKinds });
		const fleet = [{ target: 'fleet', relation: 'gloss' }];
		expect(byGloss(1).relatedTo('ship')).toEqual(fleet);
		expect(byGloss(1).relatedTo('frigate')).toEqual(fleet);
		// A ship with more kinds than that is a class: it relates, its kinds do not.
		expect(byGloss(0).relatedTo('ship')).toEqual(fleet);
		expect(byGloss(0).relatedTo('frigate')).toEqual([]);
	});

	test('GIVEN word vectors THEN a word the article lacks stands for the article words used alike, but no place and no name', () => {
		// Unit vectors in two dimensions: "move" runs almost as "runs" does (cosine 0.96), "queue" as nothing, "city"
		// as "pipeline" (a place: no match by usage), "location" half as "pipeline" (0.5, under the bar), the name
		// "Peru" as "runs" (a name is matched by itself only).
		const vectors: Record<string, [number, number]> = {
			runs: [1, 0],
			pipeline: [0, 1],
			move: [0.96, 0.28],
			queue: [-1, 0],
			city: [0, 1],
			location: [-0.866, 0.5],
			peru: [1, 0],
		};
		const vectorOf = (word: string) => {
			const vector = vectors[word];
			return vector === undefined ? undefined : Float32Array.from(vector);
		};
		const withVectors = createLexicon(
			buildLexicon(
				wordnet,
				[],
				{
					hash: 'h',
					texts: [extractTerms('The pipeline runs to Karachi.')],
					entities: {},
					words: new Set(['the', 'pipeline', 'runs', 'to', 'karachi']),
				},
				extractTerms,
				{},
				vectorOf,
			),
		);
		expect(withVectors.relatedTo('move')).toEqual([{ target: 'run', relation: 'usage' }]);
		for (const word of ['queue', 'city', 'location', 'peru']) {
			expect(
				withVectors.relatedTo(word).filter(({ relation }) => relation === 'usage'),
				word,
			).toEqual([]);
		}
		// Without vectors, none.
		expect(lexicon.relatedTo('move').filter(({ relation }) => relation === 'usage')).toEqual([]);
	});

	test("GIVEN a region's adjective used as a place the article names THEN related by usage; a country's, or one used as no place, not", () => {
		const vectors: Record<string, [number, number]> = {
			peru: [1, 0],
			signed: [0, 1],
			andean: [0.9, 0.44],
			chilean: [1, 0],
		};
		const lexiconWith = (text: string) =>
			createLexicon(
				buildLexicon(
					wordnet,
					[{ common: 'Chile', names: ['Chile', 'Chilean'] }],
					{ hash: 'h', texts: [extractTerms(text)], entities: {}, words: new Set(text.toLowerCase().split(/\W+/u)) },
					extractTerms,
					{},
					(word) => (vectors[word] === undefined ? undefined : Float32Array.from(vectors[word])),
				),
			);
		expect(lexiconWith('Peru signed.').relatedTo('andean')).toEqual([{ target: 'peru', relation: 'usage' }]);
		expect(lexiconWith('Peru signed.').relatedTo('chilean')).toEqual([]);
		// Used alike with no place: none ("signed" is no place; the vectors make "andean" as close to it as to Peru).
		vectors.andean = [0, 1];
		expect(lexiconWith('Peru signed.').relatedTo('andean')).toEqual([]);
	});

	test('GIVEN a word whose less common sense is an article word THEN the two are alike only where usage agrees', () => {
		const lexiconWith = (text: string, vectors: Record<string, number[]>) =>
			createLexicon(
				buildLexicon(
					wordnet,
					[],
					{ hash: 'h', texts: [extractTerms(text)], entities: {}, words: new Set(text.toLowerCase().split(/\W+/u)) },
					extractTerms,
					// Relations by usage alone only for words used all but the same, not these.
					{ minUsageSimilarity: 0.99 },
					(word) => (vectors[word] === undefined ? undefined : Float32Array.from(vectors[word])),
				),
			);
		const alikeOf = (lexicon: ReturnType<typeof createLexicon>, word: string) =>
			lexicon.relatedTo(word).filter(({ relation }) => relation === 'alike');
		// "Tough" is "hard" only by its second sense: related where the two are used alike.
		const usedAlike = { tough: [1, 0], hard: [0.96, 0.28] };
		expect(alikeOf(lexiconWith('That date will be hard to meet.', usedAlike), 'tough')).toEqual([
			{ target: 'hard', relation: 'alike' },
		]);
		expect(alikeOf(lexiconWith('That date will be hard to meet.', { tough: [1, 0], hard: [0, 1] }), 'tough')).toEqual(
			[],
		);
		// Two words the article both writes are two things to it.
		expect(alikeOf(lexiconWith('A tough and hard date.', usedAlike), 'tough')).toEqual([]);
		// Without vectors, none.
		expect(alikeOf(lexiconOf('That date will be hard to meet.'), 'tough')).toEqual([]);
	});

	test("GIVEN a name's adjective (a pertainym) THEN the name and its synonyms find it; a common word's or a country of today's not", () => {
		const wendish = lexiconOf('Wendish troops left.');
		for (const name of ['wendland', 'wend republic']) {
			expect(wendish.relatedTo(name), name).toContainEqual({ target: 'wendish', relation: 'derivation' });
		}
		expect(lexiconOf('A civic duty.').relatedTo('town')).toEqual([]);
		// Peru is a country of today: country data says what its people's word is.
		const peru = lexiconOf('Peruvian troops left.', [{ common: 'Peru', names: ['Peru', 'Peruvian'] }]);
		expect(peru.relatedTo('peru')).toContainEqual({ target: 'peruvian', relation: 'country' });
		expect(peru.relatedTo('peru')).not.toContainEqual({ target: 'peruvian', relation: 'derivation' });
	});

	test('GIVEN a country THEN its name, people and capital relate to one another', () => {
		expect(lexicon.relatedTo('islamabad')).toEqual([]);
		const withPakistan = lexiconOf('Pakistan said so.', [
			{ common: 'Pakistan', names: ['Pakistan', 'Islamabad', 'Pakistani'] },
		]);
		expect(withPakistan.relatedTo('islamabad')).toEqual([{ target: 'pakistan', relation: 'country' }]);
		// Its common name is a country; its capital and its people are not.
		expect(withPakistan.isCountry('Pakistan')).toBe(true);
		expect(withPakistan.isCountry('Islamabad')).toBe(false);
		expect(withPakistan.isCountry('Pakistani')).toBe(false);
	});

	test('GIVEN a country’s capital in the text THEN "the <people> capital" and "the capital of <country>" are that city', () => {
		const withCapital = lexiconOf('Talks were held in Lima.', [
			{ common: 'Peru', names: ['Peru', 'Lima', 'Peruvian'], capitals: ['Lima'], people: ['Peruvian'] },
		]);
		for (const phrase of ['peruvian capital', 'peru capital', 'capital of peru']) {
			expect(withCapital.relatedTo(phrase)).toContainEqual({ target: 'lima', relation: 'synonym' });
		}
	});

	test('GIVEN the country the article is filed from THEN "its neighbour", "next door" are the countries it borders', () => {
		const countries = [
			{ common: 'Peru', names: ['Peru'], capitals: ['Lima'], people: ['Peruvian'], code: 'PER', borders: ['CHL'] },
			{ common: 'Chile', names: ['Chile'], capitals: ['Santiago'], people: ['Chilean'], code: 'CHL', borders: ['PER'] },
			{ common: 'Spain', names: ['Spain'], capitals: ['Madrid'], people: ['Spanish'], code: 'ESP', borders: [] },
		];
		const text = 'Chilean and Spanish envoys met in Lima.';
		const filedFrom = (dateline: string | undefined) =>
			createLexicon(
				buildLexicon(
					wordnet,
					countries,
					{ hash: 'h', texts: [extractTerms(text)], entities: {}, ...(dateline === undefined ? {} : { dateline }) },
					extractTerms,
				),
			);
		for (const word of ['neighbour', 'neighbors', 'next door']) {
			expect(filedFrom('Lima').relatedTo(word)).toContainEqual({ target: 'chilean', relation: 'narrower' });
			expect(filedFrom('Lima').relatedTo(word)).not.toContainEqual({ target: 'spanish', relation: 'narrower' });
		}
		// Filed from two places: the first country data knows.
		expect(filedFrom('Quito/Lima').relatedTo('neighbour')).toContainEqual({ target: 'chilean', relation: 'narrower' });
		// Filed from nowhere known: no one is next door.
		expect(filedFrom(undefined).relatedTo('neighbour')).not.toContainEqual({ target: 'chilean', relation: 'narrower' });
	});

	test('GIVEN a country the article names THEN one synonym group: its people, their plural, its code, a capital acting', () => {
		const groupsOf = (text: string) =>
			buildLexicon(
				wordnet,
				[
					{ common: 'Peru', names: ['Peru'], capitals: ['Lima'], people: ['Peruvian'], code: 'PER' },
					{ common: 'Chile', names: ['Chile'], capitals: ['Santiago'], people: ['Chilean'], code: 'CHL' },
				],
				{
					hash: 'h',
					texts: [extractTerms(text)],
					entities: {},
					placesWritten: new Set(/\bin Lima\b/u.test(text) ? ['lima'] : []),
				},
				extractTerms,
			).countryGroups;
		// Chile is not named: no group. Lima acts for Peru ("as Lima reviews"): it joins.
		// WordNet's other one-word name of it joins ("Piruw"), not its abbreviation ("PE").
		expect(groupsOf('Peru spoke first, as Lima reviews the deal.')).toEqual([
			['peru', 'peruvian', 'peruvians', 'piruw', 'lima', 'per'],
		]);
		// A capital written as a place stays a city's.
		expect(groupsOf('Peru spoke first; talks were in Lima.')).toEqual([
			['peru', 'peruvian', 'peruvians', 'piruw', 'per'],
		]);
	});

	test("GIVEN a country's code that WordNet has only as an old name THEN chat's code, with none of the old name's relations", () => {
		const data = buildLexicon(
			wordnet,
			[{ common: 'Russia', names: ['Russia'], people: ['Russian'], code: 'RUS' }],
			{ hash: 'h', texts: [extractTerms('Russia spoke in the city.')], entities: {} },
			extractTerms,
		);
		expect(data.countryGroups).toEqual([['russia', 'russian', 'russians', 'rus']]);
		expect(createLexicon(data).relatedTo('rus')).toEqual([]);
	});

	test('GIVEN an irregular form THEN its base finds it in the text, unless the form is a word of its own', () => {
		const herd = lexiconOf('Two oxen pulled a cable.');
		expect(herd.relatedTo('ox')).toContainEqual({ target: 'oxen', relation: 'inflection' });
		expect(herd.relatedTo('line')).not.toContainEqual({ target: 'cabl', relation: 'inflection' });
	});

	test('GIVEN two relations between two words THEN the closer one is kept: country data over a hierarchy', () => {
		// WordNet has Karachi as an instance of "city" (broader); made-up country data names both together.
		const both = lexiconOf('The city grew.', [{ common: 'Karachi', names: ['Karachi', 'City'] }]);
		expect(both.relatedTo('karachi')).toEqual([{ target: 'citi', relation: 'country' }]);
	});

	test('GIVEN a word’s rarer sense THEN its hierarchy is not followed: "line" is a queue first, not a cable', () => {
		expect(lexicon.relatedTo('line')).toEqual([]);
	});

	test('GIVEN the lexicon THEN its word list gives each word’s part of speech, how often it is tagged and, for a noun, what its first sense names', () => {
		expect(lexicon.lookUp('line')).toEqual({ pos: 'noun', tagged: 30, entity: 'organization', kind: 14 });
		expect(lexicon.lookUp('cities')).toEqual({ pos: 'noun', tagged: 12, entity: 'place', kind: 15 });
		expect(lexicon.lookUp('envoy')?.entity).toBe('person');
		expect(lexicon.lookUp('cable')).toEqual({ pos: 'noun', tagged: 0, concrete: true, kind: 6 });
	});
});

describe('inflectVerb', () => {
	test.each([
		['dish', ['dished', 'dishing']],
		['serve', ['served', 'serving']],
		['agree', ['agreed', 'agreeing']],
		['tie', ['tied', 'tying']],
		['ferry', ['ferried', 'ferrying']],
		['delay', ['delayed', 'delaying']],
	])('GIVEN %s THEN its regular past and "-ing" forms', (verb, forms) => {
		expect(inflectVerb(verb)).toEqual(forms);
	});
});
