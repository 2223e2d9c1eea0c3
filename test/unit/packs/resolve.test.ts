import assert from 'node:assert/strict';
import { loadPack, orderPacks, resolvePacks } from '../../../src/core/packs';
import type { LoadedPack } from '../../../src/core/packs';
import { fixture } from './helpers';

describe('packs: precedence', () => {
  let team: LoadedPack;
  let base: LoadedPack;
  before(async () => {
    team = await loadPack(fixture('precedence/team'), 'workspace');
    base = await loadPack(fixture('precedence/base'), 'builtin');
  });

  it('lets the higher pack override items with the same id, and records the winner', () => {
    const r = resolvePacks([team, base]);
    const refund = r.templates.find((t) => t.id === 'refund')!;
    assert.equal(refund.body, 'Team refund text');
    assert.equal(refund.origin.packId, 'team');
    assert.equal(r.templates.find((t) => t.id === 'base-only')!.origin.packId, 'base');
    assert.deepEqual(r.phrases.map((p) => `${p.id}:${p.origin.packId}`).sort(), ['bye:base', 'greet:team']);
    assert.deepEqual(r.overridden.map((o) => `${o.kind}:${o.id}:${o.item.origin.packId}->${o.byPackId}`).sort(),
      ['phrase:greet:base->team', 'template:refund:base->team']);
  });

  it('orders by source (workspace, setting, builtin) whatever order the packs come in', () => {
    const r = resolvePacks([base, team]);
    assert.equal(r.templates.find((t) => t.id === 'refund')!.origin.packId, 'team');
    assert.deepEqual(r.packs.map((p) => p.id), ['team', 'base']);
  });

  it('leaves disabled packs out, so the lower pack shows through', () => {
    const r = resolvePacks([team, base], new Set(['team']));
    assert.equal(r.templates.find((t) => t.id === 'refund')!.origin.packId, 'base');
    assert.equal(r.overridden.length, 0);
    assert.deepEqual(r.packs.map((p) => [p.id, p.enabled]), [['team', false], ['base', true]]);
  });

  it('uses manifest priority and extends within one source', () => {
    const a = { ...team, manifest: { ...team.manifest, id: 'a', priority: 1 } };
    const b = { ...team, manifest: { ...team.manifest, id: 'b', priority: 5 } };
    assert.deepEqual(orderPacks([a, b]).map((p) => p.manifest.id), ['b', 'a']);
    const child = { ...team, manifest: { ...team.manifest, id: 'child', extends: ['parent'] } };
    const parent = { ...team, manifest: { ...team.manifest, id: 'parent' } };
    assert.deepEqual(orderPacks([parent, child]).map((p) => p.manifest.id), ['child', 'parent']);
    const loopA = { ...team, manifest: { ...team.manifest, id: 'x', extends: ['y'] } };
    const loopB = { ...team, manifest: { ...team.manifest, id: 'y', extends: ['x'] } };
    assert.equal(orderPacks([loopA, loopB]).length, 2);
  });

  it('warns when two packs share an id, and counts items in effect', () => {
    const r = resolvePacks([team, { ...base, manifest: { ...base.manifest, id: 'team' } }]);
    assert.equal(r.problems.filter((p) => p.code === 'duplicate-pack').length, 1);
    assert.deepEqual(r.packs.map((p) => p.itemsInEffect), [2, 2]);
  });
});
