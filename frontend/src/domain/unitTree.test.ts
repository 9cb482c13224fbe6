import { BEIJING_ID, BUREAU_ID, GUANGDONG_ID, SHENZHEN_ID, unitTree } from '../test/fixtures';
import { countUnits, filterUnits, findUnit, scopeRoots, subtreeCadres, toTreeSelectData } from './unitTree';

describe('unit tree', () => {
  it('adds the cadres of every subunit to a unit’s own', () => {
    expect(subtreeCadres(findUnit(unitTree, GUANGDONG_ID)!)).toBe(14);
    expect(subtreeCadres(unitTree[0])).toBe(26);
  });

  it('scopes HR to its own subtree and leaders to the whole tree', () => {
    expect(countUnits(scopeRoots(unitTree, false, GUANGDONG_ID))).toBe(2);
    expect(countUnits(scopeRoots(unitTree, true, GUANGDONG_ID))).toBe(4);
  });

  it('keeps matches and their ancestors, and opens the branches that lead to them', () => {
    const { roots, expandedKeys, matches } = filterUnits(unitTree, '深圳');
    expect(matches).toBe(1);
    expect(roots[0].children!.map((unit) => unit.id)).toEqual([GUANGDONG_ID]);
    expect(roots[0].children![0].children!.map((unit) => unit.id)).toEqual([SHENZHEN_ID]);
    expect(expandedKeys.sort()).toEqual([BUREAU_ID, GUANGDONG_ID].sort());
  });

  it('matches unit codes too, and keeps everything for an empty keyword', () => {
    expect(filterUnits(unitTree, '110000').roots[0].children!.map((unit) => unit.id)).toEqual([BEIJING_ID]);
    expect(filterUnits(unitTree, '  ').roots).toHaveLength(1);
    expect(filterUnits(unitTree, '西藏').roots).toEqual([]);
  });

  it('feeds the unit picker with ids as values', () => {
    expect(toTreeSelectData(unitTree)[0]).toMatchObject({ value: BUREAU_ID, title: '国家邮政局' });
  });
});
