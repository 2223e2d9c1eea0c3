// Entry point loaded by VS Code as `extensionTestsPath` (code-server payload or @vscode/test-electron):
// runs every *.test.js beside it with mocha inside the real extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const reportFile = process.env.KINDLY_TEST_REPORT;
  const resultFile = process.env.KINDLY_TEST_RESULT;
  if (reportFile) {
    // The runner prints this file: the extension host's stdout does not reach a terminal under code-server.
    Mocha.reporters.Base.useColors = false;
    const original = Mocha.reporters.Base.consoleLog;
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
      fs.appendFileSync(reportFile, format(...args) + '\n');
      original(...args);
    };
  }
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, reporter: 'spec', color: !reportFile, grep: process.env.KINDLY_TEST_GREP });
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (resultFile) {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
        fs.writeFileSync(resultFile, JSON.stringify({ passes, failures: failed, pending }));
      }
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}
