import { describe, expect, test } from 'vitest';
import { createLexicon } from '../../../src/core/lexicon/lexicon.js';
import { encodeRelated, LEXICON_VERSION, type LexiconData, RELATIONS } from '../../../src/core/lexicon/lexicon-data.js';

const code = (relation: (typeof RELATIONS)[number]) => RELATIONS.indexOf(relation);

const data: LexiconData = {
	version: LEXICON_VERSION,
	articleHash: 'x',
	sources: 'test',
	// city: noun (0), tagged 120, filed under noun.location (15); come: verb (1); premier: noun; leader: noun.person
	// (18), but "leaders", a lemma of its own, noun.group (14); hotel and ink: noun.artifact (6); firm: adjective (2);
	// official: an adjective first, its noun a person; longer: an adverb first, its rare noun a person (one who longs).
	words:
		'bare2:20 bos0:0:5 boss0:3:18 came1:900 city0:120:15 come1:900 dos0:1 dose0:3 firm2:30 flee1:10 global2:40 hotel0:9:6 ink0:5:6 leader0:40:18 leaders0:1:14 longer3:9:18 official2:60:18 premier0:15 receive1:300 relieve1:20',
	names: 'kremlin',
	// WordNet's exception lists also map some words to themselves.
	bases: { came: 'come', took: 'take', city: 'city' },
	entities: {},
	related: encodeRelated(
		Object.entries({
			city: [['karachi', code('narrower')]],
			cities: [['capit', code('broader')]],
			come: [['arriv', code('synonym')]],
			dose: [['medicin', code('broader')]],
			favor: [['promot', code('broader')]],
			organize: [['arrang', code('synonym')]],
			center: [['middl', code('synonym')]],
			tor: [['hill', code('broader')]],
			global: [['world', code('synonym')]],
			bare: [['empti', code('synonym')]],
			dos: [['state', code('synonym')]],
			premier: [['prime minist', code('synonym')]],
			'prime minister': [['premier', code('synonym')]],
			'take part': [['particip', code('synonym')]],
		}),
	),
};

describe('createLexicon', () => {
	const lexicon = createLexicon(data);

	test('GIVEN a regular inflection THEN the part of speech it allows: "inked" a verb, "firms" no adjective', () => {
		expect(lexicon.lookUp('ink')?.pos).toBe('noun');
		expect(lexicon.lookUp('inked')?.pos).toBe('verb');
		expect(lexicon.lookUp('inking')?.pos).toBe('verb');
		expect(lexicon.lookUp('firm')?.pos).toBe('adjective');
		expect(lexicon.lookUp('firms')?.pos).toBe('noun');
		// A plural of a word commoner as an adjective is a person where its noun is one ("officials").
		expect(lexicon.lookUp('officials')).toMatchObject({ pos: 'noun', entity: 'person' });
		// An irregular form and a lemma of its own keep their entries.
		expect(lexicon.lookUp('came')?.pos).toBe('verb');
		expect(lexicon.lookUp('leaders')?.pos).toBe('noun');
	});

	test('GIVEN a word whose noun is a person THEN a person, unless it is an adverb first ("longer")', () => {
		expect(lexicon.lookUp('leader')?.entity).toBe('person');
		expect(lexicon.lookUp('officials')?.entity).toBe('person');
		expect(lexicon.lookUp('official')?.entity).toBe('person');
		expect(lexicon.lookUp('longer')?.pos).toBe('adverb');
		expect(lexicon.lookUp('longer')?.entity).toBeUndefined();
		expect(lexicon.lookUp('hotel')?.entity).toBeUndefined();
	});

	test('GIVEN a word THEN its relations and its base form’s come together, each with its relation', () => {
		expect(lexicon.relatedTo('cities')).toEqual(
			expect.arrayContaining([
				{ target: 'karachi', relation: 'narrower' },
				{ target: 'capit', relation: 'broader' },
			]),
		);
		expect(lexicon.relatedTo('came')).toEqual([{ target: 'arriv', relation: 'synonym' }]);
		expect(lexicon.relatedTo('unrelated')).toEqual([]);
	});

	test('GIVEN a British spelling without relations of its own THEN its American spelling’s, by the ending only', () => {
		expect(lexicon.relatedTo('favour')).toEqual([{ target: 'promot', relation: 'broader' }]);
		expect(lexicon.relatedTo('organising')).toEqual([{ target: 'arrang', relation: 'synonym' }]);
		expect(lexicon.relatedTo('centre')).toEqual([{ target: 'middl', relation: 'synonym' }]);
		// "tour" is no British "tor": a short word's "our" is its own.
		expect(lexicon.relatedTo('tour')).toEqual([]);
	});

	test('GIVEN an adverb in -ly without relations of its own THEN its adjective’s ("globally" → global)', () => {
		expect(lexicon.relatedTo('globally')).toEqual([{ target: 'world', relation: 'synonym' }]);
		// Only an adjective with an adjective's ending: "barely" is not of "bare".
		expect(lexicon.relatedTo('barely')).toEqual([]);
	});

	test('GIVEN a verb phrase inflected at its first word ("took part") THEN the phrase’s relations', () => {
		expect(lexicon.relatedTo('took part')).toEqual([{ target: 'particip', relation: 'synonym' }]);
		expect(lexicon.phraseLengthAt(['they', 'took', 'part'], 1)).toBe(2);
	});

	test('GIVEN an inflection two base forms could undo THEN only the first English has: "doses" is no "DOS"', () => {
		expect(lexicon.relatedTo('doses')).toEqual([{ target: 'medicin', relation: 'broader' }]);
	});

	test('GIVEN a phrase the lexicon knows THEN its length is found at its first word, inflected or not', () => {
		expect(lexicon.phraseLengthAt(['the', 'prime', 'ministers', 'said'], 1)).toBe(2);
		expect(lexicon.phraseLengthAt(['prime', 'time'], 0)).toBe(1);
	});

	test('GIVEN an inflected or irregular form THEN lookUp finds the word’s part of speech and commonness', () => {
		expect(lexicon.lookUp('cities')).toEqual({ pos: 'noun', tagged: 120, entity: 'place', kind: 15 });
		expect(lexicon.lookUp('came')).toEqual({ pos: 'verb', tagged: 900 });
		expect(lexicon.lookUp('xqzt')).toBeUndefined();
	});

	test('GIVEN a plural WordNet lists as a group THEN it names what its singular names', () => {
		expect(lexicon.lookUp('leaders')?.entity).toBe('person');
		expect(lexicon.lookUp('leader')?.entity).toBe('person');
		expect(lexicon.lookUp('premier')?.entity).toBeUndefined();
	});

	test('GIVEN a noun filed under a concrete kind THEN it is concrete', () => {
		expect(lexicon.lookUp('hotels')).toEqual({ pos: 'noun', tagged: 9, concrete: true, kind: 6 });
		expect(lexicon.lookUp('leader')?.concrete).toBeUndefined();
	});

	test('GIVEN a word ending in "ss" THEN no plural: "boss" is a person, not the cattle genus "Bos"', () => {
		expect(lexicon.lookUp('boss')).toMatchObject({ entity: 'person', kind: 18 });
	});

	test('GIVEN a misspelling THEN findNear lists the words one edit away, swapped letters included', () => {
		expect(lexicon.findNear('recieve').map(([word]) => word)).toContain('receive');
		expect(lexicon.findNear('preimer').map(([word]) => word)).toEqual(['premier']);
		expect(lexicon.findNear('zzzzzz')).toEqual([]);
	});

	test('GIVEN a misspelling of an inflected word THEN findNear finds the inflection, not a form English never makes', () => {
		// Asked for the inflections: "citties" is two edits from "city", one from its plural; the list's own words are
		// found without them.
		expect(lexicon.findNear('citties').map(([word]) => word)).not.toContain('cities');
		expect(lexicon.findNear('citties', true).map(([word]) => word)).toContain('cities');
		expect(lexicon.findNear('receeved', true).map(([word]) => word)).toContain('received');
		// Undoing "-ed" reaches "receive" from "receiveed", and "-s" "dos" from "doss": neither is how English inflects.
		expect(lexicon.findNear('receiveedd', true).map(([word]) => word)).not.toContain('receiveed');
		expect(lexicon.isWord('received')).toBe(true);
		expect(lexicon.isWord('receiveed')).toBe(false);
		expect(lexicon.isWord('doss')).toBe(false);
		// Irregular forms take no regular ending ("cames"); "-ing" keeps the e of "ee" ("fleeing"), not of "e" alone.
		expect(lexicon.isWord('cames')).toBe(false);
		expect(lexicon.isWord('cities')).toBe(true);
		expect(lexicon.isWord('fleeing')).toBe(true);
		expect(lexicon.isWord('fleing')).toBe(false);
		// Only an adjective compares: "premiers" is a word, "premierer" none.
		expect(lexicon.isWord('premiers')).toBe(true);
		expect(lexicon.isWord('premierer')).toBe(false);
		// "-ing" is a verb's: "hoteling" is one edit from "hotelling", which no noun makes.
		expect(lexicon.findNear('hotelling', true).map(([word]) => word)).not.toContain('hoteling');
	});
});

describe('createLexicon: the relations as the file keeps them', () => {
	const related = encodeRelated([
		['omega', [['z', code('synonym')]]],
		[
			'alpha',
			[
				['x', code('synonym')],
				['y y', code('broader')],
			],
		],
		['alpha beta gamma', [['w', code('synonym')]]],
		['alpha beta', [['v', code('synonym')]]],
	]);
	const lexicon = createLexicon({ ...data, related });

	test('GIVEN the first and the last word, several relations THEN each with all of its own', () => {
		expect(lexicon.relatedTo('alpha')).toEqual([
			{ target: 'x', relation: 'synonym' },
			{ target: 'y y', relation: 'broader' },
		]);
		expect(lexicon.relatedTo('omega')).toEqual([{ target: 'z', relation: 'synonym' }]);
	});

	test('GIVEN a word before the first, after the last, or only the start of one THEN none', () => {
		expect(lexicon.relatedTo('aardvark')).toEqual([]);
		expect(lexicon.relatedTo('zzz')).toEqual([]);
		expect(lexicon.relatedTo('alph')).toEqual([]);
	});

	test('GIVEN phrases starting with a word THEN the longest is matched', () => {
		expect(lexicon.phraseLengthAt(['alpha', 'beta', 'gamma'], 0)).toBe(3);
		expect(lexicon.phraseLengthAt(['alpha', 'beta', 'delta'], 0)).toBe(2);
		expect(lexicon.phraseLengthAt(['omega', 'beta'], 0)).toBe(1);
	});

	test('GIVEN no relations at all THEN none, and no phrase', () => {
		const empty = createLexicon({ ...data, related: '' });
		expect(empty.relatedTo('alpha')).toEqual([]);
		expect(empty.phraseLengthAt(['alpha', 'beta'], 0)).toBe(1);
	});

	test('GIVEN a word with a tab or a line break THEN encoding refuses it, as it would break the lines', () => {
		expect(() => encodeRelated([['bad\tword', [['x', code('synonym')]]]])).toThrow(/tab or line break/u);
		expect(() => encodeRelated([['word', [['x\ny', code('synonym')]]]])).toThrow(/tab or line break/u);
	});
});
