/**
 * The check CLI's bad-input contract (../shared/design.md): a line that is not valid JSON or has no
 * string `text` gets `{"id", "error"}` in its place; every other line is still answered, in order;
 * huge text, emoji floods, lone surrogates, control and bidi characters, RTL and CJK get an answer,
 * not a crash; the exit status is 1 when any line was bad.
 */
import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';

const HUGE = "You never listen to me and I need you to answer now. ".repeat(4000).slice(0, 200_000);

/** [id, input line, expected: 'error' or 'answer']; the id is what the output line must carry. */
const LINES: [unknown, string, 'error' | 'answer'][] = [
  [null, '{not json', 'error'],
  [null, '{}', 'error'],
  ['n', JSON.stringify({ id: 'n', text: 5 }), 'error'],
  ['nul', JSON.stringify({ id: 'nul', text: null }), 'error'],
  [null, '[1,2,3]', 'error'],
  [null, 'null', 'error'],
  [null, '"just a string"', 'error'],
  ['huge', JSON.stringify({ id: 'huge', text: HUGE }), 'answer'],
  ['emoji', JSON.stringify({ id: 'emoji', text: '😭💔🙏👩‍👩‍👧🇵🇹'.repeat(2000) }), 'answer'],
  // JSON.stringify writes lone surrogates as \ud800 escapes; JSON.parse gives them back unpaired.
  ['lone', JSON.stringify({ id: 'lone', text: 'why \uD800 did you \uDC00 leave me \uDBFF' }), 'answer'],
  ['lone-end', JSON.stringify({ id: 'lone-end', text: 'answer me now!!! \uD83D' }), 'answer'],
  ['control', JSON.stringify({ id: 'control', text: 'you\u0000 never\u0007 listen\u001b[31m to me\u0085\u000b\u000c' }), 'answer'],
  ['bidi', JSON.stringify({ id: 'bidi', text: '\u202eyou never listen to me\u202c \u2066answer me\u2069 \u200f\u200b\ufeff' }), 'answer'],
  ['arabic', JSON.stringify({ id: 'arabic', text: 'لماذا لا ترد على رسائلي؟ أنا بحاجة إليك الآن!!!' }), 'answer'],
  ['hebrew', JSON.stringify({ id: 'hebrew', text: 'למה אתה לא עונה לי? אני צריכה אותך עכשיו' }), 'answer'],
  ['cjk', JSON.stringify({ id: 'cjk', text: '你为什么不回我消息？我现在就需要你。なぜ返事をくれないの？답장해 줘' }), 'answer'],
  ['mixed', JSON.stringify({ id: 'mixed', text: 'You never listen to me. 你为什么不回我 😭 לא' }), 'answer'],
  [7, JSON.stringify({ id: 7, text: 'have a lovely trip!', extra: { ignored: true } }), 'answer'],
];

function runCli(input: string): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--jsonl'], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout, stderr, status }));
    child.stdin.end(input);
  });
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The grapheme boundaries of `text`. Segmenting a 200,000-character string in one go makes V8 copy
 * the whole input for every segment (gigabytes), so it is cut into windows first, each starting at
 * a space after a plain ASCII character: there is always a boundary there, and what follows it
 * segments the same alone as in the whole text.
 */
function boundariesOf(text: string): Set<number> {
  const WINDOW = 2000;
  const out = new Set<number>([text.length]);
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + WINDOW);
    while (to < text.length && !(text[to] === ' ' && /[!-~]/.test(text[to - 1]!))) to++;
    for (const { index } of graphemes.segment(text.slice(from, to))) out.add(from + index);
    from = to;
  }
  return out;
}

describe('check --jsonl on bad and unusual input', () => {
  let result: Awaited<ReturnType<typeof runCli>>;
  let out: Record<string, unknown>[];

  test('answers one line per input line, in order, and exits 1', { timeout: 60_000 }, async () => {
    const started = Date.now();
    result = await runCli(`${LINES.map(([, line]) => line).join('\n')}\n`);
    const rawLines = result.stdout.trimEnd().split('\n');
    out = rawLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(result.stderr).toBe('');
    expect(out.map((o) => o.id)).toEqual(LINES.map(([id]) => id));
    expect(result.status).toBe(1);
    // A 200,000-character paste is answered promptly, not after minutes.
    expect(Date.now() - started).toBeLessThan(45_000);
  });

  test.each(LINES.map(([id, line, kind], i) => [i, String(id), kind, line] as const))(
    'line %i (id %s) gets an %s',
    (i, _id, kind, line) => {
      const o = out[i]!;
      if (kind === 'error') {
        expect(Object.keys(o).sort()).toEqual(['error', 'id']);
        expect(typeof o.error).toBe('string');
        expect((o.error as string).length).toBeGreaterThan(5);
        return;
      }
      expect(o.error).toBeUndefined();
      expect(['light', 'heads-up', 'strong']).toContain(o.level);
      expect(o.flagged).toBe(o.level !== 'light');
      const text = (JSON.parse(line) as { text: string }).text;
      const boundaries = boundariesOf(text);
      for (const f of o.findings as { spans: { start: number; end: number }[]; tip: string }[]) {
        expect(f.tip.length).toBeGreaterThan(0);
        for (const { start, end } of f.spans) {
          expect(0 <= start && start < end && end <= text.length).toBe(true);
          expect(boundaries.has(start) && boundaries.has(end)).toBe(true);
        }
      }
    },
  );

  test('heavy English is still flagged beside the bad lines; other scripts are left alone', () => {
    const byId = new Map(out.map((o) => [o.id, o]));
    expect(byId.get('huge')).toMatchObject({ flagged: true, categories: expect.arrayContaining(['length']) });
    expect(byId.get('bidi')).toMatchObject({ flagged: true });
    for (const id of ['arabic', 'hebrew', 'cjk']) expect(byId.get(id)).toMatchObject({ flagged: false, findings: [] });
    expect(byId.get(7)).toMatchObject({ flagged: false });
  });
});
