/**
 * `npm run eval`: answer quality on the dev questions and the project's own cases, next to plain MiniSearch.
 * Then claim checks and short answers on the dev claim and short-answer sets, each in its two fixed halves.
 * Pass `--verbose` to list the questions each system misses.
 */
import { join } from 'node:path';
import { createBriefing } from '../../src/core/briefing.js';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge.js';
import { briefingSystem, type EvalResult, evaluate, plainMiniSearchSystem, readCases } from './evaluate.js';
import {
	evaluateClaims,
	evaluateShortAnswers,
	readClaimCases,
	readShortAnswerCases,
	splitInHalves,
} from './evaluate-claims.js';

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
function printTable(header: readonly string[], tableRows: readonly string[][]): void {
	const widths = header.map((title, i) => Math.max(title.length, ...tableRows.map((row) => (row[i] ?? '').length)));
	const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
	console.log(line(header));
	for (const row of tableRows) console.log(line(row));
	console.log();
}
printTable(['set', 'system', 'questions', 'hit@1', 'hit@3', 'MRR@5', 'abstained', 'false abst.'], rows);

// Claims and short answers, each set in its two fixed halves: "tune" is what changes were made against, "held" is
// only reported.
const claimSplit = splitInHalves(readClaimCases(join(import.meta.dirname, 'dev-claims.jsonl')), (item) => item.claim);
const shortSplit = splitInHalves(
	readShortAnswerCases(join(import.meta.dirname, 'dev-short-answers.jsonl')),
	(item) => item.q,
);
const claimRows: string[][] = [];
const verdicts = ['supported', 'contradicted', 'not-settled'] as const;
for (const [half, cases] of Object.entries({ ...claimSplit, all: [...claimSplit.tune, ...claimSplit.held] })) {
	const result = evaluateClaims(briefing, cases);
	claimRows.push([
		`dev-claims ${half}`,
		String(result.cases),
		format(result.accuracy),
		String(result.falseSupported),
		...verdicts.map((verdict) => `${result.perVerdict[verdict]?.right ?? 0}/${result.perVerdict[verdict]?.total ?? 0}`),
	]);
	if (verbose && half !== 'all') {
		for (const miss of result.misses) {
			console.log(`  claims ${half}: ${miss.expected} → ${miss.got}: ${miss.claim} (${miss.reason})`);
		}
	}
}
const shortRows: string[][] = [];
for (const [half, cases] of Object.entries({ ...shortSplit, all: [...shortSplit.tune, ...shortSplit.held] })) {
	const result = evaluateShortAnswers(briefing, cases);
	shortRows.push([
		`dev-short-answers ${half}`,
		String(result.cases),
		String(result.right),
		String(result.wrong),
		String(result.none),
	]);
	if (verbose && half !== 'all') {
		for (const miss of result.misses) {
			console.log(`  short ${half}: ${miss.got ?? '(none)'} ≠ ${miss.expected.join(' | ')}: ${miss.question}`);
		}
	}
}
printTable(['claims', 'cases', 'accuracy', 'false supported', ...verdicts], claimRows);
printTable(['short answers', 'cases', 'right', 'wrong', 'none'], shortRows);
