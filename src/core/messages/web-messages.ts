/**
 * Every text of the web app, Chinese first. One file per screen family, gathered here so the
 * app imports them from the catalogue's one door (`index.ts`).
 */
export {
  WEB_AUTH,
  WEB_COMMON,
  WEB_ERRORS,
  WEB_NAV,
  WEB_ORG_KINDS,
  WEB_ROLES,
} from './web-common-messages.js';
