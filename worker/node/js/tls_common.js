// node:_tls_common: node:tls's createSecureContext and SecureContext, and
// translatePeerCertificate (a legacy certificate object's issuer chain and
// infoAccess text made objects), as workerd has them.
(function (binding, require, module) {
  'use strict';
  const { createSecureContext, SecureContext } = require('tls');
  function translatePeerCertificate(c) {
    if (!c) return null;
    if (c.issuerCertificate != null && c.issuerCertificate !== c) {
      c.issuerCertificate = translatePeerCertificate(c.issuerCertificate);
    }
    if (c.infoAccess != null) {
      const text = c.infoAccess;
      const info = { __proto__: null };
      c.infoAccess = info;
      // "key:value" lines; a quoted value is a JSON string.
      String(text).replace(/([^\n:]*):([^\n]*)(?:\n|$)/g, (_all, key, val) => {
        if (val.charCodeAt(0) === 0x22) val = JSON.parse(val);
        (info[key] ??= []).push(val);
        return '';
      });
    }
    return c;
  }
  module.exports = { createSecureContext, SecureContext, translatePeerCertificate };
})
