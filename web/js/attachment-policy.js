// The files a progress report may carry (the server checks them again, by content): which types, how large.
// Pure (web/test/attachments.test.js).

// The files a report may carry (the server checks them again, by content).
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

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
