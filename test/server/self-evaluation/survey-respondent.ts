/**
 * A respondent of the public questionnaire as a phone would be one: it opens the link, keeps
 * the device cookie the page sets, and posts the page's own form back.
 */

import type { LightMyRequestResponse } from 'fastify';
import type { ZodApp } from '../../../src/server/routes/types.js';

/** One device answering surveys. */
export interface Respondent {
  open(link: string): Promise<LightMyRequestResponse>;
  answer(link: string, answer: string, comment?: string): Promise<LightMyRequestResponse>;
}

/** The hidden device field of a questionnaire page, if it has one. */
export function deviceField(html: string): string | null {
  return /name="device" value="([^"]+)"/.exec(html)?.[1] ?? null;
}

/** A new device with no cookie yet. */
export function respondent(app: ZodApp): Respondent {
  let cookie: string | null = null;
  let device: string | null = null;
  const open = async (link: string) => {
    const r = await app.inject({
      method: 'GET',
      url: link,
      headers: cookie ? { cookie } : {},
    });
    const set = r.cookies.find((c) => c.name === 'jixiao_device');
    if (set) cookie = `jixiao_device=${set.value}`;
    device = deviceField(r.body) ?? device;
    return r;
  };
  return {
    open,
    answer: async (link, answer, comment = '') => {
      if (cookie === null && device === null) await open(link);
      const form = new URLSearchParams({ answer, comment, ...(device ? { device } : {}) });
      return app.inject({
        method: 'POST',
        url: link,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(cookie ? { cookie } : {}),
        },
        payload: form.toString(),
      });
    },
  };
}
