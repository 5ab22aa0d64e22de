import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Briefing, createBriefing } from './core/briefing.js';
import { loadKnowledge } from './core/knowledge/load-knowledge.js';

/** The project's own knowledge folder, whatever the working directory, run from source or from the build. */
export const DEFAULT_KNOWLEDGE_DIR = findKnowledgeDir(dirname(fileURLToPath(import.meta.url)));

function findKnowledgeDir(start: string): string {
	for (let dir = start, i = 0; i < 5; dir = dirname(dir), i++) {
		if (existsSync(join(dir, 'knowledge', 'article.txt'))) return join(dir, 'knowledge');
	}
	return join(start, '..', 'knowledge');
}

/** Loads the knowledge (from `KNOWLEDGE_DIR` if set) and builds the briefing every transport answers from. */
export async function bootBriefing(knowledgeDir: string | undefined): Promise<Briefing> {
	return createBriefing(
		await loadKnowledge(knowledgeDir === undefined ? DEFAULT_KNOWLEDGE_DIR : resolve(knowledgeDir)),
	);
}
