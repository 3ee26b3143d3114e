/**
 * The check CLI.
 *   npm run --silent check -- --jsonl [--sensitivity gentle|balanced|strict] < drafts.jsonl
 *   npm run check -- [--sensitivity …] "some text"
 * JSONL mode answers one line per input line, in order; bad lines get {"id", "error"} and exit status 1.
 */
import { createInterface } from 'node:readline';
import { analyzeDraft, type Analysis, type Sensitivity } from '../lib/analysis/index';

const USAGE = `usage: npm run --silent check -- --jsonl [--sensitivity gentle|balanced|strict] < drafts.jsonl
       npm run check -- [--sensitivity gentle|balanced|strict] "some text"`;
const SENSITIVITIES: readonly string[] = ['gentle', 'balanced', 'strict'];
/** FNV-1a offset and prime: a tiny stable hash so the CLI picks the same phrasing for the same text. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

interface Args { jsonl: boolean; sensitivity: Sensitivity; texts: string[] }

function usageError(message: string): never {
  process.stderr.write(`check: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { jsonl: false, sensitivity: 'balanced', texts: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jsonl') args.jsonl = true;
    else if (arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value || !SENSITIVITIES.includes(value)) usageError(`--sensitivity needs one of ${SENSITIVITIES.join(', ')}`);
      args.sensitivity = value as Sensitivity;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--') continue;
    else if (arg.startsWith('-') && arg.length > 1) usageError(`unknown option ${arg}`);
    else args.texts.push(arg);
  }
  if (args.jsonl && args.texts.length) usageError('give either --jsonl (reading stdin) or a text, not both');
  if (!args.jsonl && !args.texts.length) usageError('nothing to check');
  return args;
}

function variantFor(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME) >>> 0;
  return hash;
}

function jsonLine(id: unknown, analysis: Analysis): string {
  return JSON.stringify({
    id,
    flagged: analysis.flagged,
    level: analysis.level,
    categories: analysis.categories,
    findings: analysis.findings.map(({ category, spans, tip }) => ({ category, spans, tip })),
  });
}

/** Answers one input line; returns the output line and whether the input was bad. */
function answerLine(line: string, sensitivity: Sensitivity): { out: string; bad: boolean } {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (error) {
    return { out: JSON.stringify({ id: null, error: `not valid JSON: ${(error as Error).message}` }), bad: true };
  }
  const record = row !== null && typeof row === 'object' && !Array.isArray(row) ? (row as Record<string, unknown>) : undefined;
  const id = record && 'id' in record ? record.id : null;
  if (!record) return { out: JSON.stringify({ id: null, error: 'expected a JSON object with a string "text"' }), bad: true };
  if (typeof record.text !== 'string') return { out: JSON.stringify({ id, error: 'missing string "text"' }), bad: true };
  const analysis = analyzeDraft(record.text, { sensitivity, variant: variantFor(record.text) });
  return { out: jsonLine(id, analysis), bad: false };
}

async function runJsonl(sensitivity: Sensitivity): Promise<number> {
  let bad = false;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const answer = answerLine(line, sensitivity);
    bad ||= answer.bad;
    if (!process.stdout.write(`${answer.out}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  return bad ? 1 : 0;
}

function report(text: string, sensitivity: Sensitivity): string {
  const analysis = analyzeDraft(text, { sensitivity, variant: variantFor(text) });
  const tty = process.stdout.isTTY;
  const [open, close] = tty ? ['\x1b[1;33m', '\x1b[0m'] : ['[[', ']]'];
  const spans = analysis.findings.flatMap((f) => f.spans).sort((a, b) => a.start - b.start);
  let marked = '';
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at) continue;
    marked += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  marked += text.slice(at);
  const lines = [`level: ${analysis.level} (${analysis.words} words)`, marked];
  for (const f of analysis.findings) lines.push(`- ${f.category} (${f.label}): ${f.why} ${f.tip}`);
  for (const n of analysis.notes) lines.push(`- ${n.kind}: ${n.why} ${n.tip}`);
  if (!analysis.flagged) lines.push('Looks light. Nothing to change.');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.jsonl) {
    process.exitCode = await runJsonl(args.sensitivity);
    return;
  }
  process.stdout.write(`${args.texts.map((text) => report(text, args.sensitivity)).join('\n\n')}\n`);
}

await main();
