// Holds the content of every loaded pack for the rest of the extension and tells listeners when it changes.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Phrase } from '../../core/packs/model';
import { phraseFileSchema } from '../../core/packs/schema';

export class PackService implements vscode.Disposable {
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChange = this._onDidChange.event;
  private _phrases: Phrase[] = [];
  private _ready: Promise<void>;

  constructor(private readonly extensionRoot: string) {
    this._ready = this.reload();
  }

  /** Resolves once the first load has finished. */
  get ready(): Promise<void> {
    return this._ready;
  }

  get phrases(): readonly Phrase[] {
    return this._phrases;
  }

  async reload(): Promise<void> {
    const root = path.join(this.extensionRoot, 'snippets');
    const dir = path.join(root, 'phrases');
    const phrases: Phrase[] = [];
    for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
      const file = path.join(dir, name);
      const parsed = phraseFileSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      if (!parsed.success) continue;
      for (const p of parsed.data.phrases) phrases.push({ ...p, origin: { packId: 'kindly-builtin', file, line: 1 } });
    }
    this._phrases = phrases;
    this._onDidChange.fire();
  }

  dispose(): void {
    this._onDidChange.dispose();
  }
}
