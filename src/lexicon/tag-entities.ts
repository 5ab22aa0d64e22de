/**
 * Tags the article's sentences with what kinds of answer they hold (people, places, numbers, dates, …) using the
 * NLP tagger compromise. Done when the lexicon is built, not at start-up: the tagger takes half a second to load.
 */
import nlp from 'compromise';
import { ENTITY_TYPES, type EntityType } from '../core/lexicon/lexicon-data.js';
import type { Paragraph } from '../core/types.js';

type Found = (doc: ReturnType<typeof nlp>) => { out(format: 'array'): string[] };

const FINDERS: Readonly<Record<EntityType, Found>> = {
	person: (doc) => doc.people(),
	place: (doc) => doc.places(),
	organization: (doc) => doc.organizations(),
	number: (doc) => doc.numbers(),
	money: (doc) => doc.money(),
	percent: (doc) => doc.percentages(),
	date: (doc) => doc.match('#Date+'),
	duration: (doc) => doc.match('#Duration+'),
};

/** Names of places and people the lexical database knows, which the tagger may miss ("Bamako"). */
export interface KnownNames {
	readonly place: ReadonlySet<string>;
	readonly person: ReadonlySet<string>;
}

const CAPITALIZED_RUN = /\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;

/** Each sentence's entities by type, keyed `paragraph.sentence` ("12.3"); sentences with none are left out. */
export function tagEntities(
	paragraphs: readonly Paragraph[],
	known: KnownNames,
): Record<string, Partial<Record<EntityType, string[]>>> {
	const tagged: Record<string, Partial<Record<EntityType, string[]>>> = {};
	for (const paragraph of paragraphs) {
		for (const sentence of paragraph.sentences) {
			const doc = nlp(sentence.text);
			const entities: Partial<Record<EntityType, string[]>> = {};
			for (const type of ENTITY_TYPES) {
				const found = FINDERS[type](doc)
					.out('array')
					.map((text) => text.replace(/[.,;:!?]+$/u, '').trim())
					.filter((text) => text !== '');
				if (found.length > 0) entities[type] = [...new Set(found)];
			}
			// Capitalized words past the sentence's first that the database names as a place or a person.
			for (const match of sentence.text.slice(1).matchAll(CAPITALIZED_RUN)) {
				for (const type of ['place', 'person'] as const) {
					if (known[type].has(match[0].toLowerCase()) && !entities[type]?.includes(match[0])) {
						entities[type] = [...(entities[type] ?? []), match[0]];
					}
				}
			}
			if (Object.keys(entities).length > 0) tagged[`${paragraph.number}.${sentence.index}`] = entities;
		}
	}
	return tagged;
}
