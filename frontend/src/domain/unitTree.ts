import type { UnitNode } from '../api/types';

/** Helpers over the unit tree (国家邮政局 → 司局 / 省局 → 市局) as `GET /api/units` returns it. */

export function* walkUnits(roots: readonly UnitNode[]): Generator<UnitNode> {
  for (const node of roots) {
    yield node;
    yield* walkUnits(node.children ?? []);
  }
}

export function findUnit(roots: readonly UnitNode[], id: string | null | undefined): UnitNode | undefined {
  if (!id) return undefined;
  for (const node of walkUnits(roots)) if (node.id === id) return node;
  return undefined;
}

export function countUnits(roots: readonly UnitNode[]): number {
  let count = 0;
  for (const node of walkUnits(roots)) if (node.active !== false) count += 1;
  return count;
}

/** `activeCadres` counts a unit's own cadres; this adds those of every unit below it. */
export function subtreeCadres(node: UnitNode): number {
  return (node.activeCadres ?? 0) + (node.children ?? []).reduce((sum, child) => sum + subtreeCadres(child), 0);
}

/**
 * The part of the tree a user works in: all of it for those who read every unit, otherwise the subtree of
 * their own unit (the server applies the same scope to every list).
 */
export function scopeRoots(roots: UnitNode[], readsEveryUnit: boolean, unitId: string | null | undefined): UnitNode[] {
  if (readsEveryUnit) return roots;
  const own = findUnit(roots, unitId);
  return own ? [own] : roots;
}

export function unitNamesById(roots: readonly UnitNode[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const node of walkUnits(roots)) if (node.id && node.name) names.set(node.id, node.name);
  return names;
}

export interface FilteredTree {
  roots: UnitNode[];
  /** Every kept unit that has kept children, so the matches are visible. */
  expandedKeys: string[];
  matches: number;
}

/** Keeps the units whose name or code contains the keyword, with their ancestors; empty keyword keeps all. */
export function filterUnits(roots: readonly UnitNode[], keyword: string): FilteredTree {
  const needle = keyword.trim().toLowerCase();
  const expandedKeys: string[] = [];
  let matches = 0;
  const keep = (node: UnitNode): UnitNode | undefined => {
    const children = (node.children ?? []).map(keep).filter((child): child is UnitNode => Boolean(child));
    const hit = needle !== '' && [node.name, node.code].some((text) => text?.toLowerCase().includes(needle));
    if (hit) matches += 1;
    if (!hit && children.length === 0 && needle !== '') return undefined;
    if (needle !== '' && children.length > 0 && node.id) expandedKeys.push(node.id);
    return { ...node, children };
  };
  const kept = roots.map(keep).filter((node): node is UnitNode => Boolean(node));
  return { roots: kept, expandedKeys, matches };
}

export interface UnitTreeSelectNode {
  value: string;
  title: string;
  children: UnitTreeSelectNode[];
}

export function toTreeSelectData(roots: readonly UnitNode[]): UnitTreeSelectNode[] {
  return roots
    .filter((node) => node.id)
    .map((node) => ({ value: node.id!, title: node.name ?? node.code ?? '', children: toTreeSelectData(node.children ?? []) }));
}
