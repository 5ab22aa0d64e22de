import { extractTerms, normalizeWord } from '../text/analyze.js';
import type { Knowledge, Pledge, Topic } from '../types.js';

export interface PledgeFilter {
	/** A topic id, label or keyword ("energy", "vaccine", "defence"). */
	readonly topic?: string | undefined;
	/** A party that made the commitment ("Chile", "peruvian"). */
	readonly by?: string | undefined;
}

export type PledgeResult =
	| {
			readonly ok: true;
			readonly pledges: readonly Pledge[];
			readonly topic: Topic | undefined;
			readonly by: string | undefined;
	  }
	| {
			readonly ok: false;
			readonly problem: 'unknown-topic' | 'unknown-party';
			readonly value: string;
			readonly known: readonly string[];
	  };

/** Finds the topic a user means by an id, a word of its label, or one of its keywords (stemmed). */
export function findTopic(topics: readonly Topic[], value: string): Topic | undefined {
	const terms = extractTerms(value);
	if (terms.length === 0) return undefined;
	const wanted = normalizeWord(value.trim());
	return (
		topics.find((topic) => topic.id === wanted) ??
		topics.find((topic) => {
			const own = new Set(extractTerms([topic.id, topic.label, ...topic.keywords].join(' ')));
			return terms.every((term) => own.has(term));
		})
	);
}

/** The parties that made commitments, as written in the fact sheet. */
export function listParties(pledges: readonly Pledge[]): string[] {
	return [...new Set(pledges.flatMap((pledge) => pledge.by))];
}

/** Finds the party a user means ("chile", "Chilean", "per"), by prefix of its name, ignoring case. */
export function findParty(parties: readonly string[], value: string): string | undefined {
	const wanted = normalizeWord(value.trim());
	if (wanted.length < 2) return undefined;
	return parties.find((party) => {
		const name = normalizeWord(party);
		return name.startsWith(wanted) || wanted.startsWith(name);
	});
}

/** The commitments of the event, filtered by topic and party. An unknown filter value is a result, not an error. */
export function filterPledges(knowledge: Knowledge, filter: PledgeFilter): PledgeResult {
	const topicValue = filter.topic?.trim() ?? '';
	const byValue = filter.by?.trim() ?? '';
	const topic = topicValue === '' ? undefined : findTopic(knowledge.topics, topicValue);
	if (topicValue !== '' && topic === undefined) {
		return { ok: false, problem: 'unknown-topic', value: topicValue, known: knowledge.topics.map((t) => t.id) };
	}
	const parties = listParties(knowledge.pledges);
	const by = byValue === '' ? undefined : findParty(parties, byValue);
	if (byValue !== '' && by === undefined)
		return { ok: false, problem: 'unknown-party', value: byValue, known: parties };
	const pledges = knowledge.pledges.filter(
		(pledge) => (topic === undefined || pledge.topic === topic.id) && (by === undefined || pledge.by.includes(by)),
	);
	return { ok: true, pledges, topic, by };
}
