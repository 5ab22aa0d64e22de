import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { type Briefing, createBriefing } from '../../../src/core/briefing.js';
import { loadKnowledge } from '../../../src/core/knowledge/load-knowledge.js';
import { parseArticle } from '../../../src/core/knowledge/parse-article.js';
import { stemWord } from '../../../src/core/text/analyze.js';
import { FIXTURE_DIR, loadFixtureBriefing, loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

const topParagraph = (question: string) => {
	const { index } = briefing;
	return index.search(index.analyze(question), 3)[0]?.paragraph.number;
};

describe('analyze', () => {
	test('GIVEN a misspelling THEN it is matched fuzzily against the article vocabulary', () => {
		const [concept] = briefing.index.analyze('quereshi');
		expect(concept?.covered).toBe(true);
		expect(concept?.terms.has('qureshi')).toBe(true);
	});

	test('GIVEN a word written closed that the article writes as two THEN it is split; two words never side by side are not', () => {
		expect(briefing.index.normalize('what happened at the newsconference')).toBe(
			'what happened at the news conference',
		);
		expect(briefing.index.normalize('what about the gasnews')).toBe('what about the gasnews');
	});

	test('GIVEN a compound noun the article has only the words of, apart THEN it is not covered as if it were written', () => {
		const coverage = (question: string) => briefing.index.analyze(question)[0]?.coverage;
		expect(coverage('security council')).toBeLessThan(1);
		expect(coverage('state department')).toBeLessThan(1);
		// Written as one phrase, or a phrasal verb, it is.
		expect(coverage('press conference')).toBe(1);
		expect(coverage('take part')).toBe(1);
	});

	test('GIVEN the g of -ing dropped, as chat does THEN the -ing word is read, not a word one edit away ("satin")', () => {
		expect(briefing.index.normalize('what is russia sayin about palestine')).toBe(
			'what is russia saying about palestine',
		);
		// A name that ends so is no verb's -ing.
		expect(briefing.index.normalize('what did shahin say')).toBe('what did shahin say');
	});

	test('GIVEN a word one edit from an ordinary word THEN corrected; a short one from a word never used THEN as typed', () => {
		expect(briefing.index.normalize('did they recieve the gift')).toBe('did they receive the gift');
		// Two letters swapped are the slip, not a commoner word one letter off ("relieved").
		expect(briefing.index.normalize('how many doses were recieved')).toBe('how many doses were received');
		// "trna" (transfer RNA) is in WordNet, but in none of its tagged texts; nor is "premier", near few long words.
		expect(briefing.index.normalize('whats moscow tryna do')).not.toMatch(/trna/u);
		expect(briefing.index.normalize('what did the premeir say')).toBe('what did the premier say');
	});

	test('GIVEN a slip of a word the synonyms have and the article lacks THEN that word, after any English one', () => {
		// The article says "Covid-19"; people say "coronavirus", which WordNet's word list lacks.
		expect(briefing.index.normalize('how many coronaviruus jabs')).toBe('how many coronavirus jabs');
		// An English word one edit away comes first ("stay" is a synonym), and no code is a correction ("chn").
		expect(briefing.index.normalize('did they stdy the plan')).toBe('did they study the plan');
		expect(briefing.index.normalize('what did chan say')).not.toMatch(/chn/u);
	});

	test('GIVEN a slip of an inflected English word THEN the inflection; of two alike, the one the article uses', () => {
		// "Weapons" is one edit from the slip, "weapon" two.
		expect(briefing.index.normalize('is russia giving pak weapoons')).toBe('is russia giving pak weapons');
		// "Arise" and "arrive" are both one edit away; the article has Lavrov arrive.
		expect(briefing.index.normalize('when did lavrov arive')).toBe('when did lavrov arrive');
		// A word WordNet lists itself is likelier than an inflection one edit away ("troops", not "tops").
		expect(briefing.index.normalize('when will the US trops leave')).toBe('when will the US troops leave');
		// Correct words stay: "fleeing" keeps its e.
		expect(briefing.index.normalize('were the troops fleeing')).toBe('were the troops fleeing');
	});

	test('GIVEN a slip of a place of the countries the article speaks of THEN corrected; another name THEN as typed', () => {
		expect(briefing.index.normalize('what did the Krmlin say')).toBe('what did the Kremlin say');
		expect(briefing.index.normalize('did he go to Kabl')).toBe('did he go to Kabul');
		expect(briefing.index.normalize('did lavrov meet alvi')).toBe('did lavrov meet alvi');
		// A name WordNet relates to a country by other ties (the Mari, a people of Russia) is no place of it.
		expect(briefing.index.normalize('what did Marvi say')).toBe('what did Marvi say');
		// A possessive is its word's, the 's kept.
		expect(briefing.index.normalize("What did Moscw's envoy say")).toBe("What did Moscow's envoy say");
	});

	test('GIVEN two unknown words running THEN a name as typed, unless one is surely a slip', () => {
		expect(briefing.index.normalize('did lavrov meet arif alvi')).toBe('did lavrov meet arif alvi');
		// A short word one edit from the article's ("khar", "khan") may be a name still.
		expect(briefing.index.normalize('did hina khar attend')).toBe('did hina khar attend');
		expect(briefing.index.normalize('whats the trade increse numbber')).toBe('what is the trade increase number');
		// Two letters of an English word swapped are a slip too, not half a name.
		expect(briefing.index.normalize('is pak actualy buynig the sputnik vaccine')).toMatch(/ buying the sputnik/u);
		// A question word is no unknown word beside a slip.
		expect(briefing.index.normalize('Whose occpuation were the fighters resisting')).toBe(
			'Whose occupation were the fighters resisting',
		);
	});

	test('GIVEN a function word WordNet lacks THEN it is kept, not corrected to a word near it ("wether")', () => {
		expect(briefing.index.normalize('did he say whether pakistan agreed')).toBe('did he say whether pakistan agreed');
	});

	test('GIVEN a multi-word synonym THEN it becomes one concept with its expansions', () => {
		const concepts = briefing.index.analyze('army chief');
		expect(concepts).toHaveLength(1);
		expect(concepts[0]?.terms.has('coa')).toBe(true);
	});

	test('GIVEN a spelling of a name the article does not use THEN the name the article uses is searched', () => {
		const concepts = briefing.index.analyze('Shah Mehmood Qureshi');
		expect(concepts).toHaveLength(1);
		expect(concepts[0]?.terms.has('mahmood')).toBe(true);
	});

	test('GIVEN a verb of a narrow kind THEN the others of its kind are its relatives, unless it leaves ("fly out")', () => {
		const fly = (question: string) => briefing.index.analyze(question).find((concept) => concept.label === 'fly');
		expect(fly('where did lavrov fly in from')?.terms.get(stemWord('arrived'))).toBeLessThan(1);
		expect(fly('when did lavrov fly out')?.terms.has(stemWord('arrived'))).toBe(false);
		// A word after a determiner is no verb: "a moderate" is no mediating.
		const moderate = (question: string) =>
			briefing.index.analyze(question).find((concept) => concept.label === 'moderate');
		expect(moderate('will russia moderate the talks')?.terms.has(stemWord('mediate'))).toBe(true);
		expect(moderate('is he a moderate')?.terms.has(stemWord('mediate'))).toBe(false);
		// Finishing: "wrap up" is what "concluding" does.
		const wrap = briefing.index
			.analyze('how did lavrov wrap up his stay')
			.find((concept) => /^wrap/u.test(concept.label));
		expect(wrap?.terms.get(stemWord('concluding'))).toBeGreaterThan(0);
	});

	test('GIVEN a noun after a determiner THEN not its adjective senses: "the premier" is a person, not "first"', () => {
		const premier = (question: string) =>
			briefing.index.analyze(question).find((concept) => concept.label === 'premier');
		expect(premier('when did the premier meet putin')?.terms.has(stemWord('first'))).toBe(false);
		expect(premier('when did the premier meet putin')?.terms.get(stemWord('prime'))).toBeGreaterThan(0);
		// A noun before its head is a modifier, which may mean what its adjective means ("the premier event").
		expect(premier('what was the premier event of the visit')?.terms.has(stemWord('first'))).toBe(true);
	});

	test('GIVEN a synonym of a title the fact sheet gives someone ("premier") THEN it stands for that person\'s names too, weaker', () => {
		const holder = briefing.knowledge.people.find((person) => person.aliases.includes('Prime Minister'));
		const surname = stemWord(holder?.name.split(' ').at(-1)?.toLowerCase() ?? '');
		const [premier] = briefing.index.analyze('premier');
		expect(premier?.terms.get(surname)).toBeGreaterThan(0);
		expect(premier?.terms.get(surname)).toBeLessThan(premier?.terms.get(stemWord('prime')) ?? 0);
		// A word related to no one's title brings no one.
		const [talks] = briefing.index.analyze('talks');
		expect(talks?.terms.has(surname)).toBe(false);
	});

	test('GIVEN a pointer at the text ending a clause THEN none of its words is a concept; a report asked about is', () => {
		const labels = (question: string) => briefing.index.analyze(question).map((concept) => concept.label.toLowerCase());
		expect(labels('How long has Kabul been at war, per the wire copy?')).toEqual(['long', 'kabul', 'war']);
		expect(labels('who is fighting, according to the piece')).not.toContain('piece');
		expect(labels('what did the report on trade say')).toContain('report');
	});

	test('GIVEN an unknown word typed in lower case after a word for a person THEN a name ("president alvi")', () => {
		const alvi = briefing.index
			.analyze('did lavrov also meet president alvi')
			.find((concept) => concept.label === 'alvi');
		expect(alvi).toMatchObject({ covered: false, properNoun: true });
		const other = briefing.index.analyze('did the president xyzzy').find((concept) => concept.label === 'xyzzy');
		expect(other?.properNoun).toBe(true);
		expect(briefing.index.analyze('what did the gazwelp say').find((c) => c.label === 'gazwelp')?.properNoun).toBe(
			false,
		);
	});

	test('GIVEN a capitalized word the article lacks THEN it is an uncovered proper noun', () => {
		const syria = briefing.index
			.analyze('What did Lavrov say about Syria?')
			.find((concept) => concept.label === 'Syria');
		expect(syria).toMatchObject({ covered: false, properNoun: true });
	});

	test('GIVEN a word the article has only as a synonym THEN it is covered, but only as much as a synonym weighs', () => {
		const [change] = briefing.index.analyze('change');
		expect(change?.covered).toBe(true);
		expect(change?.coverage).toBeGreaterThan(0);
		expect(change?.coverage).toBeLessThan(1);
		const [vaccine] = briefing.index.analyze('vaccine');
		expect(vaccine?.coverage).toBe(1);
	});

	test('GIVEN the name of a thing THEN the noun the article writes after it stands for it, below the name itself', () => {
		const [sputnik] = briefing.index.analyze('sputnik');
		const vaccine = sputnik?.terms.get(stemWord('vaccine')) ?? 0;
		expect(vaccine).toBeGreaterThan(0);
		expect(vaccine).toBeLessThan(1);
		// A country's or a person's name has no such noun: "Russia's efforts" say nothing of what Russia is.
		expect(briefing.index.analyze('russia')[0]?.terms.has(stemWord('efforts'))).toBe(false);
		expect(briefing.index.analyze('lavrov')[0]?.terms.has(stemWord('visit'))).toBe(false);
	});

	test('GIVEN a word whose one-word synonym is generic ("Russian" for "Russia") THEN it is generic too', () => {
		const [russia] = briefing.index.analyze('Russia');
		const [russian] = briefing.index.analyze('Russian');
		expect(russia?.generic).toBe(true);
		expect(russian?.generic).toBe(true);
		expect(briefing.index.analyze('Kashmir')[0]?.generic).toBe(false);
	});

	test('GIVEN shorthand for a word in most paragraphs ("pak") THEN it still means that word, generic as it is', () => {
		const [pak] = briefing.index.analyze('pak');
		expect(pak?.terms.has('pakistan')).toBe(true);
		expect(pak?.generic).toBe(true);
	});

	test('GIVEN "A or B" THEN one concept, as covered as the better of the two', () => {
		const concepts = briefing.index.analyze('were any tariffs or agreements signed');
		const either = concepts.find((concept) => concept.label === 'tariffs or agreements');
		expect(either?.covered).toBe(true);
		expect(concepts.map((concept) => concept.label)).not.toContain('tariffs');
	});

	test('GIVEN words that frame the question ("what kind of", "want") THEN they are no concepts', () => {
		const labels = briefing.index.analyze('What kind of help does Pakistan want?').map((concept) => concept.label);
		expect(labels).toEqual(['help', 'Pakistan']);
	});

	test('GIVEN chat shorthand ("wat", "abt", "plz") THEN only the topic words are concepts', () => {
		const labels = briefing.index.analyze('plz wat did lavrov say abt trade').map((concept) => concept.label);
		expect(labels).toEqual(['lavrov', 'trade']);
		const framed = briefing.index.analyze('ngl whats this pipeline thing everyone keeps mentioning');
		expect(framed.map((concept) => concept.label)).toEqual(['pipeline']);
	});

	test('GIVEN a concept cap above 32 THEN building the index fails with the reason', () => {
		expect(() => createBriefing(briefing.knowledge, { maxConcepts: 33 })).toThrow(/maxConcepts must be at most 32/u);
	});

	test('GIVEN hundreds of words THEN analysis stops at the concept cap', () => {
		const words = Array.from({ length: 500 }, (_, i) => `word${i}x`).join(' ');
		expect(briefing.index.analyze(words).length).toBeLessThanOrEqual(12);
	});
});

describe('search', () => {
	test('GIVEN synonyms (jab → vaccine, pullout → withdraw) THEN the passage using the article word ranks first', () => {
		expect(briefing.knowledge.article.paragraphs[(topParagraph('sputnik jabs for pakistan') ?? 0) - 1]?.text).toMatch(
			/vaccine/iu,
		);
		expect(briefing.knowledge.article.paragraphs[(topParagraph('US troop pullout deadline') ?? 0) - 1]?.text).toMatch(
			/withdraw/u,
		);
	});

	test('GIVEN a rare word THEN its only paragraph ranks first', () => {
		expect(topParagraph('Bishkek summit')).toBe(3);
		expect(topParagraph('Palestinian state')).toBe(27);
	});

	test('GIVEN a part of the day asked THEN the paragraph giving an hour of it is found, not one of another part', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'briefing-day-'));
		try {
			await cp(FIXTURE_DIR, dir, { recursive: true });
			await appendFile(join(dir, 'article.txt'), 'The council voted at 9:30 a.m.\nThe mayor spoke at 7 p.m.\n');
			const timed = createBriefing(await loadKnowledge(dir));
			const found = (question: string) => timed.index.search(timed.index.analyze(question), 1)[0]?.paragraph.text;
			expect(found('the vote in the morning')).toMatch(/9:30 a\.m\./u);
			expect(found('what did the mayor say in the evening')).toMatch(/7 p\.m\./u);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	test('GIVEN a sentence opening "He said …" THEN it is found by the name of the one named in the sentence before', () => {
		// The article names Israel once, in a sentence whose "He" is the minister the paragraph before quotes: naming
		// him adds to that sentence's score, as it would had the sentence named him.
		const scoreOf = (question: string) => briefing.index.search(briefing.index.analyze(question), 1)[0];
		const alone = scoreOf('Israel');
		const named = scoreOf('Lavrov Israel');
		expect(named?.sentence.text).toMatch(/^He\b.*Israel/u);
		expect(named?.paragraph).toBe(alone?.paragraph);
		expect(named?.score ?? 0).toBeGreaterThan(alone?.score ?? Number.POSITIVE_INFINITY);
	});

	/** A briefing over a short invented article, with the real lexicon and synonyms. */
	const briefingOf = (...lines: string[]) => {
		const { knowledge } = briefing;
		const filler = [
			'The two sides agreed to expand cooperation in energy.',
			'A joint statement was issued after the talks.',
			'The minister also called on the president.',
			'Both countries will hold consultations next year.',
			'The visit ended on Tuesday.',
		];
		const article = parseArticle([...lines, ...filler].join('\n'), knowledge.article.meta, 'test');
		return createBriefing({ ...knowledge, article, people: [], pledges: [] });
	};

	test('GIVEN a closed compound of a synonym group that the article writes open THEN it matches ("airport": "Air Base")', () => {
		const text = [
			'The minister held talks on trade at the ministry on Monday.',
			'He landed at the Nur Khan Air Base late on Sunday.',
			'Officials met the minister at the hotel.',
		];
		const { index } = briefingOf(...text);
		const [airport] = index.analyze('airport');
		expect(airport?.covered).toBe(true);
		expect(index.search(index.analyze('which airport did the minister land at'), 1)[0]?.paragraph.text).toMatch(
			/Air Base/u,
		);
		// Two words the article never writes side by side are no spelling of the compound, nor a short word and the
		// rest ("in stability" is no "instability").
		const other = briefingOf(...text.map((line) => line.replace('Air Base', 'air, base')), 'Trade is in stability.');
		expect(other.index.analyze('airport')[0]?.terms.has(stemWord('air'))).toBe(false);
		expect(other.index.analyze('chaos')[0]?.terms.has(stemWord('stability'))).toBe(false);
	});

	test('GIVEN an acronym of a compound noun the article writes in lower case THEN it is read as the compound', () => {
		const { index } = briefingOf(
			'The minister held talks on trade at the ministry on Monday.',
			'The talks were useful, the foreign office spokesperson, Ana Reed, said.',
		);
		const [fo] = index.analyze('FO');
		expect(fo?.covered).toBe(true);
		expect(fo?.terms.has(stemWord('office'))).toBe(true);
	});

	test('GIVEN the shipped lexicon THEN the acronyms it keeps are those the index derives from the article', () => {
		const { knowledge } = briefing;
		const kept = briefing.index.derivedAcronyms;
		const lexicon = knowledge.lexicon === undefined ? undefined : { ...knowledge.lexicon, acronyms: undefined };
		const derived = createBriefing({ ...knowledge, lexicon }).index.derivedAcronyms;
		expect(knowledge.lexicon?.acronyms).toBeDefined();
		expect(kept.size).toBeGreaterThan(0);
		expect(Object.fromEntries(kept)).toEqual(Object.fromEntries(derived));
	});

	test('GIVEN a fixture article with its own synonyms THEN they expand queries there too', async () => {
		const fixture = await loadFixtureBriefing();
		const hits = fixture.index.search(fixture.index.analyze('boat service'), 1);
		expect(hits[0]?.paragraph.number).toBe(6);
	});
});

describe('the concept cache', () => {
	test('GIVEN the same questions with and without the cache THEN the rankings are identical', () => {
		const { knowledge } = briefing;
		const uncached = createBriefing(knowledge, { conceptCacheSize: 0 });
		const small = createBriefing(knowledge, { conceptCacheSize: 2 });
		const questions = [
			'vaccine doses',
			'Lavrov Afghanistan',
			'vaccine Pakistan',
			'gas pipeline',
			'vaccine doses',
			'Lavrov trade',
		];
		for (const question of [...questions, ...questions]) {
			const expected = uncached.index.search(uncached.index.analyze(question), 10);
			for (const candidate of [briefing, small]) {
				const actual = candidate.index.search(candidate.index.analyze(question), 10);
				expect(actual.map((passage) => [passage.paragraph.number, passage.sentence.index, passage.score])).toEqual(
					expected.map((passage) => [passage.paragraph.number, passage.sentence.index, passage.score]),
				);
			}
		}
	});
});

describe('buildSearchIndex: the lexicon', () => {
	test('GIVEN a phrasal verb THEN its particle keeps it one idea ("get to", not "get")', async () => {
		const { index } = await loadRealBriefing();
		expect(index.analyze('when did lavrov get to pakistan').map((concept) => concept.label)).toContain('get to');
	});

	test('GIVEN a phrasal verb THEN the forms of its verb the article writes match it ("take place" is "took place")', async () => {
		const { index } = await loadRealBriefing();
		const [took] = index.termsOf('took');
		const takePlace = index.analyze('where did the talks take place').find((concept) => concept.label === 'take place');
		expect(took).toBeDefined();
		expect(takePlace?.terms.get(took ?? '')).toBeGreaterThan(0);
	});

	test('GIVEN a word seldom a verb, written as the verb ("did they table it") THEN its verb senses count; as a noun, not', async () => {
		const { index } = await loadRealBriefing();
		const termsOf = (question: string) => index.analyze(question).find((concept) => concept.label === 'table')?.terms;
		expect(termsOf('did they table a proposal')?.has('put')).toBe(true);
		expect(termsOf('what was on the table')?.has('put')).toBe(false);
	});

	test('GIVEN a concept THEN its close terms are the word and its synonyms, not broader words', async () => {
		const { index } = await loadRealBriefing();
		const [envoy] = index.analyze('envoy');
		const [premier] = index.analyze('premier');
		expect(envoy && index.closeTermsOf(envoy)).toEqual([stemWord('envoy')]);
		// "Premier" is "prime minister" by WordNet, a synonym; "diplomat" is only a broader word for "envoy".
		expect(premier && index.closeTermsOf(premier)).toContain(stemWord('prime'));
		expect(envoy?.terms.has(stemWord('diplomat'))).toBe(true);
	});

	test('GIVEN a word the article lacks THEN its relatives weigh less than a word it has', async () => {
		const { index } = await loadRealBriefing();
		const [envoy] = index.analyze('envoy');
		expect(envoy?.covered).toBe(true);
		expect(envoy?.coverage).toBeGreaterThan(0);
		expect(envoy?.coverage).toBeLessThan(1);
		expect(index.analyze('diplomat')[0]?.coverage).toBe(1);
	});

	test('GIVEN a word the article lacks and WordNet does not link THEN words used alike cover it, weaker than WordNet relatives', async () => {
		const { index } = await loadRealBriefing();
		// "Insurgents": no synonym or broader word of it is in the article; by word embeddings it is used as the
		// article's "Taliban" and "fighters" are.
		const [insurgents] = index.analyze('insurgents');
		expect(insurgents?.covered).toBe(true);
		expect(insurgents?.coverage).toBeLessThan(index.analyze('envoy')[0]?.coverage ?? 0);
		expect(index.relatedTo('insurgents').every(({ relation }) => relation === 'usage')).toBe(true);
	});

	test('GIVEN a thing the article lacks that WordNet defines by one it names THEN the gloss covers it, as a loose relative', async () => {
		const { index } = await loadRealBriefing();
		// A subcontinent is "a large and distinctive landmass (as India or Greenland) …": the article names India.
		expect(index.relatedTo('subcontinent')).toContainEqual({ target: 'india', relation: 'gloss' });
		const [subcontinent] = index.analyze('subcontinent');
		expect(subcontinent?.covered).toBe(true);
		expect(index.isClose(subcontinent?.terms.get('india') ?? 1)).toBe(false);
		// Aviation is "the aggregation of a country's military aircraft", and a plane a kind of a kind of aircraft.
		const [top] = index.search(index.analyze('were trains and planes discussed?'), 1);
		expect(top?.paragraph.text).toMatch(/railways and aviation/u);
	});

	test('GIVEN a name of two words the article has one of THEN the name is not covered', async () => {
		const { index } = await loadRealBriefing();
		const korea = index
			.analyze('What did Lavrov say about North Korea?')
			.find((concept) => /Korea/u.test(concept.label));
		expect(korea?.coverage).toBe(0);
	});

	test('GIVEN a name THEN it is a place by country data or the lexicon, a title or a person is not', async () => {
		const { index } = await loadRealBriefing();
		for (const place of ['Pakistan', 'the United States', 'Islamabad', 'Pakistani', 'Karachi']) {
			expect(index.isPlace(place), place).toBe(true);
		}
		for (const other of ['President', 'Lavrov', 'Jordan Peterson']) expect(index.isPlace(other), other).toBe(false);
	});

	test('GIVEN a country typed in lower case that the article lacks THEN it is still a name: "country" does not cover it', async () => {
		const { index } = await loadRealBriefing();
		const [ukraine] = index.analyze('ukraine');
		expect(ukraine?.coverage).toBe(0);
		// A country the article has stays covered, typed in any case.
		expect(index.analyze('russia')[0]?.coverage).toBe(1);
	});
});
