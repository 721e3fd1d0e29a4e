import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';
import { DrawRatioMode, RiskClass } from './inspection.enums';

/**
 * The version a draw records: a replay runs exactly this code. Change the algorithm only under a new version, and
 * keep the old one for the draws made with it.
 */
export const DRAW_ALGORITHM_VERSION = 'fisher-yates-xoroshiro128plus-1';

/** The pools as they stood at the draw, in the draw's record: what a replay starts from. */
export interface PoolSnapshot {
  targets: Array<{ enterpriseId: string; riskClass: RiskClass }>;
  inspectors: string[];
  /** Pairs that may not meet: a declared relation or a recent inspection of the same enterprise. */
  conflicts: Array<{ inspectorId: string; enterpriseId: string }>;
}

/** The rule that set the share of each class, recorded with the draw (the credit rule, or a flat ratio). */
export interface DrawRatioRule {
  mode: DrawRatioMode;
  ratios: Record<RiskClass, number>;
  /** The cap of general items, when every item of the plan is general; null otherwise. */
  cap: number | null;
  inspectorsPerTarget: number;
  /** The rule in words, e.g. "credit classes A 3%, B 5%, C 10%, D 30%". */
  description: string;
}

export interface DrawnTarget {
  enterpriseId: string;
  riskClass: RiskClass;
  inspectorIds: string[];
}

export interface DrawOutcome {
  targets: DrawnTarget[];
  /** Drawn targets for which fewer than inspectorsPerTarget inspectors are free of conflicts. */
  unstaffed: string[];
}

const CLASSES = [RiskClass.A, RiskClass.B, RiskClass.C, RiskClass.D];

/** A seed as recorded: 8 hexadecimal digits, a 32-bit integer. */
export function parseSeed(seed: string): number {
  if (!/^[0-9a-f]{8}$/.test(seed)) throw new Error(`Not a draw seed: ${seed}`);
  return Number.parseInt(seed, 16) | 0;
}

function shuffled<T>(items: T[], random: RandomGenerator): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = unsafeUniformIntDistribution(0, index, random);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

/** How many of a class's candidates a rule draws: its ratio of them, rounded up, within the cap. */
export function drawnCount(candidates: number, rule: DrawRatioRule, riskClass: RiskClass): number {
  const ratio = rule.cap === null ? rule.ratios[riskClass] : Math.min(rule.ratios[riskClass], rule.cap);
  return Math.max(0, Math.min(candidates, Math.ceil(candidates * ratio - 1e-9)));
}

/**
 * Draws the targets class by class, each class's candidates in the order of their ids shuffled (Fisher–Yates), then
 * for each target its inspectors: those without a conflict with it, shuffled, the least loaded first. Everything
 * comes from the snapshot and the seed, so the same inputs always give the same draw.
 */
export function runDraw(pool: PoolSnapshot, rule: DrawRatioRule, seed: string): DrawOutcome {
  const random = xoroshiro128plus(parseSeed(seed));
  const byId = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);
  const drawn: Array<{ enterpriseId: string; riskClass: RiskClass }> = [];
  for (const riskClass of CLASSES) {
    const candidates = pool.targets
      .filter((target) => target.riskClass === riskClass)
      .sort((left, right) => byId(left.enterpriseId, right.enterpriseId));
    drawn.push(...shuffled(candidates, random).slice(0, drawnCount(candidates.length, rule, riskClass)));
  }
  const conflicts = new Set(pool.conflicts.map((conflict) => `${conflict.inspectorId} ${conflict.enterpriseId}`));
  const inspectors = [...pool.inspectors].sort(byId);
  const load = new Map(inspectors.map((id) => [id, 0]));
  const targets: DrawnTarget[] = [];
  const unstaffed: string[] = [];
  for (const target of drawn) {
    const free = shuffled(
      inspectors.filter((id) => !conflicts.has(`${id} ${target.enterpriseId}`)),
      random,
    );
    // Stable: among inspectors of equal load, the shuffled order decides.
    const chosen = free.sort((left, right) => load.get(left)! - load.get(right)!).slice(0, rule.inspectorsPerTarget);
    if (chosen.length < rule.inspectorsPerTarget) unstaffed.push(target.enterpriseId);
    for (const id of chosen) load.set(id, load.get(id)! + 1);
    targets.push({ ...target, inspectorIds: chosen.sort(byId) });
  }
  return { targets, unstaffed };
}
