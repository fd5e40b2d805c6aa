// cloudflare:workflows: NonRetryableError, which a Workflow step throws to
// fail the instance at once instead of being retried.
(function () {
  'use strict';
  class NonRetryableError extends Error {
    constructor(message, name = 'NonRetryableError') {
      super(message);
      this.name = name;
    }
  }
  return { NonRetryableError };
})
