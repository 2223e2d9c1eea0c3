import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributed = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
/** A manifest string as English users see it: `%key%` placeholders come from package.nls.json. */
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
const english = (value: string): string => value.replace(/^%([\w.-]+)%$/, (m, key: string) => nls[key] ?? m);

describe('manifest', () => {
  it('the walkthrough links only to commands that exist and media files that are packaged', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(english(walkthrough.title), 'Get started with Kindly');
    for (const step of walkthrough.steps) {
      for (const [, id] of english(step.description).matchAll(/\(command:([\w.]+)/g)) {
        assert.ok(contributed.has(id) || id.startsWith('workbench.'), `${step.id}: command ${id} is contributed`);
      }
      for (const ev of step.completionEvents ?? []) {
        const m = /^onCommand:(.+)$/.exec(ev);
        if (m) assert.ok(contributed.has(m[1]), `${step.id}: completion command ${m[1]} is contributed`);
      }
      const media = step.media.markdown ?? step.media.image;
      assert.ok(fs.existsSync(path.join(root, media)), `${step.id}: ${media} exists`);
      assert.ok(media.startsWith('media/'), `${step.id}: media is under media/ so it is packaged`);
    }
  });

  it('menus and keybindings refer to contributed commands', () => {
    const menus = manifest.contributes.menus ?? {};
    for (const [where, items] of Object.entries<{ command?: string }[]>(menus)) {
      for (const item of items) if (item.command) assert.ok(contributed.has(item.command), `${where}: ${item.command}`);
    }
    for (const kb of manifest.contributes.keybindings ?? []) assert.ok(contributed.has(kb.command), `keybinding ${kb.command}`);
  });

  it('every setting is prefixed kindly., described in Markdown and scoped', () => {
    const groups = Array.isArray(manifest.contributes.configuration) ? manifest.contributes.configuration : [manifest.contributes.configuration];
    for (const group of groups) {
      for (const [key, spec] of Object.entries<Record<string, unknown>>(group.properties)) {
        assert.match(key, /^kindly\./);
        assert.ok(typeof spec.markdownDescription === 'string' || typeof spec.description === 'string', `${key} is described`);
      }
    }
  });

  it('the icon, the activity-bar icon and the JSON schemas it names exist', () => {
    assert.ok(fs.existsSync(path.join(root, manifest.icon)));
    for (const c of manifest.contributes.viewsContainers.activitybar) assert.ok(fs.existsSync(path.join(root, c.icon)));
    for (const v of manifest.contributes.jsonValidation) assert.ok(fs.existsSync(path.join(root, v.url)), v.url);
  });
});
