/**
 * `npm run eval`: answer quality on every question set, per kind, next to plain MiniSearch; then claim checks and
 * short answers on the dev claim and short-answer sets, each in its two fixed halves. Between them, the chat-style
 * sets' answerable questions with one slip of the keys each, beside the same as typed.
 * `--verbose` lists each miss with the reason Briefing gave; `--set NAME` limits the question sets to one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { checkClaim } from '../../src/core/answer/check-claim.js';
import { createBriefing } from '../../src/core/briefing.js';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge.js';
import { addSlip } from './add-slip.js';
import {
	briefingSystem,
	type EvalCase,
	type EvalResult,
	evaluate,
	groupByKind,
	plainMiniSearchSystem,
	readCases,
	splitCases,
} from './evaluate.js';
import {
	evaluateClaims,
	evaluateShortAnswers,
	readClaimCases,
	readShortAnswerCases,
	splitInHalves,
} from './evaluate-claims.js';
import { SPLIT_SEED } from './split-seed.js';

const root = join(import.meta.dirname, '..', '..');
const briefing = createBriefing(await loadKnowledge(join(root, 'knowledge')));
const verbose = process.argv.includes('--verbose');
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
const read = (file: string) => readCases(join(import.meta.dirname, file));
const dev2 = read('dev-questions-2.jsonl');
const { tune, heldOut } = splitCases(dev2, SPLIT_SEED);
const sets: Record<string, EvalCase[]> = {
	dev: read('dev-questions.jsonl'),
	own: read('own-questions.jsonl'),
	paraphrase: read('paraphrase-questions.jsonl'),
	'dev-2': dev2,
	'dev-2 tune half': tune,
	'dev-2 held-out half': heldOut,
	fresh: read('fresh-questions.jsonl'),
	unseen: read('unseen-questions.jsonl'),
	'unseen-2': read('unseen-2-questions.jsonl'),
	'unseen-3': read('unseen-3-questions.jsonl'),
	'unseen-4': read('unseen-4-questions.jsonl'),
	'unseen-5': read('unseen-5-questions.jsonl'),
	'unseen-6': read('unseen-6-questions.jsonl'),
	'unseen-7': read('unseen-7-questions.jsonl'),
	'unseen-8': read('unseen-8-questions.jsonl'),
	'unseen-9': read('unseen-9-questions.jsonl'),
	'unseen-10': read('unseen-10-questions.jsonl'),
	'unseen-11': read('unseen-11-questions.jsonl'),
	'unseen-12': read('unseen-12-questions.jsonl'),
	'unseen-13': read('unseen-13-questions.jsonl'),
	'unseen-14': read('unseen-14-questions.jsonl'),
	'unseen-15': read('unseen-15-questions.jsonl'),
	'unseen-16': read('unseen-16-questions.jsonl'),
	'unseen-17': read('unseen-17-questions.jsonl'),
	'unseen-18': read('unseen-18-questions.jsonl'),
	'unseen-19': read('unseen-19-questions.jsonl'),
	'unseen-20': read('unseen-20-questions.jsonl'),
	'unseen-21': read('unseen-21-questions.jsonl'),
	'unseen-22': read('unseen-22-questions.jsonl'),
	'unseen-23': read('unseen-23-questions.jsonl'),
	'unseen-24': read('unseen-24-questions.jsonl'),
	'unseen-25': read('unseen-25-questions.jsonl'),
	'unseen-26': read('unseen-26-questions.jsonl'),
	'unseen-27': read('unseen-27-questions.jsonl'),
	'unseen-28': read('unseen-28-questions.jsonl'),
	'unseen-29': read('unseen-29-questions.jsonl'),
	'unseen-30': read('unseen-30-questions.jsonl'),
	'unseen-31': read('unseen-31-questions.jsonl'),
	'unseen-32': read('unseen-32-questions.jsonl'),
};
const systems = { briefing: briefingSystem(briefing), 'minisearch defaults': plainMiniSearchSystem(briefing) };

const format = (value: number) => value.toFixed(2);
const header = ['set', 'kind', 'system', 'questions', 'hit@1', 'hit@3', 'MRR@5', 'declined', 'wrong "not in"'];
const rows: string[][] = [];
const row = (setName: string, kind: string, systemName: string, result: EvalResult) =>
	rows.push([
		setName,
		kind,
		systemName,
		`${result.inScope}+${result.outOfScope}`,
		result.inScope === 0 ? '' : format(result.hitAt1),
		result.inScope === 0 ? '' : format(result.hitAt3),
		result.inScope === 0 ? '' : format(result.mrrAt5),
		result.outOfScope === 0 ? '' : `${result.abstentions}/${result.outOfScope}`,
		result.inScope === 0 ? '' : String(result.falseAbstentions),
	]);
for (const [setName, cases] of Object.entries(sets)) {
	if (only !== undefined && only !== setName) continue;
	for (const [systemName, system] of Object.entries(systems)) {
		const result = evaluate(system, cases);
		row(setName, 'all', systemName, result);
		if (
			systemName === 'briefing' &&
			(setName.startsWith('dev-2') || setName === 'fresh' || setName.startsWith('unseen'))
		) {
			for (const [kind, group] of groupByKind(cases)) row(setName, kind, systemName, evaluate(system, group));
		}
		if (verbose && systemName === 'briefing') {
			for (const miss of result.misses) {
				const where =
					miss.rank === null
						? miss.why === undefined
							? 'answered, not declined'
							: 'declined wrongly'
						: miss.rank < 0
							? 'not in top 5'
							: `rank ${miss.rank}`;
				const why = miss.why === undefined ? '' : `  ← ${miss.why}`;
				console.log(`  ${setName} · ${miss.kind}: ${where}: ${miss.question}${why}`);
			}
		}
	}
}
function printTable(header: readonly string[], tableRows: readonly string[][]): void {
	const widths = header.map((title, i) => Math.max(title.length, ...tableRows.map((row) => (row[i] ?? '').length)));
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, i) => cell.padEnd(widths[i] ?? 0))
			.join('  ')
			.trimEnd();
	console.log(line(header));
	for (const row of tableRows) console.log(line(row));
	console.log();
}
printTable(header, rows);

// Slips: the answerable questions of the question sets written in chat's style, each with one slip of the keys (see
// `addSlip`), beside the same questions as typed.
if (only === undefined) {
	const typed = Object.entries(sets)
		.filter(([name]) => name === 'dev-2' || name === 'fresh' || name.startsWith('unseen'))
		.flatMap(([, cases]) => cases.filter((item) => item.gold.length > 0));
	const slipped = typed.map((item) => ({ ...item, q: addSlip(item.q) }));
	const slipRows = [
		{ label: 'as typed', cases: typed },
		{ label: 'one slip each', cases: slipped },
	].map(({ label, cases }) => {
		const result = evaluate(systems.briefing, cases);
		return [
			label,
			String(result.inScope),
			format(result.hitAt1),
			format(result.hitAt3),
			String(result.falseAbstentions),
		];
	});
	printTable(['slips (dev-2, fresh, unseen-*)', 'questions', 'hit@1', 'hit@3', 'wrong "not in"'], slipRows);
}

// Claims and short answers, each set in its two fixed halves: "tune" is what changes were made against, "held" is
// only reported.
const claimSplit = splitInHalves(readClaimCases(join(import.meta.dirname, 'dev-claims.jsonl')), (item) => item.claim);
const shortSplit = splitInHalves(
	readShortAnswerCases(join(import.meta.dirname, 'dev-short-answers.jsonl')),
	(item) => item.q,
);
const claimRows: string[][] = [];
const verdicts = ['supported', 'contradicted', 'not-settled'] as const;
const freshClaims = readClaimCases(join(import.meta.dirname, 'fresh-claims.jsonl'));
const claimSets = {
	'dev-claims tune': claimSplit.tune,
	'dev-claims held': claimSplit.held,
	'dev-claims all': [...claimSplit.tune, ...claimSplit.held],
	'fresh-claims': freshClaims,
	'unseen-2-claims': readClaimCases(join(import.meta.dirname, 'unseen-2-claims.jsonl')),
	'unseen-3-claims': readClaimCases(join(import.meta.dirname, 'unseen-3-claims.jsonl')),
	'unseen-5-claims': readClaimCases(join(import.meta.dirname, 'unseen-5-claims.jsonl')),
	'unseen-6-claims': readClaimCases(join(import.meta.dirname, 'unseen-6-claims.jsonl')),
	'unseen-7-claims': readClaimCases(join(import.meta.dirname, 'unseen-7-claims.jsonl')),
	'unseen-8-claims': readClaimCases(join(import.meta.dirname, 'unseen-8-claims.jsonl')),
	'unseen-9-claims': readClaimCases(join(import.meta.dirname, 'unseen-9-claims.jsonl')),
	'unseen-10-claims': readClaimCases(join(import.meta.dirname, 'unseen-10-claims.jsonl')),
	'unseen-11-claims': readClaimCases(join(import.meta.dirname, 'unseen-11-claims.jsonl')),
	'unseen-12-claims': readClaimCases(join(import.meta.dirname, 'unseen-12-claims.jsonl')),
	'unseen-13-claims': readClaimCases(join(import.meta.dirname, 'unseen-13-claims.jsonl')),
	'unseen-14-claims': readClaimCases(join(import.meta.dirname, 'unseen-14-claims.jsonl')),
	'unseen-15-claims': readClaimCases(join(import.meta.dirname, 'unseen-15-claims.jsonl')),
	'unseen-16-claims': readClaimCases(join(import.meta.dirname, 'unseen-16-claims.jsonl')),
	'unseen-17-claims': readClaimCases(join(import.meta.dirname, 'unseen-17-claims.jsonl')),
	'unseen-18-claims': readClaimCases(join(import.meta.dirname, 'unseen-18-claims.jsonl')),
	'unseen-19-claims': readClaimCases(join(import.meta.dirname, 'unseen-19-claims.jsonl')),
	'unseen-20-claims': readClaimCases(join(import.meta.dirname, 'unseen-20-claims.jsonl')),
	'unseen-21-claims': readClaimCases(join(import.meta.dirname, 'unseen-21-claims.jsonl')),
	'unseen-22-claims': readClaimCases(join(import.meta.dirname, 'unseen-22-claims.jsonl')),
	'unseen-23-claims': readClaimCases(join(import.meta.dirname, 'unseen-23-claims.jsonl')),
	'unseen-24-claims': readClaimCases(join(import.meta.dirname, 'unseen-24-claims.jsonl')),
	'unseen-25-claims': readClaimCases(join(import.meta.dirname, 'unseen-25-claims.jsonl')),
	'unseen-26-claims': readClaimCases(join(import.meta.dirname, 'unseen-26-claims.jsonl')),
	'unseen-27-claims': readClaimCases(join(import.meta.dirname, 'unseen-27-claims.jsonl')),
	'unseen-28-claims': readClaimCases(join(import.meta.dirname, 'unseen-28-claims.jsonl')),
	'unseen-29-claims': readClaimCases(join(import.meta.dirname, 'unseen-29-claims.jsonl')),
	'unseen-30-claims': readClaimCases(join(import.meta.dirname, 'unseen-30-claims.jsonl')),
	'unseen-31-claims': readClaimCases(join(import.meta.dirname, 'unseen-31-claims.jsonl')),
	'unseen-32-claims': readClaimCases(join(import.meta.dirname, 'unseen-32-claims.jsonl')),
};
for (const [half, cases] of Object.entries(claimSets)) {
	const result = evaluateClaims(briefing, cases);
	claimRows.push([
		half,
		String(result.cases),
		format(result.accuracy),
		String(result.falseSupported),
		...verdicts.map((verdict) => `${result.perVerdict[verdict]?.right ?? 0}/${result.perVerdict[verdict]?.total ?? 0}`),
	]);
	if (verbose && !half.endsWith('all')) {
		for (const miss of result.misses) {
			console.log(`  ${half}: ${miss.expected} → ${miss.got}: ${miss.claim} (${miss.reason})`);
		}
	}
}
const shortRows: string[][] = [];
const shortSets = {
	'dev-short-answers tune': shortSplit.tune,
	'dev-short-answers held': shortSplit.held,
	'dev-short-answers all': [...shortSplit.tune, ...shortSplit.held],
	'fresh-short-answers': readShortAnswerCases(join(import.meta.dirname, 'fresh-short-answers.jsonl')),
	'unseen-2-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-2-short-answers.jsonl')),
	'unseen-3-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-3-short-answers.jsonl')),
	'unseen-5-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-5-short-answers.jsonl')),
	'unseen-6-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-6-short-answers.jsonl')),
	'unseen-7-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-7-short-answers.jsonl')),
	'unseen-8-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-8-short-answers.jsonl')),
	'unseen-9-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-9-short-answers.jsonl')),
	'unseen-10-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-10-short-answers.jsonl')),
	'unseen-11-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-11-short-answers.jsonl')),
	'unseen-12-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-12-short-answers.jsonl')),
	'unseen-13-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-13-short-answers.jsonl')),
	'unseen-14-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-14-short-answers.jsonl')),
	'unseen-15-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-15-short-answers.jsonl')),
	'unseen-16-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-16-short-answers.jsonl')),
	'unseen-17-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-17-short-answers.jsonl')),
	'unseen-18-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-18-short-answers.jsonl')),
	'unseen-19-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-19-short-answers.jsonl')),
	'unseen-20-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-20-short-answers.jsonl')),
	'unseen-21-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-21-short-answers.jsonl')),
	'unseen-22-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-22-short-answers.jsonl')),
	'unseen-23-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-23-short-answers.jsonl')),
	'unseen-24-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-24-short-answers.jsonl')),
	'unseen-25-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-25-short-answers.jsonl')),
	'unseen-26-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-26-short-answers.jsonl')),
	'unseen-27-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-27-short-answers.jsonl')),
	'unseen-28-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-28-short-answers.jsonl')),
	'unseen-29-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-29-short-answers.jsonl')),
	'unseen-30-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-30-short-answers.jsonl')),
	'unseen-31-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-31-short-answers.jsonl')),
	'unseen-32-short-answers': readShortAnswerCases(join(import.meta.dirname, 'unseen-32-short-answers.jsonl')),
};
for (const [half, cases] of Object.entries(shortSets)) {
	const result = evaluateShortAnswers(briefing, cases);
	shortRows.push([half, String(result.cases), String(result.right), String(result.wrong), String(result.none)]);
	if (verbose && !half.endsWith('all')) {
		for (const miss of result.misses) {
			console.log(`  ${half}: ${miss.got ?? '(none)'} ≠ ${miss.expected.join(' | ')}: ${miss.question}`);
		}
	}
}
printTable(['claims', 'cases', 'accuracy', 'false supported', ...verdicts], claimRows);
printTable(['short answers', 'cases', 'right', 'wrong', 'none'], shortRows);

// Red-team claims (`red-team/`): claims written by helpers to make /check fail, from the article alone, one per line.
// Those in `N-false.txt` are not fully stated by the article and must never be "supported"; those in `N-true.txt`
// are, and must never be "contradicted".
const redTeamDir = join(import.meta.dirname, 'red-team');
const redTeamRows: string[][] = [];
for (const file of readdirSync(redTeamDir).sort()) {
	const claims = readFileSync(join(redTeamDir, file), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '');
	const counts = { supported: 0, contradicted: 0, unsettled: 0 };
	for (const claim of claims) {
		const check = checkClaim(briefing, claim);
		const verdict = check.found ? check.verdict : 'not-covered';
		if (verdict === 'supported') counts.supported++;
		else if (verdict === 'contradicted') counts.contradicted++;
		else counts.unsettled++;
		if (verbose && (file.includes('false') ? verdict === 'supported' : verdict === 'contradicted')) {
			console.log(`  ${file}: ${verdict}: ${claim}`);
		}
	}
	redTeamRows.push([
		file,
		String(claims.length),
		String(counts.supported),
		String(counts.contradicted),
		String(counts.unsettled),
	]);
}
printTable(['red-team claims', 'cases', 'supported', 'contradicted', 'not settled or covered'], redTeamRows);

// Red-team short answers (`red-team-short-answers*.jsonl`): questions written by helpers to draw a wrong bold answer,
// many about details the article does not give (no bold answer is right for those).
const trapRows = ['red-team-short-answers.jsonl', 'red-team-short-answers-2.jsonl'].flatMap((file, i) => {
	const trapped = readShortAnswerCases(join(import.meta.dirname, file));
	const answerable = evaluateShortAnswers(
		briefing,
		trapped.filter((item) => item.answers.length > 0),
	);
	const unanswerable = trapped.filter((item) => item.answers.length === 0);
	const given = unanswerable.flatMap((item) => {
		const answer = answerQuestion(briefing, item.q);
		return answer.found && answer.shortAnswer !== undefined ? [`${answer.shortAnswer}: ${item.q}`] : [];
	});
	if (verbose) {
		for (const miss of answerable.misses)
			console.log(`  red-team ${i + 1}: ${miss.got ?? '(none)'} ≠ ${miss.expected.join(' | ')}: ${miss.question}`);
		for (const line of given) console.log(`  red-team ${i + 1}, not in the article: ${line}`);
	}
	return [
		[
			`${i + 1}: the article answers`,
			String(answerable.cases),
			String(answerable.right),
			String(answerable.wrong),
			String(answerable.none),
		],
		[
			`${i + 1}: it does not`,
			String(unanswerable.length),
			'',
			String(given.length),
			String(unanswerable.length - given.length),
		],
	];
});
printTable(['red-team short answers', 'cases', 'right', 'wrong', 'none'], trapRows);
