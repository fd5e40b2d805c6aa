// gating.js: MessageChannel is a global only from 2025-08-15, or with the
// flag expose_global_message_channel.
//
//   mcrepl run scripts/gating.js
//   mcrepl run --compat-date 2025-08-14 scripts/gating.js
//   mcrepl run --compat-date 2025-08-14 --flag expose_global_message_channel scripts/gating.js
//   mcrepl run --flag no_expose_global_message_channel scripts/gating.js
//
// Before that date, or with the negation, the names are not defined at all
// (referencing them throws a ReferenceError). Event, EventTarget, MessageEvent
// and structuredClone are there whatever the date.
console.log('MessageChannel:', typeof MessageChannel, '| MessagePort:', typeof MessagePort);
console.log('MessageEvent:', typeof MessageEvent, '| structuredClone:', typeof structuredClone);
