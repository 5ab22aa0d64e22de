import type { SearchIndex } from '../search/search-index.js';
import type { Knowledge, Person } from '../types.js';

/**
 * Who hosts the event and who visits it, as a question may name them: "the host country's chief diplomat", "what
 * did Riverton tell its guest". Read from the knowledge: the host is the country of the report's dateline, the
 * guest the person the report mentions most who is not of the host country.
 */
export interface EventRoles {
	/** The host country's name as the fact sheet writes it ("Examplia"). */
	readonly host: string | undefined;
	readonly guest: Person | undefined;
}

/** Finds the event's roles (see `EventRoles`); either is undefined when the knowledge does not tell. */
export function findEventRoles(knowledge: Knowledge, index: Pick<SearchIndex, 'relatedTo' | 'termsOf'>): EventRoles {
	const dateline = knowledge.article.meta.dateline.trim().toLowerCase();
	const place = new Set([
		...index.termsOf(dateline),
		...index
			.relatedTo(dateline)
			// A capital is part of its country, and the country's by the country data.
			.filter(({ relation }) => relation === 'country' || relation === 'part')
			.map(({ target }) => target),
	]);
	const host = knowledge.people
		.map((person) => person.country)
		.find((country) => country !== '' && index.termsOf(country).every((term) => place.has(term)));
	const guest =
		host === undefined
			? undefined
			: [...knowledge.people]
					.filter((person) => person.country !== '' && person.country !== host)
					.sort((a, b) => b.mentions.length - a.mentions.length)[0];
	return { host, guest };
}

// "the host country", "its hosts", "host nation": the country that receives the visit.
// A bare "the host" may be a conference's: only a visitor's host ("its host") or a host country is named.
const HOST =
	/\b(?:(?:the|its|their|his|her|our)\s+)?hosts?\s+(?:country|nation|government|side)\b|\b(?:its|their|his|her|our)\s+hosts?\b|\bthe\s+hosts\b/giu;
// "his guest", "the visitor", "the visiting minister": the one who visits.
const GUEST =
	/\b(?:the|its|their|his|her|our|a)\s+(?:guests?|visitors?|visiting\s+(?:minister|diplomat|envoy|emissary|official|dignitary|delegation))\b/giu;

// "The two capitals", "both sides", "the two nations": the host country and the guest's, as an article puts them
// together; only where the knowledge tells both (a "side" may be any of two), and not "both sides of the border".
const BOTH_PARTIES = /\b(?:the\s+two|both)\s+(?:capitals|sides|nations|governments)\b(?!\s+of\b)/giu;

/** The question with the event's roles named ("the host country's chief diplomat" → "Examplia's chief diplomat"). */
export function nameEventRoles(question: string, roles: EventRoles): string {
	let named = question;
	if (roles.host !== undefined && roles.guest !== undefined) named = named.replace(BOTH_PARTIES, 'the two countries');
	if (roles.host !== undefined) named = named.replace(HOST, roles.host);
	if (roles.guest !== undefined) named = named.replace(GUEST, roles.guest.name);
	return named;
}
