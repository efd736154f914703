// The files a progress report may carry (the server checks them again, by content): which types, how large
// (terms.js). Pure (web/test/activity.test.js).

import { ATTACHMENT_TYPES, ATTACHMENT_MAX_BYTES } from './terms.js';

// @function attachmentProblem(file: {type, size}): null | 'type' | 'size' | 'empty'
export function attachmentProblem(file) {
  if (!ATTACHMENT_TYPES.includes(file.type)) {
    return 'type';
  }
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return 'size';
  }
  return file.size === 0 ? 'empty' : null;
}
