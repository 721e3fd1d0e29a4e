import { UserErrorCode } from '../platform/errors/user-error';
import type { ChainDefinition } from './chain-definition';

export interface BundlePolicy {
  title: string;
  summary: string;
}

export interface BundleContact {
  name: string;
  phone: string;
  role: string;
}

/** One chain node of a bundle: what is stacked on it and which nodes come before it. */
export interface BundleNodeContent {
  code: string;
  after: string[];
  matters: string[];
  items: string[];
  policies: BundlePolicy[];
  contacts: BundleContact[];
}

export interface BundleContent {
  name: string;
  description: string;
  nodes: BundleNodeContent[];
}

export interface BundleProblem {
  field: string[];
  code: UserErrorCode;
  message: string;
}

export interface Catalogue {
  matters: Set<string>;
  items: Set<string>;
}

/** Every problem of a bundle at once: unknown nodes, matters and items, empty nodes, repeats, cycles in node order. */
export function bundleProblems(content: BundleContent, chain: ChainDefinition, catalogue: Catalogue): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const add = (field: Array<string | number>, code: UserErrorCode, message: string) =>
    problems.push({ field: ['input', ...field.map(String)], code, message });
  const chainNodes = new Set(chain.nodes.map((node) => node.code));
  const draftNodes = new Set<string>();
  if (!content.name.trim()) add(['name'], UserErrorCode.BLANK, 'The bundle needs a name.');
  if (content.nodes.length === 0) add(['nodes'], UserErrorCode.EMPTY, 'The bundle needs at least one chain node.');
  content.nodes.forEach((node, index) => {
    if (!chainNodes.has(node.code))
      add(
        ['nodes', index, 'code'],
        UserErrorCode.NOT_FOUND,
        `The ${chain.code} chain has no node ${node.code}; it has ${[...chainNodes].join(', ')}.`,
      );
    else if (draftNodes.has(node.code)) add(['nodes', index, 'code'], UserErrorCode.DUPLICATE, `The node ${node.code} appears twice.`);
    draftNodes.add(node.code);
    if (node.matters.length + node.items.length === 0)
      add(['nodes', index], UserErrorCode.EMPTY, `The node ${node.code} stacks no matter and no item.`);
    node.matters.forEach((code, position) => {
      if (!catalogue.matters.has(code)) add(['nodes', index, 'matters', position], UserErrorCode.NOT_FOUND, `No matter has the code ${code}.`);
    });
    node.items.forEach((code, position) => {
      if (!catalogue.items.has(code)) add(['nodes', index, 'items', position], UserErrorCode.NOT_FOUND, `No service item has the code ${code}.`);
      else if (node.items.indexOf(code) !== position)
        add(['nodes', index, 'items', position], UserErrorCode.DUPLICATE, `The item ${code} appears twice in ${node.code}.`);
    });
    node.contacts.forEach((contact, position) => {
      if (!contact.name.trim() || !contact.phone.trim())
        add(['nodes', index, 'contacts', position], UserErrorCode.BLANK, 'A contact needs a name and a phone number.');
    });
  });
  content.nodes.forEach((node, index) => {
    node.after.forEach((code, position) => {
      if (!draftNodes.has(code))
        add(['nodes', index, 'after', position], UserErrorCode.NOT_FOUND, `${node.code} comes after ${code}, which is not in the bundle.`);
    });
  });
  const cycle = findCycle(content.nodes);
  if (cycle) add(['nodes'], UserErrorCode.CYCLE, `The node order goes round in a circle: ${cycle.join(' → ')}.`);
  return problems;
}

/** A circle in the "comes after" relation, as the list of node codes walked, or null. */
function findCycle(nodes: BundleNodeContent[]): string[] | null {
  const after = new Map(nodes.map((node) => [node.code, node.after]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (code: string): string[] | null => {
    if (state.get(code) === 'done') return null;
    if (state.get(code) === 'visiting') return [...path.slice(path.indexOf(code)), code];
    state.set(code, 'visiting');
    path.push(code);
    for (const previous of after.get(code) ?? []) {
      if (!after.has(previous)) continue;
      const found = visit(previous);
      if (found) return found;
    }
    path.pop();
    state.set(code, 'done');
    return null;
  };
  for (const node of nodes) {
    const found = visit(node.code);
    if (found) return found.reverse();
  }
  return null;
}

export interface NodeChange {
  code: string;
  addedMatters: string[];
  removedMatters: string[];
  addedItems: string[];
  removedItems: string[];
  orderChanged: boolean;
  policiesChanged: boolean;
  contactsChanged: boolean;
}

export interface BundleDiff {
  nameChanged: boolean;
  descriptionChanged: boolean;
  addedNodes: string[];
  removedNodes: string[];
  changedNodes: NodeChange[];
}

const minus = (a: string[], b: string[]) => a.filter((value) => !b.includes(value));
const sameSet = (a: string[], b: string[]) => a.length === b.length && minus(a, b).length === 0;

/** What changed from one bundle to another: nodes added and removed, and per kept node what was stacked or unstacked. */
export function diffBundles(from: BundleContent, to: BundleContent): BundleDiff {
  const before = new Map(from.nodes.map((node) => [node.code, node]));
  const after = new Map(to.nodes.map((node) => [node.code, node]));
  const changedNodes: NodeChange[] = [];
  for (const [code, next] of after) {
    const previous = before.get(code);
    if (!previous) continue;
    const change: NodeChange = {
      code,
      addedMatters: minus(next.matters, previous.matters),
      removedMatters: minus(previous.matters, next.matters),
      addedItems: minus(next.items, previous.items),
      removedItems: minus(previous.items, next.items),
      orderChanged: !sameSet(next.after, previous.after),
      policiesChanged: JSON.stringify(next.policies) !== JSON.stringify(previous.policies),
      contactsChanged: JSON.stringify(next.contacts) !== JSON.stringify(previous.contacts),
    };
    const changed =
      change.addedMatters.length + change.removedMatters.length + change.addedItems.length + change.removedItems.length > 0 ||
      change.orderChanged ||
      change.policiesChanged ||
      change.contactsChanged;
    if (changed) changedNodes.push(change);
  }
  return {
    nameChanged: from.name !== to.name,
    descriptionChanged: from.description !== to.description,
    addedNodes: [...after.keys()].filter((code) => !before.has(code)),
    removedNodes: [...before.keys()].filter((code) => !after.has(code)),
    changedNodes,
  };
}
