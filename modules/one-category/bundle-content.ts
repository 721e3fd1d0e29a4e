import { UserErrorCode } from '../platform/errors/user-error';
import type { ChainDefinition } from './chain-definition';

export interface BundlePolicy {
  title: string;
  summary: string;
  /** A published policy it points at, when it is one of the county's policies as data. */
  policyCode?: string | null;
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
  /** Codes of published policies among those the bundle points at. */
  policies: Set<string>;
}

/**
 * Upper bounds of a bundle's lists. An application at a node opens one case per stacked matter, and every list is
 * stored and shown with each version, so none may grow without end.
 */
export const BUNDLE_LIMITS = {
  nodes: 20,
  afterPerNode: 20,
  mattersPerNode: 30,
  itemsPerNode: 50,
  policiesPerNode: 20,
  contactsPerNode: 10,
} as const;

type NodeList = 'after' | 'matters' | 'items' | 'policies' | 'contacts';

/** Each list of a node with its bound and how a message names it. */
const NODE_LISTS: Array<{ list: NodeList; limit: number; verb: string; noun: string }> = [
  { list: 'after', limit: BUNDLE_LIMITS.afterPerNode, verb: 'comes after', noun: 'nodes' },
  { list: 'matters', limit: BUNDLE_LIMITS.mattersPerNode, verb: 'stacks', noun: 'matters' },
  { list: 'items', limit: BUNDLE_LIMITS.itemsPerNode, verb: 'stacks', noun: 'items' },
  { list: 'policies', limit: BUNDLE_LIMITS.policiesPerNode, verb: 'lists', noun: 'policies' },
  { list: 'contacts', limit: BUNDLE_LIMITS.contactsPerNode, verb: 'lists', noun: 'contacts' },
];

const problem = (field: Array<string | number>, code: UserErrorCode, message: string): BundleProblem => ({
  field: ['input', ...field.map(String)],
  code,
  message,
});

/** The lists longer than their bound, one problem per list. */
export function bundleSizeProblems(content: BundleContent): BundleProblem[] {
  if (content.nodes.length > BUNDLE_LIMITS.nodes)
    return [
      problem(['nodes'], UserErrorCode.OUT_OF_RANGE, `The bundle has ${content.nodes.length} nodes; it may have at most ${BUNDLE_LIMITS.nodes}.`),
    ];
  return content.nodes.flatMap((node, index) =>
    NODE_LISTS.filter(({ list, limit }) => node[list].length > limit).map(({ list, limit, verb, noun }) =>
      problem(
        ['nodes', index, list],
        UserErrorCode.OUT_OF_RANGE,
        `${node.code} ${verb} ${node[list].length} ${noun}; a node ${verb} at most ${limit}.`,
      ),
    ),
  );
}

/** Positions of the entries whose key an earlier entry of the list already has. */
function repeatedPositions<T>(entries: T[], key: (entry: T) => string): Set<number> {
  const seen = new Set<string>();
  const repeated = new Set<number>();
  entries.forEach((entry, position) => {
    const value = key(entry);
    if (seen.has(value)) repeated.add(position);
    seen.add(value);
  });
  return repeated;
}

/**
 * Every problem of a bundle at once: lists beyond their bound, unknown nodes, matters and items, empty nodes, an
 * entry repeated in any list, cycles in node order. A bundle with a list beyond its bound gets only those problems:
 * its entries are not looked at one by one.
 */
export function bundleProblems(content: BundleContent, chain: ChainDefinition, catalogue: Catalogue): BundleProblem[] {
  const oversized = bundleSizeProblems(content);
  if (oversized.length > 0) return oversized;
  const problems: BundleProblem[] = [];
  const add = (field: Array<string | number>, code: UserErrorCode, message: string) => problems.push(problem(field, code, message));
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
    const repeatedMatters = repeatedPositions(node.matters, (code) => code);
    node.matters.forEach((code, position) => {
      if (!catalogue.matters.has(code)) add(['nodes', index, 'matters', position], UserErrorCode.NOT_FOUND, `No matter has the code ${code}.`);
      else if (repeatedMatters.has(position))
        add(['nodes', index, 'matters', position], UserErrorCode.DUPLICATE, `The matter ${code} appears twice in ${node.code}.`);
    });
    const repeatedItems = repeatedPositions(node.items, (code) => code);
    node.items.forEach((code, position) => {
      if (!catalogue.items.has(code)) add(['nodes', index, 'items', position], UserErrorCode.NOT_FOUND, `No service item has the code ${code}.`);
      else if (repeatedItems.has(position))
        add(['nodes', index, 'items', position], UserErrorCode.DUPLICATE, `The item ${code} appears twice in ${node.code}.`);
    });
    // A policy is known by its title: two with one title would be the same policy told twice.
    const repeatedPolicies = repeatedPositions(node.policies, (policy) => policy.title.trim());
    node.policies.forEach((policy, position) => {
      if (repeatedPolicies.has(position))
        add(['nodes', index, 'policies', position], UserErrorCode.DUPLICATE, `The policy ${policy.title.trim()} appears twice in ${node.code}.`);
      if (policy.policyCode && !catalogue.policies.has(policy.policyCode))
        add(['nodes', index, 'policies', position, 'policyCode'], UserErrorCode.NOT_FOUND, `No published policy has the code ${policy.policyCode}.`);
    });
    // A contact is a person at a number; one office line may serve several people.
    const repeatedContacts = repeatedPositions(node.contacts, (contact) => JSON.stringify([contact.name.trim(), contact.phone.trim()]));
    node.contacts.forEach((contact, position) => {
      if (!contact.name.trim() || !contact.phone.trim())
        add(['nodes', index, 'contacts', position], UserErrorCode.BLANK, 'A contact needs a name and a phone number.');
      else if (repeatedContacts.has(position))
        add(
          ['nodes', index, 'contacts', position],
          UserErrorCode.DUPLICATE,
          `The contact ${contact.name.trim()} (${contact.phone.trim()}) appears twice in ${node.code}.`,
        );
    });
  });
  content.nodes.forEach((node, index) => {
    const repeatedAfter = repeatedPositions(node.after, (code) => code);
    node.after.forEach((code, position) => {
      if (!draftNodes.has(code))
        add(['nodes', index, 'after', position], UserErrorCode.NOT_FOUND, `${node.code} comes after ${code}, which is not in the bundle.`);
      else if (repeatedAfter.has(position))
        add(['nodes', index, 'after', position], UserErrorCode.DUPLICATE, `${node.code} names ${code} twice among the nodes it comes after.`);
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
