/** The target-value language as one namespace: `TargetValue.parse`, `TargetValue.format`, … */
export { directionOf as direction, sameTargetValue as same } from './compare.js';
export { formatTargetValue as format } from './format.js';
export { parseTargetValue as parse } from './parse.js';
