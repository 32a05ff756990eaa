import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);

// src/core/secrets.ts
var SecretSet = class {
  constructor(register = () => {
  }) {
    this.register = register;
  }
  register;
  values = /* @__PURE__ */ new Set();
  add(...secrets) {
    for (const secret of secrets) {
      if (!secret || this.values.has(secret)) continue;
      this.values.add(secret);
      this.register(secret);
    }
  }
  /** The text with every known secret replaced by `***`. */
  redact(text) {
    let out = text;
    for (const secret of [...this.values].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join("***");
    }
    return out;
  }
  /** A logger that redacts every message before `base` sees it. */
  logger(base) {
    return {
      info: (m) => base.info(this.redact(m)),
      debug: (m) => base.debug(this.redact(m)),
      warning: (m) => base.warning(this.redact(m)),
      group: (name, fn) => base.group(this.redact(name), fn)
    };
  }
};
function credentialSecrets(c) {
  const basic = c.password ? [c.password, Buffer.from(`${c.username}:${c.password}`).toString("base64")] : [];
  return [...basic, ...c.identityToken ? [c.identityToken] : []];
}

export {
  SecretSet,
  credentialSecrets
};
