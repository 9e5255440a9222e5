import type { TenantNode, TenantRef, TenantTree } from './types';

export interface TreeSearch {
  /** The tree cut down to matches, their ancestors and the full subtree below each match. */
  tree: TenantNode | undefined;
  /** Nodes to open so that every match is visible. */
  expanded: string[];
}

const matches = (node: TenantNode, query: string) => node.name.includes(query) || node.code.startsWith(query);

/** Filters the tenant tree by a part of a name or the start of a code (370702, 3707). */
export function searchTree(root: TenantNode, rawQuery: string): TreeSearch {
  const query = rawQuery.trim();
  if (query === '') {
    return { tree: root, expanded: [root.code] };
  }
  const expanded: string[] = [];
  const visit = (node: TenantNode): TenantNode | undefined => {
    const children = node.children.map(visit).filter((child): child is TenantNode => child !== undefined);
    if (children.length > 0) {
      expanded.push(node.code);
    }
    if (matches(node, query)) {
      return children.length > 0 ? { ...node, children: mergeChildren(node.children, children) } : node;
    }
    return children.length > 0 ? { ...node, children } : undefined;
  };
  return { tree: visit(root), expanded };
}

/** Below a match keep every child, using the filtered version where a deeper match cut it down. */
function mergeChildren(all: TenantNode[], filtered: TenantNode[]): TenantNode[] {
  const byCode = new Map(filtered.map((child) => [child.code, child]));
  return all.map((child) => byCode.get(child.code) ?? child);
}

/** Every region the tree names except the viewer's own: its ancestors, then its subtree (e.g. joint-plan partners). */
export function otherRegions({ root, ancestors }: TenantTree): TenantRef[] {
  const below: TenantRef[] = [];
  const visit = (node: TenantNode) => {
    for (const child of node.children) {
      below.push({ code: child.code, name: child.name, tier: child.tier });
      visit(child);
    }
  };
  visit(root);
  return [...ancestors, ...below];
}
