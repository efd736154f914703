// The box a save that meets a 409 shows in an editor's form: the message (who saved which version), the
// fields you would overwrite with the values they saved, and the button (data-edit="reapply") that rebases
// your values on their version.

import { html } from './html.js';
import { t } from './i18n.js';
import { conflictRows } from './edit-form.js';

// @function conflictBox(conflict, message: string, valueOf: (field, current) → string)
export function conflictBox(c, message, valueOf) {
  const rows = conflictRows(c, valueOf);
  return html`<div class="pm-conflict" role="alert">
      <p>${message}</p>
      ${rows.length ? html`<p class="pm-small">${t('edit.conflictFields', { fields: rows.map((r) => r.label).join(', ') })}</p>
      <p class="pm-small">${t('edit.conflictTheirs')}</p><ul class="pm-small">${rows.map((r) =>
        html`<li><b>${r.label}:</b> <span class="pm-conflict-value">${r.value}</span></li>`)}</ul>` : ''}
      <p><button type="button" class="pm-button pm-button-small" id="pm-edit-reapply" data-edit="reapply">${t('edit.reapply')}</button></p>
    </div>`;
}
