// Pack loading benchmark: 2,000 items across 20 files (10 phrase files, 10 rule files, 100 items each),
// full load and re-load after one file changes (with and without the linter checking each rule's
// examples); plus 2,000 one-item Markdown templates for comparison.
// Run: npx tsx bench/packs.bench.ts
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkRuleExamples } from '../src/core/lint';
import { loadPack, reloadPackFiles } from '../src/core/packs';

const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function writePack(root: string, markdown: boolean): string {
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'kindly-pack.json'), JSON.stringify({ id: 'bench', name: 'Bench', version: '1.0.0', languages: ['en', 'hi', 'bn'] }));
  if (markdown) {
    for (let i = 0; i < 2000; i++) {
      const dir = path.join(root, 'templates', `group-${i % 20}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `reply-${i}.md`),
        `---\ntitle: Reply ${i}\ntags: [billing, refund, t${i}]\nlang: en\nchannel: [email, chat]\n---\nHi {{customer.firstName | "there"}},\n\nYour order {{order.id}} is on its way (${i}).\n\n{{agent.name}}\n`);
    }
    return path.join(root, 'templates', 'group-0', 'reply-0.md');
  }
  fs.mkdirSync(path.join(root, 'phrases'));
  fs.mkdirSync(path.join(root, 'rules'));
  for (let f = 0; f < 10; f++) {
    const phrases = Array.from({ length: 100 }, (_, i) => ({
      id: `p-${f}-${i}`, kind: i % 2 ? 'closing' : 'greeting', lang: ['en', 'hi', 'bn'][i % 3], channel: 'email',
      text: `Hello {{customer.firstName | "there"}}, thank you for contacting {{company.name}} (${f}/${i}).`,
    }));
    fs.writeFileSync(path.join(root, 'phrases', `p${f}.json`), JSON.stringify({ phrases }, null, 2));
    const rules = Array.from({ length: 100 }, (_, i) => ({
      id: `r-${f}-${i}`, category: 'negative-word', severity: 'warning', lang: 'en',
      ...(i % 2 ? { phrases: [`word${i}`, `other phrase ${i}`] } : { pattern: `\\b(?:can ?not|won't) do ${i}\\b` }),
      message: 'Say what you can do.', rewrites: ['Here is what I can do: $0'],
      examples: { flag: i % 2 ? [`so word${i} here`] : [`we won't do ${i} today`], pass: ['All good.'] },
    }));
    fs.writeFileSync(path.join(root, 'rules', `r${f}.json`), JSON.stringify({ rules }, null, 2));
  }
  return path.join(root, 'rules', 'r0.json'); // a rules file: the costlier one to re-read
}

async function measure(label: string, markdown: boolean, checkExamples: boolean): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kindly-bench-'));
  try {
    const changed = writePack(root, markdown);
    const opts = checkExamples ? { checkRule: checkRuleExamples } : {};
    const full: number[] = [];
    const reload: number[] = [];
    let items = 0;
    let problems = 0;
    await loadPack(root, 'workspace', opts); // warm-up (module JIT, file cache)
    for (let run = 0; run < RUNS; run++) {
      let t = performance.now();
      const pack = await loadPack(root, 'workspace', opts);
      full.push(performance.now() - t);
      items = pack.templates.length + pack.phrases.length + pack.rules.length;
      problems = pack.problems.length;
      fs.appendFileSync(changed, '\n');
      t = performance.now();
      await reloadPackFiles(pack, [changed]);
      reload.push(performance.now() - t);
    }
    console.log(`${label}: ${items} items, ${problems} problems`);
    console.log(`  full load          median ${median(full).toFixed(1)} ms  (min ${Math.min(...full).toFixed(1)}, max ${Math.max(...full).toFixed(1)}, ${RUNS} runs)`);
    console.log(`  reload one file    median ${median(reload).toFixed(1)} ms  (min ${Math.min(...reload).toFixed(1)}, max ${Math.max(...reload).toFixed(1)}, ${RUNS} runs)`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function run(): Promise<void> {
  const cpus = os.cpus();
  console.log(`Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`);
  await measure('2,000 items in 20 JSON files (1,000 phrases + 1,000 rules), rule examples not checked', false, false);
  await measure('2,000 items in 20 JSON files (1,000 phrases + 1,000 rules), rule examples checked by the linter', false, true);
  await measure('2,000 Markdown templates (one per file, 20 folders)', true, false);
}

void run();
