// Attachments of progress reports: what the browser checks before sending (type, size, and the file's first
// bytes: a renamed file is refused here as on the server), the server's refusals in the interface's words, and
// the author's add/remove controls on a saved report's card (AttachmentActions).
// sniffType, fileProblem and refusalText are pure or nearly so (unit-tested).

import { attachmentProblem } from './attachment-policy.js';
import { fileSizeText } from './numbers.js';
import { t, lang } from './i18n.js';

const MAGIC = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

// @function sniffType(bytes: Uint8Array): 'application/pdf'|'image/png'|'image/jpeg'|null
// The type a file's first bytes say it is (the server's AttachmentPolicy checks the same signatures).
export function sniffType(bytes) {
  for (const [type, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) {
      return type;
    }
  }
  return null;
}

// @function fileProblem(file: File): Promise<null|'type'|'size'|'empty'|'content'>
// Why a file may not be attached: its declared type, its size, or content that is not what it claims.
export async function fileProblem(file) {
  const p = attachmentProblem(file);
  if (p) {
    return p;
  }
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return sniffType(head) === file.type ? null : 'content';
}

// @function problemText(problem, file): string — a file's problem in the interface's words
export function problemText(problem, file) {
  const key = { type: 'report.fileType', size: 'report.fileSize', empty: 'report.fileEmpty', content: 'report.fileContent' }[problem];
  return t(key, { name: file.name, size: fileSizeText(file.size, lang()) });
}

// @function refusalText(err: ApiError, name: string): string
// The server's refusal of an upload in the interface's words (by HTTP status and the parameter at fault),
// never its English detail.
export function refusalText(err, name) {
  const p = err.problem || {};
  const key = err.status === 415 ? 'attach.refused.type'
    : err.status === 413 ? 'attach.refused.size'
      : err.status === 400 && p.parameter === 'filename' ? 'attach.refused.name'
        : err.status === 403 ? 'attach.refused.forbidden'
          : err.status === 401 ? 'attach.refused.signedOut'
            : err.status === 0 ? 'attach.refused.network' : 'attach.refused.other';
  return t(key, { name, status: err.status });
}

export class AttachmentActions {
  // @param api      {attach(reportId, file), removeAttachment(reportId, attachmentId)}
  // @param onChange (reportId) → void after a file was added or removed (main.js reloads the panel's reports)
  constructor(api, onChange) {
    this.api = api;
    this.onChange = onChange;
  }

  // @method bind(slot: Element): listens to the add inputs and remove buttons of the report cards in slot
  bind(slot) {
    slot.addEventListener('change', (e) => {
      const input = e.target.closest('input[type=file][data-report]');
      if (input) {
        this.add(input).catch((err) => this.say(input.closest('.pm-report'), err.message));
      }
    });
    slot.addEventListener('click', (e) => {
      const button = e.target.closest('[data-action="remove-attachment"]');
      if (button) {
        this.remove(button).catch((err) => this.say(button.closest('.pm-report'), err.message));
      }
    });
  }

  say(card, text) {
    const out = card && card.querySelector('.pm-attach-message');
    if (out) {
      out.textContent = text;
    }
  }

  async add(input) {
    const card = input.closest('.pm-report');
    const id = input.dataset.report;
    const messages = [];
    let added = 0;
    for (const file of [...input.files]) {
      const problem = await fileProblem(file);
      if (problem) {
        messages.push(problemText(problem, file));
        continue;
      }
      try {
        await this.api.attach(id, file);
        added += 1;
      } catch (err) {
        messages.push(refusalText(err, file.name));
      }
    }
    input.value = '';
    if (added) {
      await this.onChange(id);
    }
    this.say(document.querySelector(`.pm-report[data-report="${CSS.escape(id)}"]`) || card, messages.join(' · '));
  }

  async remove(button) {
    const id = button.dataset.report;
    try {
      await this.api.removeAttachment(id, button.dataset.attachment);
    } catch (err) {
      this.say(button.closest('.pm-report'), refusalText(err, button.dataset.name || ''));
      return;
    }
    await this.onChange(id);
  }
}
