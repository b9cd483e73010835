/**
 * The public questionnaire page (`/s/:token`): one small server-rendered page in Chinese (with
 * English beneath), readable and usable on a 375 px phone, with no script at all. Its style
 * sheet is allowed by hash in a strict Content-Security-Policy, so nothing else can run.
 */

import { createHash } from 'node:crypto';
import {
  type Bilingual,
  render,
  SURVEY_ANSWER_NAMES,
  SURVEY_PAGE,
} from '../../core/messages/index.js';
import { SURVEY_ANSWERS } from '../../core/policy/survey.policy.js';

const CSS = `*{box-sizing:border-box}
body{margin:0;background:#f4f6f8;color:#1f2328;font:16px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
main{max-width:32rem;margin:0 auto;padding:1rem}
.card{background:#fff;border-radius:.75rem;padding:1.25rem 1rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h1{font-size:1.25rem;margin:0 0 .25rem}
.en{display:block;color:#656d76;font-size:.8rem;font-weight:normal}
.project{color:#656d76;font-size:.9rem;margin:0 0 1rem}
.question{font-size:1.1rem;font-weight:600;margin:0 0 .75rem;overflow-wrap:anywhere}
fieldset{border:0;margin:0 0 1rem;padding:0}
label.option{display:flex;align-items:center;gap:.75rem;min-height:3rem;padding:.6rem .9rem;margin:.5rem 0;border:1px solid #d0d7de;border-radius:.6rem;cursor:pointer}
label.option input{width:1.25rem;height:1.25rem;margin:0;flex:none}
textarea{width:100%;min-height:5rem;padding:.6rem;border:1px solid #d0d7de;border-radius:.6rem;font:inherit}
button{width:100%;min-height:3rem;margin-top:1rem;border:0;border-radius:.6rem;background:#1677ff;color:#fff;font:inherit;font-size:1.05rem}
.notice{padding:.75rem .9rem;border-radius:.6rem;background:#fff4e5;margin:0 0 1rem;overflow-wrap:anywhere}
.done{background:#e6f4ea}
.small{color:#656d76;font-size:.8rem;margin-top:1rem}`;

/** The page's Content-Security-Policy: its own style sheet, a form posting to itself, nothing else. */
export const SURVEY_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Chinese, then the English in small type. */
const both = (text: Bilingual): string =>
  `${escapeHtml(text.zh)}<span class="en">${escapeHtml(text.en)}</span>`;

function page(title: Bilingual, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title.zh)}</title>
<style>${CSS}</style>
</head>
<body><main><div class="card">
<h1>${both(title)}</h1>
${body}
</div></main></body>
</html>
`;
}

/** The questionnaire. */
export function questionnairePage(view: {
  readonly action: string;
  readonly projectName: string;
  readonly question: string;
  /** The device token echoed back (open surveys), proving the post came from this page. */
  readonly device: string | null;
  /** Why the last submission was not taken, if it was not. */
  readonly notice?: Bilingual;
}): string {
  const options = SURVEY_ANSWERS.map(
    (answer) =>
      `<label class="option"><input type="radio" name="answer" value="${answer}" required> <span>${both(SURVEY_ANSWER_NAMES[answer])}</span></label>`,
  ).join('\n');
  const project = render(SURVEY_PAGE.project, { name: view.projectName });
  return page(
    SURVEY_PAGE.title,
    `<p class="project">${escapeHtml(project.zh)}</p>
${view.notice ? `<p class="notice">${both(view.notice)}</p>` : ''}
<form method="post" action="${escapeHtml(view.action)}">
<p class="question">${escapeHtml(view.question)}</p>
<fieldset>
${options}
</fieldset>
<label for="comment">${both(SURVEY_PAGE.comment)}</label>
<textarea id="comment" name="comment" maxlength="500"></textarea>
${view.device === null ? '' : `<input type="hidden" name="device" value="${escapeHtml(view.device)}">`}
<button type="submit">${escapeHtml(SURVEY_PAGE.submit.zh)} · ${escapeHtml(SURVEY_PAGE.submit.en)}</button>
</form>
<p class="small">${both(SURVEY_PAGE.privacy)}</p>`,
  );
}

/** A page that only says something: thanks, closed, already answered, not found, an error. */
export function messagePage(title: Bilingual, text: Bilingual, done = false): string {
  return page(title, `<p class="notice${done ? ' done' : ''}">${both(text)}</p>`);
}
