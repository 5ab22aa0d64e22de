/**
 * `npm run eval:sources`: issue 11's measure. A second report of the visit (`second-report/`, written for this
 * project in its own words, with invented details) is added to a copy of `knowledge/` with the `knowledge -- add`
 * command and no hand-written facts; then, through the CLI's JSON: the questions only it answers (answer in the top
 * three, cited to it), the questions neither report answers (declined), the people and offices /who finds with a
 * role, the commitments /pledges finds, and the first article's question sets with both sources loaded.
 * `--verbose` lists the questions missed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCases } from './evaluate.js';

const root = join(import.meta.dirname, '..', '..');
// Another report's folder may be named: `npm run eval:sources -- test/eval/third-report`.
const fixture =
	process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? join(import.meta.dirname, 'second-report');
const meta = JSON.parse(readFileSync(join(fixture, 'meta.json'), 'utf8')) as Record<string, string>;
const SLUG = 'second';
const dir = mkdtempSync(join(tmpdir(), 'briefing-sources-'));
const run = (args: string[], input?: string) =>
	execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {
		env: { ...process.env, KNOWLEDGE_DIR: dir },
		input,
		maxBuffer: 64 * 1024 * 1024,
	}).toString();
try {
	cpSync(join(root, 'knowledge'), dir, { recursive: true });
	execFileSync(
		process.execPath,
		[
			join(root, 'dist', 'knowledge-cli.js'),
			'add',
			join(fixture, 'report.txt'),
			...['--slug', SLUG, '--title', meta.title ?? '', '--outlet', meta.outlet ?? '', '--author', meta.author ?? ''],
			...['--date', meta.date ?? '', '--url', meta.url ?? ''],
		],
		{ env: { ...process.env, KNOWLEDGE_DIR: dir }, stdio: 'ignore' },
	);
	const ask = (questions: readonly string[]) =>
		run(['ask', '--json', '--stdin'], questions.join('\n'))
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as { found: boolean; passages?: { text: string; source: string }[] });

	const cases = readCases(join(fixture, 'questions.jsonl'));
	const answers = ask(cases.map((item) => item.q));
	const only = cases.flatMap((item, i) => (item.gold.length > 0 ? [{ item, answer: answers[i] }] : []));
	const neither = cases.flatMap((item, i) => (item.gold.length === 0 ? [answers[i]] : []));
	let top3 = 0;
	let cited = 0;
	const verbose = process.argv.includes('--verbose');
	for (const { item, answer } of only) {
		const hit = answer?.passages?.slice(0, 3).find((p) => item.gold.some((gold) => p.text.includes(gold)));
		if (hit !== undefined) top3++;
		if (hit?.source === SLUG) cited++;
		else if (verbose) console.log(`  not cited to it: ${item.q}`);
	}
	const declined = neither.filter((answer) => answer?.found === false).length;
	if (verbose) {
		neither.forEach((answer, i) => {
			if (answer?.found !== false)
				console.log(`  answered, not declined: ${cases.filter((c) => c.gold.length === 0)[i]?.q}`);
		});
	}

	const people = JSON.parse(readFileSync(join(fixture, 'people.json'), 'utf8')) as { name: string }[];
	const who = JSON.parse(run(['who', '--json'])) as { people: { name: string; role: string; aliases: string[] }[] };
	const withRole = people.filter(({ name }) =>
		who.people.some(
			(person) =>
				[person.name, ...person.aliases].some((alias) => alias.includes(name.split(' ').at(-1) ?? name)) &&
				person.role !== '' &&
				person.role !== 'Named in the report',
		),
	).length;
	const pledges = JSON.parse(readFileSync(join(fixture, 'pledges.json'), 'utf8')) as { quote: string }[];
	const found = JSON.parse(run(['pledges', '--json'])) as { pledges: { quote: string; source: string }[] };
	const pledged = pledges.filter(({ quote }) =>
		found.pledges.some(
			(pledge) => pledge.source === SLUG && (pledge.quote.includes(quote) || quote.includes(pledge.quote)),
		),
	).length;

	const share = (part: number, whole: number) => `${part}/${whole} (${(part / Math.max(1, whole)).toFixed(2)})`;
	console.log(
		`questions only the second report answers: in the top three ${share(top3, only.length)}, cited to it ${share(cited, only.length)}`,
	);
	console.log(`questions neither report answers: declined ${share(declined, neither.length)}`);
	console.log(`/who: people and offices with a role ${share(withRole, people.length)}`);
	console.log(`/pledges: commitments found ${share(pledged, pledges.length)}`);
	for (const file of ['dev-questions.jsonl', 'own-questions.jsonl', 'paraphrase-questions.jsonl']) {
		const first = readCases(join(import.meta.dirname, file)).filter((item) => item.gold.length > 0);
		const results = ask(first.map((item) => item.q));
		const hits = first.filter((item, i) =>
			item.gold.some((gold) => results[i]?.passages?.[0]?.text.includes(gold) === true),
		).length;
		console.log(`first article, ${file}, both sources loaded: hit@1 ${share(hits, first.length)}`);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
