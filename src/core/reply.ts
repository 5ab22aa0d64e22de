import type { ArticleSummary } from './about/describe-article.js';
import type { Answer, Passage } from './answer/answer-question.js';
import type { ClaimCheck } from './answer/check-claim.js';
import type { Mention } from './people/find-mentions.js';
import type { Paragraph, Person, Pledge, Topic } from './types.js';

/** A cited sentence: the paragraph, the quote, the words to highlight, and the paragraphs that restate it. */
export type Citation = Pick<Passage, 'paragraph' | 'quote' | 'highlights' | 'also'>;

/** A passage named by position: paragraph number and sentence index, both from 1 ("12.2"). */
export interface PassageRef {
	readonly paragraph: number;
	readonly sentence: number;
}

/**
 * What a command returns, whatever the transport: presenters turn it into embeds, text or JSON. Kept apart from
 * commands and presenters so that each depends on it, not on the other.
 */
export type Reply = ReplyBody & {
	/** Shown only to the user who asked (Discord ephemeral); other transports ignore it. */
	readonly ephemeral: boolean;
};

export type ReplyBody =
	| { readonly kind: 'answer'; readonly answer: Answer }
	| { readonly kind: 'passages'; readonly citations: readonly Citation[]; readonly further: readonly Citation[] }
	| { readonly kind: 'paragraph'; readonly paragraph: Paragraph }
	| { readonly kind: 'people'; readonly people: readonly Person[] }
	| { readonly kind: 'person'; readonly person: Person; readonly mentions: readonly Mention[] }
	| { readonly kind: 'person-unknown'; readonly name: string; readonly suggestions: readonly Person[] }
	| {
			readonly kind: 'pledges';
			readonly pledges: readonly Pledge[];
			readonly topic: Topic | undefined;
			readonly by: string | undefined;
	  }
	| { readonly kind: 'about'; readonly summary: ArticleSummary }
	| { readonly kind: 'help'; readonly commands: readonly { name: string; description: string; example: string }[] }
	| { readonly kind: 'check'; readonly check: ClaimCheck }
	| { readonly kind: 'notice'; readonly tone: 'error' | 'info'; readonly text: string };

/** A one-line message to the user: bad input, a rate limit, an apology. Always ephemeral. */
export function notice(text: string, tone: 'error' | 'info' = 'error'): Reply {
	return { kind: 'notice', tone, text, ephemeral: true };
}
