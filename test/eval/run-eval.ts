/**
 * `npm run eval`: answer quality on the dev questions and the project's own cases, next to plain MiniSearch.
 * Pass `--verbose` to list the questions each system misses.
 */
import { join } from 'node:path';
import { createBriefing } from '../../src/core/briefing.js';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge.js';
import { briefingSystem, type EvalResult, evaluate, plainMiniSearchSystem, readCases } from './evaluate.js';

const root = join(import.meta.dirname, '..', '..');
const briefing = createBriefing(await loadKnowledge(join(root, 'knowledge')));
const verbose = process.argv.includes('--verbose');
const sets = {
	dev: readCases(join(import.meta.dirname, 'dev-questions.jsonl')),
	own: readCases(join(import.meta.dirname, 'own-questions.jsonl')),
	paraphrase: readCases(join(import.meta.dirname, 'paraphrase-questions.jsonl')),
};
const systems = { briefing: briefingSystem(briefing), 'minisearch defaults': plainMiniSearchSystem(briefing) };

const format = (value: number) => value.toFixed(2);
const rows: string[][] = [];
for (const [setName, cases] of Object.entries(sets)) {
	for (const [systemName, system] of Object.entries(systems)) {
		const result: EvalResult = evaluate(system, cases);
		rows.push([
			setName,
			systemName,
			`${result.inScope}+${result.outOfScope}`,
			format(result.hitAt1),
			format(result.hitAt3),
			format(result.mrrAt5),
			`${result.abstentions}/${result.outOfScope}`,
			String(result.falseAbstentions),
		]);
		if (verbose) {
			for (const miss of result.misses) {
				const where = miss.rank === null ? 'abstention wrong' : miss.rank < 0 ? 'not in top 5' : `rank ${miss.rank}`;
				console.log(`  ${setName} · ${systemName}: ${where}: ${miss.question}`);
			}
		}
	}
}
const header = ['set', 'system', 'questions', 'hit@1', 'hit@3', 'MRR@5', 'abstained', 'false abst.'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
