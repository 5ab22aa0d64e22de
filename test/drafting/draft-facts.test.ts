import { describe, expect, test } from 'vitest';
import { findPinProblems } from '../../src/core/knowledge/link-facts.js';
import { parseArticle } from '../../src/core/knowledge/parse-article.js';
import type { ArticleMeta } from '../../src/core/types.js';
import { readCapitals, readCountryNames } from '../../src/drafting/country-names.js';
import { draftFacts } from '../../src/drafting/draft-facts.js';

// An invented report, in our own words: a trade fair between two invented towns of real countries.
const TEXT = [
	'DUNMORE: Trade Minister Karl Weiss of Austria opened the Dunmore trade fair on Monday with Mayor Rosa Quint.',
	'Ivo Brandt, the chamber’s director of exports, said the fair drew 40 exhibitors this year.',
	'Weiss agreed to fund a new exhibition hall before the next fair.',
	'“We intend to double the number of exhibitors by 2026,” he said.',
	'The shuttle bus will keep running until Sunday.',
	'A second exhibition hall will open in the spring, the mayor promised.',
	'TM Weiss also met students at the exhibition hall.',
	'Quint was joined by Deputy Governor Ana Roth and Piet Valk, the fair’s chief organiser.',
	'Lena Hart, director of the town museum, said the hall was full.',
	'Guests flew in to Otto Lind Airport and were met by Police Commissioner Jonas Emil King.',
	'The fair’s press spokesperson, Mira Sand, said tickets were sold out.',
	'Roth said the region would pay for a tram line to the fair.',
	'The two sides agreed to share the cost of the car park.',
	'The weather would stay dry, the forecast said.',
].join('\n');
const meta = { title: 'Fair opens', date: '2024-05-06' } as ArticleMeta;
const article = parseArticle(TEXT, meta, '');
const countries = new Map([
	['austria', 'Austria'],
	['austrian', 'Austria'],
]);
const facts = draftFacts(article, countries);

describe('draftFacts', () => {
	test('GIVEN titles and an apposition THEN people with their roles, whom they serve and their aliases', () => {
		const people = Object.fromEntries(facts.people.map((person) => [person.name, person]));
		expect(people['Karl Weiss']).toMatchObject({ role: 'Trade Minister of Austria', country: 'Austria' });
		expect(people['Karl Weiss']?.aliases).toEqual(expect.arrayContaining(['Weiss', 'TM Weiss']));
		expect(people['Rosa Quint']).toMatchObject({ role: 'Mayor' });
		expect(people['Rosa Quint']?.aliases).toEqual(expect.arrayContaining(['Quint', 'the mayor']));
		expect(people['Ivo Brandt']?.role).toBe('the chamber’s director of exports');
		expect(Object.keys(people)).not.toContain('Trade Minister');
	});

	test('GIVEN a role naming a capital and a place of posting THEN the country served is the capital’s, not the posting’s', () => {
		const posted = draftFacts(
			parseArticle(
				'Hugo Stern, Vienna’s ambassador to Chile, met Eva Moll, the special envoy on Peru, at the fair.',
				meta,
				'',
			),
			new Map([...countries, ['chile', 'Chile'], ['peru', 'Peru']]),
			{},
			new Map([['vienna', 'Austria']]),
		);
		const people = Object.fromEntries(posted.people.map((person) => [person.name, person]));
		expect(people['Hugo Stern']?.country).toBe('Austria');
		expect(people['Eva Moll']?.country).toBe('');
		// A seat of power owns a role as its capital does, and a place of two words is not its last word's ("Korea").
		const seats = draftFacts(
			parseArticle(
				'Ida Roth, the Kremlin’s envoy on trade, met Tom Hale, the White House’s envoy to Chile, and Kim Lee, South Korea’s envoy to Peru, at the fair.',
				meta,
				'',
			),
			readCountryNames(),
			{},
			readCapitals(),
		);
		const envoys = Object.fromEntries(seats.people.map((person) => [person.name, person.country]));
		expect(envoys).toMatchObject({ 'Ida Roth': 'Russia', 'Tom Hale': 'United States', 'Kim Lee': 'South Korea' });
		// A capital in a person's name is no country: the person is drafted.
		const named = draftFacts(
			parseArticle('Mayor Vienna Holt opened the fair.', meta, ''),
			countries,
			{},
			new Map([['vienna', 'Austria']]),
		);
		expect(named.people.map((person) => person.name)).toContain('Vienna Holt');
	});

	test('GIVEN two people joined by "and", or an apposition opening with the office THEN each with their role', () => {
		const people = Object.fromEntries(facts.people.map((person) => [person.name, person]));
		expect(people['Ana Roth']?.role).toBe('Deputy Governor');
		expect(people['Piet Valk']?.role).toBe('the fair’s chief organiser');
		expect(people['Lena Hart']?.role).toBe('director of the town museum');
	});

	test('GIVEN a surname that is also a title, a role before the name, a place named after someone THEN read as such', () => {
		const people = Object.fromEntries(facts.people.map((person) => [person.name, person]));
		expect(people['Jonas Emil King']?.role).toBe('Police Commissioner');
		expect(people['Mira Sand']?.role).toBe('The fair’s press spokesperson');
		// The role is the last phrase before the name, not the clause before it.
		const other = draftFacts(
			parseArticle('The mayor said the harbour spokesperson, Ines Vogt, was away.', meta, ''),
			countries,
		);
		expect(other.people.find((person) => person.name === 'Ines Vogt')?.role).toBe('the harbour spokesperson');
		expect(Object.keys(people).some((name) => name.includes('Airport'))).toBe(false);
	});

	test('GIVEN a sentence opening on a name the text writes elsewhere mid-sentence THEN that name commits', () => {
		const text = [
			'The buses were run by Stadtwerk on Monday.',
			'Stadtwerk pledged to run extra buses to the fair.',
			'Agencies pledged to cover the fair.',
		].join('\n');
		const drafted = draftFacts(parseArticle(text, meta, ''), countries);
		// "Agencies", never written mid-sentence, stays an opener, no party.
		expect(drafted.pledges.map((pledge) => pledge.by)).toEqual([['Stadtwerk']]);
	});

	test('GIVEN an office in lower case after a body, or an apposition owned by a named person THEN the role', () => {
		const text = [
			'The talks ran long, according to Harbour Board spokesman Mia Park.',
			'Among the guests was Leo Stone, President Ana Roth’s special envoy for trade.',
		].join('\n');
		const drafted = draftFacts(parseArticle(text, meta, ''), countries);
		const people = Object.fromEntries(drafted.people.map((person) => [person.name, person.role]));
		expect(people['Mia Park']).toBe('Harbour Board spokesman');
		expect(people['Leo Stone']).toBe('President Ana Roth’s special envoy for trade');
	});

	test('GIVEN an office in a relative clause, a title after a qualifier or a body, the outlet, a place in lower case THEN read as such', () => {
		const text = [
			'DUNMORE, May 6 (Harbour Wire) — Visitors landed at Otto Lind air base on Monday.',
			'Ines Vogt, who chairs the Port Board (PB), said the fair was full.',
			'Additional Secretary for Trade Emil Brandt Rask met the visitors.',
			'Dunmore Rail Chief Executive Officer Ada Lund Marr said trains would run late.',
			'The guests left from Otto Lind at noon, Reed Lopez said.',
		].join('\n');
		const drafted = draftFacts(parseArticle(text, { ...meta, outlet: 'Harbour Wire' }, ''), countries);
		const people = Object.fromEntries(drafted.people.map((person) => [person.name, person.role]));
		expect(people['Ines Vogt']).toBe('chair of the Port Board (PB)');
		expect(people['Emil Brandt Rask']).toBe('Additional Secretary for Trade');
		expect(people['Ada Lund Marr']).toBe('Dunmore Rail Chief Executive Officer');
		expect(Object.keys(people)).toContain('Reed Lopez');
		expect(Object.keys(people)).not.toContain('Harbour Wire');
		expect(Object.keys(people)).not.toContain('Otto Lind');
		// A verb before the place's kind, or a relative clause naming no body, leaves a person and no office.
		const other = draftFacts(
			parseArticle(
				'Trade grew after Joe Biden took office. Tom Reed, who runs for mayor in May, said so. Ines Vogt, who leads the polls, agreed.',
				meta,
				'',
			),
			countries,
		);
		const roles = Object.fromEntries(other.people.map((person) => [person.name, person.role]));
		expect(Object.keys(roles)).toContain('Joe Biden');
		expect(roles['Tom Reed']).not.toMatch(/mayor/u);
		expect(roles['Ines Vogt'] ?? '').not.toMatch(/polls/u);
	});

	test('GIVEN "X said … would", or a body that commits THEN pledges; "would" with no one saying it is none', () => {
		const texts = facts.pledges.map((pledge) => pledge.text);
		expect(texts).toContain('Pay for a tram line to the fair');
		expect(facts.pledges.find((pledge) => pledge.text === 'Share the cost of the car park')?.by).toEqual([
			'the two sides',
		]);
		expect(texts.some((text) => text.includes('dry'))).toBe(false);
	});

	test('GIVEN nouns several paragraphs share THEN topics with their keywords', () => {
		const keywords = facts.topics.flatMap((topic) => topic.keywords);
		expect(keywords).toEqual(expect.arrayContaining(['fair', 'hall']));
		for (const topic of facts.topics) expect(topic.id).toMatch(/^[a-z0-9-]+$/u);
	});

	test('GIVEN committing verbs THEN pledges by who commits, with the summary and a verbatim quote', () => {
		const byParagraph = Object.fromEntries(facts.pledges.map((pledge) => [pledge.pin.paragraph, pledge]));
		expect(byParagraph[3]).toMatchObject({ by: ['Austria'], text: 'Fund a new exhibition hall before the next fair' });
		// "We intend …, he said": the pronoun stands for the last person named.
		expect(byParagraph[4]).toMatchObject({ by: ['Austria'], text: 'Double the number of exhibitors by 2026' });
		// "…, the mayor promised": the committing party stands after the clause.
		expect(byParagraph[6]?.text).toBe('A second exhibition hall will open in the spring');
		// A bus that "will keep running" is nobody's commitment.
		expect(byParagraph[5]).toBeUndefined();
		const topics = new Set(facts.topics.map((topic) => topic.id));
		for (const pledge of facts.pledges) expect(topics.has(pledge.topic)).toBe(true);
	});

	test('GIVEN the draft THEN every pinned quote is verbatim in its paragraph', () => {
		expect(findPinProblems(article, facts)).toEqual([]);
	});
});
