/**
 * Every text of the web app, Chinese first. One file per screen family, gathered here so the
 * app imports them from the catalogue's one door (`index.ts`).
 */

export { WEB_ADMIN } from './web-admin-messages.js';
export {
  WEB_AUTH,
  WEB_COMMON,
  WEB_ERRORS,
  WEB_NAV,
  WEB_ORG_KINDS,
  WEB_ROLES,
} from './web-common-messages.js';
export { WEB_DASHBOARD } from './web-dashboard-messages.js';
export { WEB_EVALUATION } from './web-evaluation-messages.js';
export { WEB_GRID, WEB_VALUE_LEVELS } from './web-grid-messages.js';
export { WEB_AUDIT_ACTIONS, WEB_HISTORY } from './web-history-messages.js';
export { WEB_IMPORT } from './web-import-messages.js';
export { WEB_PROJECT } from './web-project-messages.js';
export { WEB_PROJECTS } from './web-projects-messages.js';
export { WEB_PUBLIC } from './web-public-messages.js';
export { WEB_MONITORING, WEB_SELF } from './web-year-messages.js';
