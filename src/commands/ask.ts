import { answerQuestion } from '../core/answer/answer-question.js';
import { type Choice, defineCommand } from './define-command.js';

/** Longest question accepted; Discord allows up to 6,000 but a question is a sentence or two. */
const MAX_QUESTION_LENGTH = 300;
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

export const ask = defineCommand({
	name: 'ask',
	description: 'Ask a question about the article; get the answer with cited passages',
	example: '/ask what was agreed?',
	options: [
		{
			type: 'string',
			name: 'question',
			description: 'Your question about the article; suggestions appear as you type',
			required: true,
			maxLength: MAX_QUESTION_LENGTH,
			autocomplete: true,
		},
		{ type: 'boolean', name: 'private', description: 'Show the answer only to you' },
	],
	exampleFrom: (briefing) => (briefing.questions[0] === undefined ? undefined : `/ask ${briefing.questions[0]}`),
	run(briefing, { question, private: isPrivate }) {
		return { kind: 'answer', answer: answerQuestion(briefing, question), ephemeral: isPrivate ?? false };
	},
	autocomplete(briefing, _option, value) {
		const typed = value.trim().slice(0, MAX_CHOICE_LENGTH);
		// The last word may be half typed, so a typed stem matches any question word it begins.
		const typedTerms = briefing.index.termsOf(typed);
		const ranked = briefing.questions
			.map((question) => {
				const terms = briefing.index.termsOf(question);
				const shared = typedTerms.filter((typedTerm) => terms.some((term) => term.startsWith(typedTerm))).length;
				return { question, shared };
			})
			.filter(({ shared }) => typedTerms.length === 0 || shared > 0)
			.sort((a, b) => b.shared - a.shared);
		const choices: Choice[] = typed === '' ? [] : [{ name: typed, value: typed }];
		for (const { question } of ranked) {
			if (question !== typed) choices.push({ name: question, value: question });
		}
		return choices.slice(0, MAX_CHOICES);
	},
});
