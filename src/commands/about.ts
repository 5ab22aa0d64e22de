import { describeArticle } from '../core/about/describe-article.js';
import { defineCommand } from './define-command.js';

export const about = defineCommand({
	name: 'about',
	description: 'Where the article comes from, its version, and the topics it covers',
	example: '/about',
	options: [],
	run(briefing) {
		return { kind: 'about', summary: describeArticle(briefing.knowledge), ephemeral: false };
	},
});
