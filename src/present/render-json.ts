import type { Passage } from '../core/answer/answer-question.js';
import type { MissReason } from '../core/answer/decide-answer.js';
import { findSource } from '../core/knowledge/cite.js';
import type { Citation, Reply } from '../core/reply.js';
import { stripUnsafeText } from '../core/strip-unsafe.js';
import type { Knowledge } from '../core/types.js';

// Echoed user text carries no control or format characters: JSON escapes C0 controls, but not C1 ones (U+009B
// starts a terminal escape too) nor invisible format characters, and the JSON is often printed as is.
const echo = (text: string) => stripUnsafeText(text);
const echoReason = (reason: MissReason): MissReason => {
	switch (reason.kind) {
		case 'empty':
			return reason;
		case 'not-covered':
			return { kind: reason.kind, missing: reason.missing.map(echo) };
		case 'not-together':
			return { kind: reason.kind, apart: reason.apart.map(echo) };
		case 'detail-missing':
			return { kind: reason.kind, detail: echo(reason.detail), subject: echo(reason.subject) };
	}
};
const round = (score: number) => Math.round(score * 1000) / 1000;
// `source` is the slug of the report quoted; `id` stays the paragraph's number within it ("¶3").
const citationJson = (citation: Citation) => ({
	id: citation.paragraph.id,
	source: citation.paragraph.source,
	text: citation.quote.text,
});
const passageJson = (passage: Passage) => ({
	id: passage.paragraph.id,
	source: passage.paragraph.source,
	text: passage.paragraph.text,
	score: round(passage.score),
});
const paragraphRef = (knowledge: Knowledge, number: number) => {
	const source = findSource(knowledge, number);
	return { id: `¶${number - source.first + 1}`, source: source.slug };
};

/**
 * Renders a reply as the JSON of the CLI contract: `ask` gives `{ found, answer, passages: [{ id, text, score }] }`
 * with `text` the verbatim paragraph, and when not found, `reason` (the typed `MissReason`) and `closest` (passages
 * of the same shape); `who` gives `{ found, people }`; `pledges` gives `{ found, pledges }`.
 */
export function renderReplyJson(reply: Reply, knowledge: Knowledge): Record<string, unknown> {
	switch (reply.kind) {
		case 'answer': {
			const { answer } = reply;
			if (!answer.found) {
				return {
					found: false,
					answer: null,
					passages: [],
					reason: echoReason(answer.reason),
					closest: answer.closest.map(passageJson),
				};
			}
			// A question about the article itself quotes the line above its body that answers it ("By …"). `answer` is
			// the bold answer, given only when sure: where there is none, the passages speak and it is null (a quote
			// there would read as an answer to a client that shows it).
			const { frontMatter } = answer;
			const source = knowledge.article.paragraphs[0]?.source ?? '';
			return {
				found: true,
				answer: answer.shortAnswer ?? frontMatter?.text ?? null,
				passages: [
					...(frontMatter === undefined ? [] : [{ id: frontMatter.part, source, text: frontMatter.text, score: 0 }]),
					...answer.passages.map(passageJson),
				],
			};
		}
		case 'people':
		case 'person': {
			const people = reply.kind === 'people' ? reply.people : [reply.person];
			return {
				found: true,
				people: people.map((person) => ({
					name: person.name,
					role: person.role,
					aliases: person.aliases,
					passages: person.mentions.map((n) => paragraphRef(knowledge, n)),
				})),
			};
		}
		case 'person-unknown':
			return { found: false, people: [], suggestions: reply.suggestions.map((person) => person.name) };
		case 'pledges': {
			return {
				found: reply.pledges.length > 0,
				pledges: reply.pledges.map((pledge) => ({
					by: pledge.by.join(' and '),
					to: pledge.to,
					topic: pledge.topic,
					text: pledge.text,
					quote: pledge.pin.quote,
					...paragraphRef(knowledge, pledge.pin.paragraph),
				})),
			};
		}
		case 'passages':
			return { found: true, passages: reply.citations.map(citationJson) };
		case 'paragraph':
			return { found: true, id: reply.paragraph.id, source: reply.paragraph.source, text: reply.paragraph.text };
		case 'about': {
			// The examples are for /help, not provenance.
			const { examples: _examples, ...meta } = knowledge.article.meta;
			const { summary } = reply;
			return {
				found: true,
				...meta,
				paragraphs: summary.paragraphs,
				sentences: summary.sentences,
				words: summary.words,
				hash: knowledge.article.hash,
				topics: summary.topics.map(({ topic, ranges }) => ({ id: topic.id, label: topic.label, paragraphs: ranges })),
				sources: summary.sources.map((source) => ({
					source: source.slug,
					label: source.label,
					title: source.meta.title,
					outlet: source.meta.outlet,
					author: source.meta.author,
					date: source.meta.date,
					url: source.meta.url,
					language: source.meta.language,
					paragraphs: source.count,
				})),
			};
		}
		case 'help':
			return { found: true, commands: reply.commands };
		case 'check': {
			const { check } = reply;
			if (!check.found) return { found: false, verdict: 'not-covered', missing: check.missing.map(echo), passages: [] };
			return { found: true, verdict: check.verdict, reason: check.reason, passages: check.passages.map(citationJson) };
		}
		case 'notice':
			return { found: false, error: stripUnsafeText(reply.text, { keepNewlines: true }) };
	}
}
