import { createRequire as __nixeryCreateRequire } from 'node:module'; const require = __nixeryCreateRequire(import.meta.url);

// src/core/errors.ts
var NixeryError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
    this.name = "NixeryError";
  }
  code;
};
var InputError = class extends NixeryError {
  constructor(input, message) {
    super(`Input '${input}': ${message}`, "INPUT_INVALID");
    this.input = input;
    this.name = "InputError";
    this.detail = message;
  }
  input;
  /** The message without the input's name. */
  detail;
};
function quoteValue(value, max = 80) {
  const shown = value.length > max ? `${value.slice(0, max)}\u2026` : value;
  return JSON.stringify(shown);
}
function errorCode(err) {
  if (err && typeof err === "object" && "code" in err && typeof err.code === "string") {
    return err.code;
  }
  return void 0;
}

export {
  NixeryError,
  InputError,
  quoteValue,
  errorCode
};
