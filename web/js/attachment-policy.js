// The files a progress report may carry (the server checks them again, by content): which types, how large
// (the server's policy, terms.js). Pure (web/test/activity.test.js).

import { attachmentTypes, attachmentMaxBytes } from './terms.js';

// @function attachmentProblem(file: {type, size}): null | 'type' | 'size' | 'empty'
export function attachmentProblem(file) {
  if (!attachmentTypes().includes(file.type)) {
    return 'type';
  }
  if (file.size > attachmentMaxBytes()) {
    return 'size';
  }
  return file.size === 0 ? 'empty' : null;
}
