import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Briefing, createBriefing } from './core/briefing.js';
import { loadKnowledge } from './core/knowledge/load-knowledge.js';

/** The project's own knowledge folder, whatever the working directory. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));

/** Loads the knowledge (from `KNOWLEDGE_DIR` if set) and builds the briefing every transport answers from. */
export async function bootBriefing(knowledgeDir: string | undefined): Promise<Briefing> {
	return createBriefing(
		await loadKnowledge(knowledgeDir === undefined ? DEFAULT_KNOWLEDGE_DIR : resolve(knowledgeDir)),
	);
}
