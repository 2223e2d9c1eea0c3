// Findings as SARIF 2.1.0, so GitHub code scanning and other SARIF viewers can show them.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { lineIndex } from './lines';
import type { Finding, LintRule } from './types';

export interface SarifInput {
  file: string;
  text: string;
  findings: readonly Finding[];
}

const LEVEL: Record<string, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function toSarif(files: readonly SarifInput[], rules: readonly LintRule[], _cwd?: string, version = '0.0.0'): Log {
  const used = new Set(files.flatMap((f) => f.findings.map((x) => x.ruleId)));
  const descriptors: ReportingDescriptor[] = rules.filter((r) => used.has(r.id)).map((r) => {
    const d: ReportingDescriptor = {
      id: r.id,
      name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
      shortDescription: { text: r.message },
      defaultConfiguration: { level: r.severity === 'off' ? 'none' : LEVEL[r.severity] },
      properties: { category: r.category, tags: [r.category, r.lang] },
    };
    if (r.description) d.fullDescription = { text: r.description };
    if (r.link) d.helpUri = r.link;
    return d;
  });
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  const results: Result[] = [];
  for (const f of files) {
    const idx = lineIndex(f.text);
    for (const x of f.findings) {
      const a = idx.position(x.start);
      const b = idx.position(x.end);
      const result: Result = {
        ruleId: x.ruleId,
        level: LEVEL[x.severity],
        message: { text: x.rewrites.length ? `${x.message} Try: "${x.rewrites[0]}".` : x.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: toUri(f.file) },
            region: {
              startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column,
              charOffset: x.start, charLength: x.end - x.start, snippet: { text: x.match },
            },
          },
        }],
        properties: { category: x.category },
      };
      const i = ruleIndex.get(x.ruleId);
      if (i !== undefined) result.ruleIndex = i;
      if (x.rewrites.length) {
        result.fixes = [{
          description: { text: `Replace with "${x.rewrites[0]}"` },
          artifactChanges: [{
            artifactLocation: { uri: toUri(f.file) },
            replacements: [{ deletedRegion: { charOffset: x.start, charLength: x.end - x.start }, insertedContent: { text: x.rewrites[0] } }],
          }],
        }];
      }
      results.push(result);
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Kindly', version, rules: descriptors } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}
