/**
 * Who gets how many points. First-level weights come from the profile; within a group the unit
 * may set each indicator's weight (分值), otherwise the group's weight is shared equally. Indicators
 * that do not apply are dropped and the rest rescaled, so the group keeps its weight; a group
 * left with nothing to score passes its weight on to the others (or loses it, per profile).
 */

import type { Level1 } from '../framework/taxonomy.js';
import { clean } from './rounding.js';
import type { WeightSource } from './score-report.js';
import type { ScoringProfile } from './scoring-profile.js';

/** What allocation needs to know about one indicator. */
export interface WeightItem {
  readonly index: number;
  readonly level1: Level1 | null;
  /** The weight the unit set (分值), if any. */
  readonly given: number | null;
  readonly applicable: boolean;
}

export interface AllocatedWeight {
  readonly weight: number;
  readonly source: WeightSource;
  /** Index into the profile's groups, or null when the indicator belongs to none. */
  readonly group: number | null;
}

export interface AllocatedGroup {
  /** The profile's weight. */
  readonly profileWeight: number;
  /** The weight after empty groups were rescaled, or the sum the unit set. */
  readonly weight: number;
  readonly members: readonly number[];
}

/** Something about the weights that the report should say. */
export type WeightNote =
  | { readonly kind: 'group-empty'; readonly group: number; readonly weight: number }
  | {
      readonly kind: 'weights-sum';
      /** null: the sum over every group. */
      readonly group: number | null;
      readonly sum: number;
      readonly expected: number;
    };

export interface Allocation {
  readonly weights: ReadonlyMap<number, AllocatedWeight>;
  readonly groups: readonly AllocatedGroup[];
  readonly notes: readonly WeightNote[];
}

const EPSILON = 0.005;

/**
 * Splits `total` in proportion to `shares`, in hundredths, so that the parts as printed (two
 * decimals) add up to the total exactly: 50 over three is 16.67 + 16.67 + 16.66, and a perfect
 * table scores 100, not 100.01. Largest remainders get the spare hundredths, earlier rows first.
 */
export function apportion(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((s, x) => s + x, 0);
  if (shares.length === 0 || sum <= 0 || total <= 0) return shares.map(() => 0);
  const cents = Math.round(total * 100);
  const exact = shares.map((x) => (cents * x) / sum);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let spare = cents - floors.reduce((s, x) => s + x, 0);
  const order = exact
    .map((x, k) => ({ k, rest: x - floors[k]! }))
    .sort((a, b) => b.rest - a.rest || a.k - b.k);
  for (const { k } of order) {
    if (spare <= 0) break;
    floors[k]! += 1;
    spare -= 1;
  }
  return floors.map((c) => c / 100);
}

/** Allocates the profile's weights to the indicators. */
export function allocateWeights(
  items: readonly WeightItem[],
  profile: Pick<ScoringProfile, 'groups' | 'emptyGroup'>,
): Allocation {
  const groupOf = (level1: Level1 | null): number | null => {
    if (level1 === null) return null;
    const g = profile.groups.findIndex((group) => group.level1.includes(level1));
    return g < 0 ? null : g;
  };
  const members = profile.groups.map(() => [] as WeightItem[]);
  const loose: WeightItem[] = [];
  for (const item of items) {
    const g = groupOf(item.level1);
    if (g === null) loose.push(item);
    else members[g]!.push(item);
  }

  const notes: WeightNote[] = [];
  const active = members.map((m) => m.some((i) => i.applicable));
  const profileTotal = profile.groups.reduce((sum, g) => sum + g.weight, 0);
  const activeTotal = profile.groups.reduce((sum, g, k) => sum + (active[k] ? g.weight : 0), 0);
  const rescaled =
    profile.emptyGroup === 'rescale' && activeTotal > 0 && activeTotal < profileTotal;
  profile.groups.forEach((group, k) => {
    if (!active[k] && group.weight > 0)
      notes.push({ kind: 'group-empty', group: k, weight: group.weight });
  });
  const target = rescaled
    ? apportion(
        profileTotal,
        profile.groups.map((g, k) => (active[k] ? g.weight : 0)),
      )
    : profile.groups.map((g) => g.weight);

  const weights = new Map<number, AllocatedWeight>();
  const groups: AllocatedGroup[] = [];
  let givenEverywhere = items.length > 0;
  let givenSum = 0;
  members.forEach((group, k) => {
    const G = target[k]!;
    const result = shareGroup(group, G, k, active[k]!);
    for (const [index, w] of result.weights) weights.set(index, w);
    givenEverywhere &&= result.allGiven;
    givenSum += result.givenSum;
    if (result.allGiven && !rescaled && Math.abs(result.givenSum - G) > EPSILON)
      notes.push({ kind: 'weights-sum', group: k, sum: result.givenSum, expected: G });
    if (result.over !== null)
      notes.push({ kind: 'weights-sum', group: k, sum: result.over, expected: G });
    // An active group weighs what its members weigh (the unit's sum when it set them all);
    // an empty one weighs 0 once rescaled away, or its lost weight under 'zero'.
    const memberSum = clean(
      group.reduce((sum, i) => sum + (result.weights.get(i.index)?.weight ?? 0), 0),
    );
    groups.push({
      profileWeight: profile.groups[k]!.weight,
      weight: active[k] ? memberSum : G,
      members: group.map((i) => i.index),
    });
  });
  for (const item of loose)
    weights.set(item.index, {
      weight: item.applicable ? (item.given ?? 0) : 0,
      source: item.given !== null ? 'given' : 'equal',
      group: null,
    });
  if (givenEverywhere && rescaled && Math.abs(givenSum - profileTotal) > EPSILON)
    notes.push({ kind: 'weights-sum', group: null, sum: givenSum, expected: profileTotal });
  return { weights, groups, notes };
}

interface GroupShare {
  readonly weights: ReadonlyMap<number, AllocatedWeight>;
  /** Every member carries a weight set by the unit. */
  readonly allGiven: boolean;
  readonly givenSum: number;
  /** The sum of the weights set, when it leaves nothing for the members without one. */
  readonly over: number | null;
}

function shareGroup(
  group: readonly WeightItem[],
  G: number,
  k: number,
  active: boolean,
): GroupShare {
  const weights = new Map<number, AllocatedWeight>();
  const applicable = group.filter((i) => i.applicable);
  const allGiven = group.length > 0 && group.every((i) => i.given !== null);
  const givenSum = group.reduce((sum, i) => sum + (i.given ?? 0), 0);
  for (const i of group)
    if (!i.applicable)
      weights.set(i.index, { weight: 0, source: i.given !== null ? 'given' : 'equal', group: k });
  if (!active) return { weights, allGiven, givenSum, over: null };

  if (allGiven) {
    // The unit divided the group itself: a dropped indicator's points go to the others in
    // proportion to what the unit gave them.
    const applicableSum = applicable.reduce((sum, i) => sum + (i.given ?? 0), 0);
    const dropped = givenSum - applicableSum > 0 && applicableSum > 0;
    const shares = dropped
      ? apportion(
          givenSum,
          applicable.map((i) => i.given!),
        )
      : applicable.map((i) => i.given!);
    applicable.forEach((i, j) => {
      weights.set(i.index, {
        weight: shares[j]!,
        source: dropped ? 'rescaled' : 'given',
        group: k,
      });
    });
    return { weights, allGiven, givenSum, over: null };
  }

  // Weights set for some: the rest of the group is shared equally by the others.
  const set = applicable.filter((i) => i.given !== null);
  const unset = applicable.filter((i) => i.given === null);
  const setSum = set.reduce((sum, i) => sum + i.given!, 0);
  const rest = G - setSum;
  const droppedSome = applicable.length < group.length;
  for (const i of set) weights.set(i.index, { weight: i.given!, source: 'given', group: k });
  const equal = apportion(
    Math.max(rest, 0),
    unset.map(() => 1),
  );
  unset.forEach((i, j) => {
    weights.set(i.index, {
      weight: equal[j]!,
      source: droppedSome ? 'rescaled' : 'equal',
      group: k,
    });
  });
  const over = set.length > 0 && rest <= EPSILON && unset.length > 0 ? setSum : null;
  return { weights, allGiven, givenSum, over };
}
