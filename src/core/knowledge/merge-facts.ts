import { normalizeWord } from '../text/analyze.js';
import type { Facts } from './knowledge-schema.js';

/** One fact sheet of a source, its pins already numbered among all sources' paragraphs. */
export interface FactSheet {
	readonly facts: Facts;
	/** Written by hand (`facts.json`) rather than drafted from the text (`facts.drafted.json`). */
	readonly curated: boolean;
}

type PersonFact = Facts['people'][number];
type TopicFact = Facts['topics'][number];
type PledgeFact = Facts['pledges'][number];

export interface MergeOptions {
	/**
	 * Two pledges of the same parties on the same topic are one commitment restated when this share of the shorter
	 * pinned quote's words is in the other (default 0.5): reports word one promise differently.
	 */
	readonly restatedPledgeOverlap: number;
}

export const defaultMergeOptions: MergeOptions = { restatedPledgeOverlap: 0.5 };

/** Shifts every pin of a source's fact sheet by `offset`, from its own paragraph numbers to all sources'. */
export function offsetFacts(facts: Facts, offset: number): Facts {
	if (offset === 0) return facts;
	const shift = <T extends { paragraph: number }>(pin: T): T => ({ ...pin, paragraph: pin.paragraph + offset });
	return {
		people: facts.people.map((person) => ({ ...person, pin: shift(person.pin) })),
		topics: facts.topics,
		pledges: facts.pledges.map((pledge) => ({ ...pledge, pin: shift(pledge.pin), also: pledge.also.map(shift) })),
	};
}

/**
 * Merges the fact sheets of every source into one. Sheets come curated first: a curated fact wins over a drafted
 * one about the same person, topic or paragraph, and drafted facts fill the rest. The same person in several reports
 * (by name, alias, or surname and initial) becomes one, with every alias; the same commitment restated by another
 * report becomes one pledge whose `also` names the other paragraphs. References (a pledge's topic and speaker)
 * follow the facts they were merged into.
 */
export function mergeFacts(sheets: readonly FactSheet[], options: Partial<MergeOptions> = {}): Facts {
	const { restatedPledgeOverlap } = { ...defaultMergeOptions, ...options };
	const ordered = [...sheets.filter((sheet) => sheet.curated), ...sheets.filter((sheet) => !sheet.curated)];
	if (ordered.length === 1 && ordered[0] !== undefined) return ordered[0].facts;
	const people: { person: PersonFact; curated: boolean }[] = [];
	const topics: { topic: TopicFact; curated: boolean }[] = [];
	const pledges: { pledge: PledgeFact; curated: boolean }[] = [];
	for (const { facts, curated } of ordered) {
		const personIds = new Map<string, string>();
		for (const person of facts.people) {
			const same = people.find((known) => isSamePerson(known.person, person));
			if (same === undefined) {
				const id = uniqueId(person.id, new Set(people.map((known) => known.person.id)));
				people.push({ person: { ...person, id }, curated });
				personIds.set(person.id, id);
				continue;
			}
			personIds.set(person.id, same.person.id);
			// A curated person is taken as written; drafted ones of the same person pool their aliases.
			if (!same.curated || curated) same.person = withAliases(same.person, [person.name, ...person.aliases]);
		}
		const topicIds = new Map<string, string>();
		for (const topic of facts.topics) {
			const same = topics.find((known) => known.topic.id === topic.id || sameWords(known.topic.label, topic.label));
			if (same === undefined) {
				topics.push({ topic, curated });
				topicIds.set(topic.id, topic.id);
				continue;
			}
			topicIds.set(topic.id, same.topic.id);
			if (!same.curated) {
				same.topic = { ...same.topic, keywords: union(same.topic.keywords, topic.keywords) };
			}
		}
		for (const pledge of facts.pledges) {
			const linked: PledgeFact = {
				...pledge,
				topic: topicIds.get(pledge.topic) ?? pledge.topic,
				speaker: pledge.speaker === undefined ? undefined : (personIds.get(pledge.speaker) ?? pledge.speaker),
			};
			// A curated pledge covers its paragraph: a drafted one pinned there says nothing more.
			// Another drafted pledge of the paragraph is another sentence's: two commitments, both kept.
			if (
				!curated &&
				pledges.some(({ pledge: known, curated: knownCurated }) => knownCurated && covers(known, linked.pin.paragraph))
			)
				continue;
			const same = pledges.find(
				({ pledge: known }) =>
					known.pin.paragraph !== linked.pin.paragraph && isRestatement(known, linked, restatedPledgeOverlap),
			);
			if (same === undefined) pledges.push({ pledge: linked, curated });
			else if (!covers(same.pledge, linked.pin.paragraph)) {
				same.pledge = { ...same.pledge, also: [...same.pledge.also, linked.pin, ...linked.also] };
			}
		}
	}
	return {
		people: people.map(({ person }) => person),
		topics: topics.map(({ topic }) => topic),
		pledges: pledges.map(({ pledge }) => pledge),
	};
}

/** Whether two fact sheets' people are one: a shared name, or the same surname and first initial. */
export function isSamePerson(
	a: Pick<PersonFact, 'name' | 'aliases'>,
	b: Pick<PersonFact, 'name' | 'aliases'>,
): boolean {
	const namesOf = (person: Pick<PersonFact, 'name' | 'aliases'>) => [person.name, ...person.aliases].map(key);
	if (namesOf(a).includes(key(b.name)) || namesOf(b).includes(key(a.name))) return true;
	const [firstA, lastA] = [a.name.split(/\s+/u).at(0), a.name.split(/\s+/u).at(-1)];
	const [firstB, lastB] = [b.name.split(/\s+/u).at(0), b.name.split(/\s+/u).at(-1)];
	// "Yuri Sokol" and "Yury Sokol": one name transliterated two ways.
	return (
		a.name.includes(' ') &&
		b.name.includes(' ') &&
		key(lastA ?? '') === key(lastB ?? '') &&
		key(firstA ?? '').charAt(0) === key(firstB ?? '').charAt(0)
	);
}

function key(name: string): string {
	return name.split(/\s+/u).map(normalizeWord).join(' ');
}

function sameWords(a: string, b: string): boolean {
	return key(a) === key(b);
}

function withAliases(person: PersonFact, names: readonly string[]): PersonFact {
	const taken = new Set([key(person.name), ...person.aliases.map(key)]);
	const added = names.filter((name) => {
		const fresh = !taken.has(key(name));
		taken.add(key(name));
		return fresh;
	});
	return added.length === 0 ? person : { ...person, aliases: [...person.aliases, ...added] };
}

function union(a: readonly string[], b: readonly string[]): string[] {
	const seen = new Set(a.map(key));
	return [...a, ...b.filter((word) => !seen.has(key(word)))];
}

function uniqueId(id: string, taken: ReadonlySet<string>): string {
	if (!taken.has(id)) return id;
	let n = 2;
	while (taken.has(`${id}-${n}`)) n++;
	return `${id}-${n}`;
}

function covers(pledge: PledgeFact, paragraph: number): boolean {
	return pledge.pin.paragraph === paragraph || pledge.also.some((pin) => pin.paragraph === paragraph);
}

/** The same parties, recipient and topic, and quotes that share most of their words. */
function isRestatement(a: PledgeFact, b: PledgeFact, minOverlap: number): boolean {
	if (a.topic !== b.topic || key(a.to) !== key(b.to)) return false;
	if (a.by.map(key).sort().join('|') !== b.by.map(key).sort().join('|')) return false;
	const words = (text: string) =>
		new Set(
			text
				.split(/[^\p{L}\p{N}]+/u)
				.filter((word) => word.length > 2)
				.map(key),
		);
	const [x, y] = [words(a.pin.quote), words(b.pin.quote)];
	const smaller = Math.min(x.size, y.size);
	if (smaller === 0) return false;
	const shared = [...x].filter((word) => y.has(word)).length;
	return shared / smaller >= minOverlap;
}
