import type { Briefing } from '../core/briefing.js';
import type { Command } from './define-command.js';

/**
 * The example /help and the console show for a command: the knowledge's own (`examples` of `article.json`), else
 * one drawn from its facts, else the command's generic one. Examples come from the knowledge, so another article
 * gets its own without a code change.
 */
export function exampleOf(command: Pick<Command, 'name' | 'example' | 'exampleFrom'>, briefing: Briefing): string {
	return briefing.knowledge.article.meta.examples?.[command.name] ?? command.exampleFrom?.(briefing) ?? command.example;
}
