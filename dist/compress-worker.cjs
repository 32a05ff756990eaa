"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/@bokuweb/zstd-wasm/dist/common/zstd.js
var require_zstd = __commonJS({
  "node_modules/@bokuweb/zstd-wasm/dist/common/zstd.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Module = void 0;
    var Module = typeof Module !== "undefined" ? Module : {};
    exports2.Module = Module;
    var moduleOverrides = {};
    var key;
    for (key in Module) {
      if (Module.hasOwnProperty(key)) {
        moduleOverrides[key] = Module[key];
      }
    }
    var arguments_ = [];
    var err = Module["printErr"] || console.warn.bind(console);
    for (key in moduleOverrides) {
      if (moduleOverrides.hasOwnProperty(key)) {
        Module[key] = moduleOverrides[key];
      }
    }
    var quit_ = (status, toThrow) => {
      throw toThrow;
    };
    moduleOverrides = null;
    if (Module["arguments"])
      arguments_ = Module["arguments"];
    if (Module["thisProgram"])
      thisProgram = Module["thisProgram"];
    if (Module["quit"])
      quit_ = Module["quit"];
    if (typeof WebAssembly !== "object") {
      abort("no native wasm support detected");
    }
    var wasmMemory;
    var ABORT = false;
    var EXITSTATUS;
    var HEAPU8;
    var HEAP8;
    function updateMemoryViews() {
      var b = wasmMemory.buffer;
      Module["HEAP8"] = HEAP8 = new Int8Array(b);
      Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    }
    var __ATPRERUN__ = [];
    var __ATINIT__ = [];
    var __ATPOSTRUN__ = [];
    var runtimeInitialized = false;
    function preRun() {
      if (Module["preRun"]) {
        if (typeof Module["preRun"] == "function")
          Module["preRun"] = [Module["preRun"]];
        while (Module["preRun"].length) {
          addOnPreRun(Module["preRun"].shift());
        }
      }
      callRuntimeCallbacks(__ATPRERUN__);
    }
    function initRuntime() {
      runtimeInitialized = true;
      callRuntimeCallbacks(__ATINIT__);
    }
    function postRun() {
      if (Module["postRun"]) {
        if (typeof Module["postRun"] == "function")
          Module["postRun"] = [Module["postRun"]];
        while (Module["postRun"].length) {
          addOnPostRun(Module["postRun"].shift());
        }
      }
      callRuntimeCallbacks(__ATPOSTRUN__);
    }
    function addOnPreRun(cb) {
      __ATPRERUN__.unshift(cb);
    }
    function addOnInit(cb) {
      __ATINIT__.unshift(cb);
    }
    function addOnPostRun(cb) {
      __ATPOSTRUN__.unshift(cb);
    }
    var runDependencies = 0;
    var dependenciesFulfilled = null;
    function addRunDependency(id) {
      var _a;
      runDependencies++;
      (_a = Module["monitorRunDependencies"]) === null || _a === void 0 ? void 0 : _a.call(Module, runDependencies);
    }
    function removeRunDependency(id) {
      var _a;
      runDependencies--;
      (_a = Module["monitorRunDependencies"]) === null || _a === void 0 ? void 0 : _a.call(Module, runDependencies);
      if (runDependencies == 0) {
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    function abort(what) {
      var _a;
      (_a = Module["onAbort"]) === null || _a === void 0 ? void 0 : _a.call(Module, what);
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      what += ". Build with -sASSERTIONS for more info.";
      var e = new WebAssembly.RuntimeError(what);
      throw e;
    }
    function getWasmImports() {
      return { a: wasmImports };
    }
    function getBinaryPromise(url) {
      return fetch(url, { credentials: "same-origin" }).then(function(response) {
        if (!response["ok"]) {
          throw "failed to load wasm binary file at '" + url + "'";
        }
        return response["arrayBuffer"]();
      });
    }
    function init(filePathOrBuf) {
      var info = getWasmImports();
      function receiveInstance(instance, module3) {
        wasmExports = instance.exports;
        wasmMemory = wasmExports["f"];
        updateMemoryViews();
        addOnInit(wasmExports["g"]);
        removeRunDependency("wasm-instantiate");
        return wasmExports;
      }
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result) {
        receiveInstance(result["instance"]);
      }
      function instantiateArrayBuffer(receiver) {
        return getBinaryPromise(filePathOrBuf).then(function(binary) {
          var result = WebAssembly.instantiate(binary, info);
          return result;
        }).then(receiver, function(reason) {
          err("failed to asynchronously prepare wasm: " + reason);
          abort(reason);
        });
      }
      function instantiateAsync() {
        if (filePathOrBuf && filePathOrBuf.byteLength > 0) {
          return WebAssembly.instantiate(filePathOrBuf, info).then(receiveInstantiationResult, function(reason) {
            err("wasm compile failed: " + reason);
          });
        } else if (typeof WebAssembly.instantiateStreaming === "function" && typeof filePathOrBuf === "string" && typeof fetch === "function") {
          return fetch(filePathOrBuf, { credentials: "same-origin" }).then(function(response) {
            var result = WebAssembly.instantiateStreaming(response, info);
            return result.then(receiveInstantiationResult, function(reason) {
              err("wasm streaming compile failed: " + reason);
              err("falling back to ArrayBuffer instantiation");
              return instantiateArrayBuffer(receiveInstantiationResult);
            });
          });
        } else {
          return instantiateArrayBuffer(receiveInstantiationResult);
        }
      }
      if (Module["instantiateWasm"]) {
        try {
          var exports3 = Module["instantiateWasm"](info, receiveInstance);
          return exports3;
        } catch (e) {
          err("Module.instantiateWasm callback failed with error: " + e);
          return false;
        }
      }
      instantiateAsync();
      return {};
    }
    var ExitStatus = class {
      constructor(status) {
        this.name = "ExitStatus";
        this.message = `Program terminated with exit(${status})`;
        this.status = status;
      }
    };
    var callRuntimeCallbacks = (callbacks) => {
      while (callbacks.length > 0) {
        callbacks.shift()(Module);
      }
    };
    var noExitRuntime = Module["noExitRuntime"] || true;
    var __abort_js = () => abort("");
    var runtimeKeepaliveCounter = 0;
    var __emscripten_runtime_keepalive_clear = () => {
      noExitRuntime = false;
      runtimeKeepaliveCounter = 0;
    };
    var timers = {};
    var handleException = (e) => {
      if (e instanceof ExitStatus || e == "unwind") {
        return EXITSTATUS;
      }
      quit_(1, e);
    };
    var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
    var _proc_exit = (code) => {
      var _a;
      EXITSTATUS = code;
      if (!keepRuntimeAlive()) {
        (_a = Module["onExit"]) === null || _a === void 0 ? void 0 : _a.call(Module, code);
        ABORT = true;
      }
      quit_(code, new ExitStatus(code));
    };
    var exitJS = (status, implicit) => {
      EXITSTATUS = status;
      _proc_exit(status);
    };
    var _exit = exitJS;
    var maybeExit = () => {
      if (!keepRuntimeAlive()) {
        try {
          _exit(EXITSTATUS);
        } catch (e) {
          handleException(e);
        }
      }
    };
    var callUserCallback = (func) => {
      if (ABORT) {
        return;
      }
      try {
        func();
        maybeExit();
      } catch (e) {
        handleException(e);
      }
    };
    var _emscripten_get_now = () => performance.now();
    var __setitimer_js = (which, timeout_ms) => {
      if (timers[which]) {
        clearTimeout(timers[which].id);
        delete timers[which];
      }
      if (!timeout_ms)
        return 0;
      var id = setTimeout(() => {
        delete timers[which];
        callUserCallback(() => __emscripten_timeout(which, _emscripten_get_now()));
      }, timeout_ms);
      timers[which] = { id, timeout_ms };
      return 0;
    };
    var getHeapMax = () => 2147483648;
    var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
    var growMemory = (size) => {
      var b = wasmMemory.buffer;
      var pages = (size - b.byteLength + 65535) / 65536 | 0;
      try {
        wasmMemory.grow(pages);
        updateMemoryViews();
        return 1;
      } catch (e) {
      }
    };
    var _emscripten_resize_heap = (requestedSize) => {
      var oldSize = HEAPU8.length;
      requestedSize >>>= 0;
      var maxHeapSize = getHeapMax();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = growMemory(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    };
    var wasmImports = {
      c: __abort_js,
      b: __emscripten_runtime_keepalive_clear,
      d: __setitimer_js,
      e: _emscripten_resize_heap,
      a: _proc_exit
    };
    var wasmExports;
    var _ZSTD_isError = Module["_ZSTD_isError"] = (a0) => (_ZSTD_isError = Module["_ZSTD_isError"] = wasmExports["h"])(a0);
    var _ZSTD_compressBound = Module["_ZSTD_compressBound"] = (a0) => (_ZSTD_compressBound = Module["_ZSTD_compressBound"] = wasmExports["i"])(a0);
    var _ZSTD_createCCtx = Module["_ZSTD_createCCtx"] = () => (_ZSTD_createCCtx = Module["_ZSTD_createCCtx"] = wasmExports["j"])();
    var _ZSTD_freeCCtx = Module["_ZSTD_freeCCtx"] = (a0) => (_ZSTD_freeCCtx = Module["_ZSTD_freeCCtx"] = wasmExports["k"])(a0);
    var _ZSTD_compress_usingDict = Module["_ZSTD_compress_usingDict"] = (a0, a1, a2, a3, a4, a5, a6, a7) => (_ZSTD_compress_usingDict = Module["_ZSTD_compress_usingDict"] = wasmExports["l"])(a0, a1, a2, a3, a4, a5, a6, a7);
    var _ZSTD_compress = Module["_ZSTD_compress"] = (a0, a1, a2, a3, a4) => (_ZSTD_compress = Module["_ZSTD_compress"] = wasmExports["m"])(a0, a1, a2, a3, a4);
    var _ZSTD_createDCtx = Module["_ZSTD_createDCtx"] = () => (_ZSTD_createDCtx = Module["_ZSTD_createDCtx"] = wasmExports["n"])();
    var _ZSTD_freeDCtx = Module["_ZSTD_freeDCtx"] = (a0) => (_ZSTD_freeDCtx = Module["_ZSTD_freeDCtx"] = wasmExports["o"])(a0);
    var _ZSTD_getFrameContentSize = Module["_ZSTD_getFrameContentSize"] = (a0, a1) => (_ZSTD_getFrameContentSize = Module["_ZSTD_getFrameContentSize"] = wasmExports["p"])(a0, a1);
    var _ZSTD_decompress_usingDict = Module["_ZSTD_decompress_usingDict"] = (a0, a1, a2, a3, a4, a5, a6) => (_ZSTD_decompress_usingDict = Module["_ZSTD_decompress_usingDict"] = wasmExports["q"])(a0, a1, a2, a3, a4, a5, a6);
    var _ZSTD_decompress = Module["_ZSTD_decompress"] = (a0, a1, a2, a3) => (_ZSTD_decompress = Module["_ZSTD_decompress"] = wasmExports["r"])(a0, a1, a2, a3);
    var _malloc = Module["_malloc"] = (a0) => (_malloc = Module["_malloc"] = wasmExports["s"])(a0);
    var _free = Module["_free"] = (a0) => (_free = Module["_free"] = wasmExports["t"])(a0);
    var __emscripten_timeout = (a0, a1) => (__emscripten_timeout = wasmExports["v"])(a0, a1);
    var calledRun;
    dependenciesFulfilled = function runCaller() {
      if (!calledRun)
        run();
      if (!calledRun)
        dependenciesFulfilled = runCaller;
    };
    function run() {
      if (runDependencies > 0) {
        return;
      }
      preRun();
      if (runDependencies > 0) {
        return;
      }
      function doRun() {
        var _a;
        if (calledRun)
          return;
        calledRun = true;
        Module["calledRun"] = true;
        if (ABORT)
          return;
        initRuntime();
        (_a = Module["onRuntimeInitialized"]) === null || _a === void 0 ? void 0 : _a.call(Module);
        postRun();
      }
      if (Module["setStatus"]) {
        Module["setStatus"]("Running...");
        setTimeout(() => {
          setTimeout(() => Module["setStatus"](""), 1);
          doRun();
        }, 1);
      } else {
        doRun();
      }
    }
    Module["run"] = run;
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function")
        Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].pop()();
      }
    }
    Module["init"] = init;
  }
});

// node_modules/@bokuweb/zstd-wasm/dist/common/module.js
var require_module = __commonJS({
  "node_modules/@bokuweb/zstd-wasm/dist/common/module.js"(exports2) {
    "use strict";
    var __awaiter = exports2 && exports2.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve) {
          resolve(value);
        });
      }
      return new (P || (P = Promise))(function(resolve, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Module = exports2.waitInitialized = void 0;
    var zstd_1 = require_zstd();
    Object.defineProperty(exports2, "Module", { enumerable: true, get: function() {
      return zstd_1.Module;
    } });
    var initialized = (() => new Promise((resolve) => {
      zstd_1.Module.onRuntimeInitialized = resolve;
    }))();
    var waitInitialized = () => __awaiter(void 0, void 0, void 0, function* () {
      yield initialized;
    });
    exports2.waitInitialized = waitInitialized;
  }
});

// node_modules/@bokuweb/zstd-wasm/dist/common/errors/index.js
var require_errors = __commonJS({
  "node_modules/@bokuweb/zstd-wasm/dist/common/errors/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isError = void 0;
    var module_1 = require_module();
    var isError = (code) => {
      const _isError = module_1.Module["_ZSTD_isError"];
      return _isError(code);
    };
    exports2.isError = isError;
  }
});

// node_modules/@bokuweb/zstd-wasm/dist/common/simple/decompress.js
var require_decompress = __commonJS({
  "node_modules/@bokuweb/zstd-wasm/dist/common/simple/decompress.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.decompress = void 0;
    var module_1 = require_module();
    var errors_1 = require_errors();
    var getFrameContentSize = (src, size) => {
      const getSize = module_1.Module["_ZSTD_getFrameContentSize"];
      return getSize(src, size);
    };
    var decompress = (buf, opts = { defaultHeapSize: 1024 * 1024 }) => {
      const malloc = module_1.Module["_malloc"];
      const src = malloc(buf.byteLength);
      module_1.Module.HEAP8.set(buf, src);
      const contentSize = getFrameContentSize(src, buf.byteLength);
      const size = contentSize === -1 ? opts.defaultHeapSize : contentSize;
      const free = module_1.Module["_free"];
      const heap2 = malloc(size);
      try {
        const _decompress = module_1.Module["_ZSTD_decompress"];
        const sizeOrError = _decompress(heap2, size, src, buf.byteLength);
        if ((0, errors_1.isError)(sizeOrError)) {
          throw new Error(`Failed to compress with code ${sizeOrError}`);
        }
        const data2 = new Uint8Array(module_1.Module.HEAPU8.buffer, heap2, sizeOrError).slice();
        free(heap2, size);
        free(src, buf.byteLength);
        return data2;
      } catch (e) {
        free(heap2, size);
        free(src, buf.byteLength);
        throw e;
      }
    };
    exports2.decompress = decompress;
  }
});

// node_modules/@bokuweb/zstd-wasm/dist/common/simple/compress.js
var require_compress = __commonJS({
  "node_modules/@bokuweb/zstd-wasm/dist/common/simple/compress.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.compress = void 0;
    var module_1 = require_module();
    var errors_1 = require_errors();
    var compressBound = (size) => {
      const bound = module_1.Module["_ZSTD_compressBound"];
      return bound(size);
    };
    var compress = (buf, level) => {
      const bound = compressBound(buf.byteLength);
      const malloc = module_1.Module["_malloc"];
      const compressed = malloc(bound);
      const src = malloc(buf.byteLength);
      module_1.Module.HEAP8.set(buf, src);
      const free = module_1.Module["_free"];
      try {
        const _compress = module_1.Module["_ZSTD_compress"];
        const sizeOrError = _compress(compressed, bound, src, buf.byteLength, level !== null && level !== void 0 ? level : 3);
        if ((0, errors_1.isError)(sizeOrError)) {
          throw new Error(`Failed to compress with code ${sizeOrError}`);
        }
        const data2 = new Uint8Array(module_1.Module.HEAPU8.buffer, compressed, sizeOrError).slice();
        free(compressed, bound);
        free(src, buf.byteLength);
        return data2;
      } catch (e) {
        free(compressed, bound);
        free(src, buf.byteLength);
        throw e;
      }
    };
    exports2.compress = compress;
  }
});

// node_modules/@bokuweb/zstd-wasm/dist/common/simple/decompress_using_dict.js
var require_decompress_using_dict = __commonJS({
  "node_modules/@bokuweb/zstd-wasm/dist/common/simple/decompress_using_dict.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.decompressUsingDict = exports2.freeDCtx = exports2.createDCtx = void 0;
    var module_1 = require_module();
    var errors_1 = require_errors();
    var getFrameContentSize = (src, size) => {
      const getSize = module_1.Module["_ZSTD_getFrameContentSize"];
      return getSize(src, size);
    };
    var createDCtx = () => {
      return module_1.Module["_ZSTD_createDCtx"]();
    };
    exports2.createDCtx = createDCtx;
    var freeDCtx = (dctx) => {
      return module_1.Module["_ZSTD_freeDCtx"](dctx);
    };
    exports2.freeDCtx = freeDCtx;
    var decompressUsingDict = (dctx, buf, dict, opts = { defaultHeapSize: 1024 * 1024 }) => {
      const malloc = module_1.Module["_malloc"];
      const src = malloc(buf.byteLength);
      module_1.Module.HEAP8.set(buf, src);
      const pdict = malloc(dict.byteLength);
      module_1.Module.HEAP8.set(dict, pdict);
      const contentSize = getFrameContentSize(src, buf.byteLength);
      const size = contentSize === -1 ? opts.defaultHeapSize : contentSize;
      const free = module_1.Module["_free"];
      const heap2 = malloc(size);
      try {
        const _decompress = module_1.Module["_ZSTD_decompress_usingDict"];
        const sizeOrError = _decompress(dctx, heap2, size, src, buf.byteLength, pdict, dict.byteLength);
        if ((0, errors_1.isError)(sizeOrError)) {
          throw new Error(`Failed to compress with code ${sizeOrError}`);
        }
        const data2 = new Uint8Array(module_1.Module.HEAPU8.buffer, heap2, sizeOrError).slice();
        free(heap2, size);
        free(src, buf.byteLength);
        free(pdict, dict.byteLength);
        return data2;
      } catch (e) {
        free(heap2, size);
        free(src, buf.byteLength);
        free(pdict, dict.byteLength);
        throw e;
      }
    };
    exports2.decompressUsingDict = decompressUsingDict;
  }
});

// node_modules/@bokuweb/zstd-wasm/dist/common/simple/compress_using_dict.js
var require_compress_using_dict = __commonJS({
  "node_modules/@bokuweb/zstd-wasm/dist/common/simple/compress_using_dict.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.compressUsingDict = exports2.freeCCtx = exports2.createCCtx = void 0;
    var module_1 = require_module();
    var errors_1 = require_errors();
    var compressBound = (size) => {
      const bound = module_1.Module["_ZSTD_compressBound"];
      return bound(size);
    };
    var createCCtx = () => {
      return module_1.Module["_ZSTD_createCCtx"]();
    };
    exports2.createCCtx = createCCtx;
    var freeCCtx = (cctx) => {
      return module_1.Module["_ZSTD_freeCCtx"](cctx);
    };
    exports2.freeCCtx = freeCCtx;
    var compressUsingDict = (cctx, buf, dict, level) => {
      const bound = compressBound(buf.byteLength);
      const malloc = module_1.Module["_malloc"];
      const compressed = malloc(bound);
      const src = malloc(buf.byteLength);
      module_1.Module.HEAP8.set(buf, src);
      const pdict = malloc(dict.byteLength);
      module_1.Module.HEAP8.set(dict, pdict);
      const free = module_1.Module["_free"];
      try {
        const _compress = module_1.Module["_ZSTD_compress_usingDict"];
        const sizeOrError = _compress(cctx, compressed, bound, src, buf.byteLength, pdict, dict.byteLength, level !== null && level !== void 0 ? level : 3);
        if ((0, errors_1.isError)(sizeOrError)) {
          throw new Error(`Failed to compress with code ${sizeOrError}`);
        }
        const data2 = new Uint8Array(module_1.Module.HEAPU8.buffer, compressed, sizeOrError).slice();
        free(compressed, bound);
        free(src, buf.byteLength);
        free(pdict, dict.byteLength);
        return data2;
      } catch (e) {
        free(compressed, bound);
        free(src, buf.byteLength);
        free(pdict, dict.byteLength);
        throw e;
      }
    };
    exports2.compressUsingDict = compressUsingDict;
  }
});

// node_modules/@bokuweb/zstd-wasm/dist/common/index.node.js
var require_index_node = __commonJS({
  "node_modules/@bokuweb/zstd-wasm/dist/common/index.node.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    var __awaiter = exports2 && exports2.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve) {
          resolve(value);
        });
      }
      return new (P || (P = Promise))(function(resolve, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.init = void 0;
    var module_1 = require_module();
    var init = () => __awaiter(void 0, void 0, void 0, function* () {
      const { readFile } = require("fs/promises");
      const { resolve } = require("path");
      const buf = yield readFile(resolve(__dirname, "./zstd.wasm"));
      module_1.Module["init"](buf);
      yield (0, module_1.waitInitialized)();
    });
    exports2.init = init;
    __exportStar(require_decompress(), exports2);
    __exportStar(require_compress(), exports2);
    __exportStar(require_decompress_using_dict(), exports2);
    __exportStar(require_compress_using_dict(), exports2);
  }
});

// src/image/compress-worker.ts
var compress_worker_exports = {};
module.exports = __toCommonJS(compress_worker_exports);
var import_node_worker_threads = require("node:worker_threads");

// node_modules/@hazae41/foras/dist/esm/wasm/pkg/foras.mjs
var wasm;
var cachedTextDecoder = typeof TextDecoder !== "undefined" ? new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }) : { decode: () => {
  throw Error("TextDecoder not available");
} };
if (typeof TextDecoder !== "undefined") {
  cachedTextDecoder.decode();
}
var cachedUint8Memory0 = null;
function getUint8Memory0() {
  if (cachedUint8Memory0 === null || cachedUint8Memory0.byteLength === 0) {
    cachedUint8Memory0 = new Uint8Array(wasm.memory.buffer);
  }
  return cachedUint8Memory0;
}
function getStringFromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  return cachedTextDecoder.decode(getUint8Memory0().subarray(ptr, ptr + len));
}
var heap = new Array(128).fill(void 0);
heap.push(void 0, null, true, false);
var heap_next = heap.length;
function addHeapObject(obj) {
  if (heap_next === heap.length) heap.push(heap.length + 1);
  const idx = heap_next;
  heap_next = heap[idx];
  heap[idx] = obj;
  return idx;
}
function _assertClass(instance, klass) {
  if (!(instance instanceof klass)) {
    throw new Error(`expected instance of ${klass.name}`);
  }
  return instance.ptr;
}
var cachedInt32Memory0 = null;
function getInt32Memory0() {
  if (cachedInt32Memory0 === null || cachedInt32Memory0.byteLength === 0) {
    cachedInt32Memory0 = new Int32Array(wasm.memory.buffer);
  }
  return cachedInt32Memory0;
}
function getObject(idx) {
  return heap[idx];
}
function dropObject(idx) {
  if (idx < 132) return;
  heap[idx] = heap_next;
  heap_next = idx;
}
function takeObject(idx) {
  const ret = getObject(idx);
  dropObject(idx);
  return ret;
}
var WASM_VECTOR_LEN = 0;
function passArray8ToWasm0(arg, malloc) {
  const ptr = malloc(arg.length * 1, 1) >>> 0;
  getUint8Memory0().set(arg, ptr / 1);
  WASM_VECTOR_LEN = arg.length;
  return ptr;
}
function isLikeNone(x) {
  return x === void 0 || x === null;
}
var DeflateEncoder = class _DeflateEncoder {
  static __wrap(ptr) {
    ptr = ptr >>> 0;
    const obj = Object.create(_DeflateEncoder.prototype);
    obj.__wbg_ptr = ptr;
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    return ptr;
  }
  [Symbol.dispose]() {
    this.free();
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_deflateencoder_free(ptr);
  }
  /**
  * @param {number | undefined} compression
  */
  constructor(compression) {
    const ret = wasm.deflateencoder_new(!isLikeNone(compression), isLikeNone(compression) ? 0 : compression);
    return _DeflateEncoder.__wrap(ret);
  }
  /**
  * @param {Memory} input
  */
  write(input) {
    try {
      const retptr = wasm.__wbindgen_add_to_stack_pointer(-16);
      _assertClass(input, Memory);
      wasm.deflateencoder_write(retptr, this.__wbg_ptr, input.__wbg_ptr);
      var r0 = getInt32Memory0()[retptr / 4 + 0];
      var r1 = getInt32Memory0()[retptr / 4 + 1];
      if (r1) {
        throw takeObject(r0);
      }
    } finally {
      wasm.__wbindgen_add_to_stack_pointer(16);
    }
  }
  /**
  */
  flush() {
    try {
      const retptr = wasm.__wbindgen_add_to_stack_pointer(-16);
      wasm.deflateencoder_flush(retptr, this.__wbg_ptr);
      var r0 = getInt32Memory0()[retptr / 4 + 0];
      var r1 = getInt32Memory0()[retptr / 4 + 1];
      if (r1) {
        throw takeObject(r0);
      }
    } finally {
      wasm.__wbindgen_add_to_stack_pointer(16);
    }
  }
  /**
  * @returns {Memory}
  */
  read() {
    const ret = wasm.deflatedecoder_read(this.__wbg_ptr);
    return Memory.__wrap(ret);
  }
  /**
  * @returns {Memory}
  */
  finish() {
    try {
      const ptr = this.__destroy_into_raw();
      const retptr = wasm.__wbindgen_add_to_stack_pointer(-16);
      wasm.deflateencoder_finish(retptr, ptr);
      var r0 = getInt32Memory0()[retptr / 4 + 0];
      var r1 = getInt32Memory0()[retptr / 4 + 1];
      var r2 = getInt32Memory0()[retptr / 4 + 2];
      if (r2) {
        throw takeObject(r1);
      }
      return Memory.__wrap(r0);
    } finally {
      wasm.__wbindgen_add_to_stack_pointer(16);
    }
  }
};
var Memory = class _Memory {
  static __wrap(ptr, ptr0, len0) {
    ptr = ptr >>> 0;
    const obj = Object.create(_Memory.prototype);
    obj.__wbg_ptr = ptr;
    obj.__wbg_ptr0 = ptr0;
    obj.__wbg_len0 = len0;
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    return ptr;
  }
  [Symbol.dispose]() {
    this.free();
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_memory_free(ptr);
  }
  /**
  * @param {Uint8Array} inner
  */
  constructor(inner) {
    const ptr0 = passArray8ToWasm0(inner, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.memory_new(ptr0, len0);
    return _Memory.__wrap(ret, ptr0, len0);
  }
  /**
  * @returns {number}
  */
  ptr() {
    return this.__wbg_ptr0 ??= wasm.memory_ptr(this.__wbg_ptr);
  }
  /**
  * @returns {number}
  */
  len() {
    return this.__wbg_len0 ??= wasm.memory_len(this.__wbg_ptr);
  }
  freeNextTick() {
    setTimeout(() => this.free(), 0);
    return this;
  }
  get bytes() {
    return getUint8Memory0().subarray(this.ptr(), this.ptr() + this.len());
  }
  copyAndDispose() {
    const bytes = this.bytes.slice();
    this.free();
    return bytes;
  }
};
async function __wbg_load(module2, imports) {
  if (typeof Response === "function" && module2 instanceof Response) {
    if (typeof WebAssembly.instantiateStreaming === "function") {
      try {
        return await WebAssembly.instantiateStreaming(module2, imports);
      } catch (e) {
        if (module2.headers.get("Content-Type") != "application/wasm") {
          console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);
        } else {
          throw e;
        }
      }
    }
    const bytes = await module2.arrayBuffer();
    return await WebAssembly.instantiate(bytes, imports);
  } else {
    const instance = await WebAssembly.instantiate(module2, imports);
    if (instance instanceof WebAssembly.Instance) {
      return { instance, module: module2 };
    } else {
      return instance;
    }
  }
}
function __wbg_get_imports() {
  const imports = {};
  imports.wbg = {};
  imports.wbg.__wbindgen_error_new = function(arg0, arg1) {
    const ret = new Error(getStringFromWasm0(arg0, arg1));
    return addHeapObject(ret);
  };
  imports.wbg.__wbindgen_throw = function(arg0, arg1) {
    throw new Error(getStringFromWasm0(arg0, arg1));
  };
  return imports;
}
function __wbg_finalize_init(instance, module2) {
  wasm = instance.exports;
  __wbg_init.__wbindgen_wasm_module = module2;
  cachedInt32Memory0 = null;
  cachedUint8Memory0 = null;
  return wasm;
}
async function __wbg_init(input) {
  if (wasm !== void 0) return wasm;
  if (typeof input === "undefined") {
    throw new Error();
  }
  const imports = __wbg_get_imports();
  if (typeof input === "string" || typeof Request === "function" && input instanceof Request || typeof URL === "function" && input instanceof URL) {
    input = fetch(input);
  }
  const { instance, module: module2 } = await __wbg_load(await input, imports);
  return __wbg_finalize_init(instance, module2);
}

// node_modules/@hazae41/foras/dist/esm/wasm/pkg/foras.wasm.mjs
var data = "data:application/wasm;base64,AGFzbQEAAAABiAETYAJ/fwF/YAN/f38Bf2ACf38AYAF/AGADf39/AGAEf39/fwBgAX8Bf2AGf39/f39/AGAFf39/f38AYAABf2AAAGABfwF+YAR/f39/AX9gCH9/f39/f39/AGAHf39/f39/fwBgBn9/f39/fwF/YAd/f39/f39/AX9gA35/fwF/YAV/f39/fwF/AjMCA3diZxRfX3diaW5kZ2VuX2Vycm9yX25ldwAAA3diZxBfX3diaW5kZ2VuX3Rocm93AAIDkgGQAQ0MDgYFCAUBAAQDBAIHBwIBAgIFBw8BAQUGBQUCAAAFBQICAgICBAICEAIABQAEAgMRAAQDAAACAgICCQkCBQQMAAAHAQICAwYGBAMCAAQEBAQABQgCAgkEBAQEAAAAAAAABAMAAAEEAQMSCgIDAwMAAAYGAAAAAwIAAAgAAAIAAAEGAAoKAgEEAQILCwsDBAQFAXABKSkFAwEAEQYJAX8BQYCAwAALB54HMQZtZW1vcnkCAAZndW56aXAAMRRfX3diZ19nemRlY29kZXJfZnJlZQBvDWd6ZGVjb2Rlcl9uZXcAWQ9nemRlY29kZXJfd3JpdGUAUA9nemRlY29kZXJfZmx1c2gAJRBnemRlY29kZXJfZmluaXNoAEcRX193YmdfbWVtb3J5X2ZyZWUAawptZW1vcnlfbmV3AHMKbWVtb3J5X3B0cgB1Cm1lbW9yeV9sZW4AdAdkZWZsYXRlABwZX193YmdfZGVmbGF0ZWVuY29kZXJfZnJlZQBwEmRlZmxhdGVlbmNvZGVyX25ldwAfFGRlZmxhdGVlbmNvZGVyX3dyaXRlAFEUZGVmbGF0ZWVuY29kZXJfZmx1c2gAVxVkZWZsYXRlZW5jb2Rlcl9maW5pc2gAOgR6bGliAB0PemxpYmVuY29kZXJfbmV3ACAEZ3ppcAAuFF9fd2JnX2d6ZW5jb2Rlcl9mcmVlAHENZ3plbmNvZGVyX25ldwBPD2d6ZW5jb2Rlcl93cml0ZQBSD2d6ZW5jb2Rlcl9mbHVzaAAsDmd6ZW5jb2Rlcl9yZWFkAEoQZ3plbmNvZGVyX2ZpbmlzaABIB2luZmxhdGUAExlfX3diZ19kZWZsYXRlZGVjb2Rlcl9mcmVlAEkSZGVmbGF0ZWRlY29kZXJfbmV3AD0UZGVmbGF0ZWRlY29kZXJfd3JpdGUAUxRkZWZsYXRlZGVjb2Rlcl9mbHVzaABYE2RlZmxhdGVkZWNvZGVyX3JlYWQASxVkZWZsYXRlZGVjb2Rlcl9maW5pc2gAOwZ1bnpsaWIAFA96bGliZGVjb2Rlcl9uZXcAPhF6bGliZW5jb2Rlcl9mbHVzaABXEXpsaWJkZWNvZGVyX2ZsdXNoAFgOZ3pkZWNvZGVyX3JlYWQASxB6bGliZW5jb2Rlcl9yZWFkAEsTZGVmbGF0ZWVuY29kZXJfcmVhZABLEHpsaWJkZWNvZGVyX3JlYWQASxZfX3diZ196bGliZGVjb2Rlcl9mcmVlAEkRemxpYmVuY29kZXJfd3JpdGUAURF6bGliZGVjb2Rlcl93cml0ZQBTEnpsaWJlbmNvZGVyX2ZpbmlzaAA6EnpsaWJkZWNvZGVyX2ZpbmlzaAA7Fl9fd2JnX3psaWJlbmNvZGVyX2ZyZWUAcB9fX3diaW5kZ2VuX2FkZF90b19zdGFja19wb2ludGVyAIQBEV9fd2JpbmRnZW5fbWFsbG9jAGYJOgEAQQELKHx/ggF7gQFfOGc0dn55fneMAY4BepEBkAFykAGNARlEYoMBQ2BUjwGAAYUBXmovY3hoLWEK5/0EkAHVRgEhfyMAQSBrIggkAAJAAkACQAJAAkACQCAFIAZJDQBBfyAFQQFrIgxBACAFIAxPGyAHQQRxIhwbIhlBAWoiJSAZcQ0AIAEtAOVVIQsgCCABKAKEUjYCECAIIAEpAvxRNwMIIAggASgC4FE2AgQgCCABKAKUUjYCAEEBQQMgB0EBcSIhGyEmQQFBfCAHQQJxGyEiIAFBmNIAaiEjIAFBgBtqIR0gAUGQGmohJyABQcDPAGohKCABQcA2aiEeIAFBoDRqIRogAUGAGWohJCABQZzSAGohHyABQaAbaiEbIAIgA2ohEiAGIREgAiEMDAELIABBADYCCCAAQQA2AgAgAEH9AToABAwBCwNAQf8BIQoCQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCALQf8BcQ4ZAAECAwQFIR0bCAkaGQoYFxYVFBMLDBIPBiILIAFBATYC+FEgAUEBNgLsUSABQgA3AuRRIAhBEGpBADYCACAIQQhqQgA3AwAgCEIANwMAICYhCwwnCyAMIBJGDRwgASAMLQAANgLkUSAMQQFqIQxBAiELDCYLIAwgEkYNGyABKALkUSELIAEgDC0AACIPNgLoUUEdQR1BHUEDQR0gHCAlIAtBBHZBCGoiCnZyGyAPIAtBCHRyQR9wIA9BIHFyGyALQQ9xQQhHGyAKQR9xQQ9LGyELIAxBAWohDAwlCwNAIAgoAgAhCQJ/IAgoAgQiCkECSwRAIAoMAQsgDCASRgRAQQMhDgwbCyAMLQAAIAp0IAlyIQkgDEEBaiEMIApBCGoLIQ4gASAJQQFxNgLwUSABIAlBAXZBA3EiCjYC9FEgCCAOQQNrNgIEIAggCUEDdjYCACAKQQFHBEACQAJAAkAgCkEBaw4DAQIOAAtBBCELDCgLAAsgCEEANgIMQQghCwwmCyABQqCCgICABDcCiFIgJEEIQZABEIsBGiAnQQlB8AAQiwEaIB1BEGpCh46cuPDgwYMHNwIAIB1BCGpCh46cuPDgwYMHNwIAIB1Ch46cuPDgwYMHNwIAIAFCiJCgwICBgoQINwKYGyAaQoWKlKjQoMGCBTcCACAaQQhqQoWKlKjQoMGCBTcCACAaQRBqQoWKlKjQoMGCBTcCACAaQRhqQoWKlKjQoMGCBTcCACABIAgQCiIPQf8BcSIKRQ0ACyAKQQJrDQoMDQsgCEEANgIMIAggCCgCBCIKQXhxNgIEIAggCCgCACAKQQdxdjYCAEEFIQsMIwtBBCAIKAIMIgkgCUEETRshCiAIKAIAIQ4gCCgCBCENA0AgCSAKRgRAIAggAS8BmFIiCjYCDEEfIQsgCiABLwGaUkH//wNzRw0kQRQhCyAKRQ0kQRFBBiANGyELDCQLAkACQAJAIA1FBEAgDCASRw0BDAYLIA1BCE8EQCANQQhrIQ0MAgsgDCASRg0FIAwtAAAgDXQgDnIhDiAMQQFqIQwMAQsgCSAjaiAMLQAAOgAAIAxBAWohDEEAIQ0MAQsgCSAjaiAOOgAAIAggDTYCBCAIIA5BCHYiDjYCAAsgCCAJQQFqIgk2AgwMAAsAC0EAIQoMGwtBBSEODBQLAkADQAJ/IAgoAgwiDyABKAKQUk8EQCABQRM2ApBSIAEgCBAKIglBgP4DcUEIdgwBCyAIKAIAIQ0gCAJ/IAgoAgQiCkECSwRAIAoMAQsgDCASRgRAQQkhDgwYCyAMLQAAIAp0IA1yIQ0gDEEBaiEMIApBCGoLQQNrNgIEIAggDUEDdjYCACAPQRNPDQIgASAPQe7wwQBqLQAAakHAzwBqIA1BB3E6AAAgCCAPQQFqNgIMQQAhCUEACyEKIAlB/wFxIg9FDQALQQkhDiAPQQJGDRcgCiELDCALIA9BE0GE8cEAEFsACwJAAkACQANAAkACQAJAAkACQAJAAkACQAJAAkACQCAIKAIMIhUgASgCiFIiDyABKAKMUmoiCk8EQCAKIBVGDQFBGiELDC4LIAgoAgQiE0EPTwRAIAgoAgAhDgwKCyASIAxrIhBBAUsNAQJAIB4gCCgCACIOQf8HcUEBdGouAQAiDUEASARAIBNBC0kNAUEMIQkDQCAOIAlBAmt2QQFxIA1Bf3NqIg1BvwRLDQUgASANQQF0akHAxgBqLgEAIg1BAEgEQCAJIBNLIQsgCUEBaiEJIAtFDQELCyANQQBIDQEMCgsgDUGABEkNACATIA1BCXZPDQkLIAwgEkYNDiATQQhqIQ8gDEEBaiEKIAwtAAAgE3QgDnIhDiATQQZLDQcCQCAeIA5B/wdxQQF0ai4BACINQQBIBEAgE0EDSQ0BQQwhCQNAIA4gCUECa3ZBAXEgDUF/c2oiDUG/BEsNBSABIA1BAXRqQcDGAGouAQAiDUEASARAIAkgD00hCyAJQQFqIQkgCw0BCwsgDUEATg0JDAELIA1BgARJDQAgDyANQQl2Tw0ICyAKIBJGDQ4gE0EQaiETIAwtAAEgD3QgDnIhDiAMQQJqIQwMCAsgD0GhAk8NAiAkIB8gDxCJARogASgCjFIiC0GhAk8NAyALIAEoAohSIg9qIgogD0kNBCAKQckDSw0FIBogDyAfaiALEIkBGiABIAEoAvRRQQFrNgL0USABIAgQCiIJQYD+A3FBCHYhCwwJCyAIIBNBEGoiCjYCBCAIIAgoAgAgDC8AACATdHIiDjYCACAMQQJqIQwgCiETDAcLIA1BwARB6MjBABBbAAsgD0GgAkGI8MEAEFoACyALQaACQZjwwQAQWgALIA8gCkGo8MEAEF0ACyAKQckDQajwwQAQWgALIA8hEyAKIQwLIAggEzYCBCAIIA42AgALAn8gHiAOQf8HcUEBdGouAQAiDUEATgRAIA1BCXYhCSANQf8DcQwBC0EKIQkCQANAIA4gCXZBAXEgDUF/c2oiCkG/BE0EQCAJQQFqIQkgASAKQQF0akHAxgBqLgEAIg1BAEgNAQwCCwsgCkHABEHIyMEAEFsACyANQf//A3ELIQogCUUEQEEjIQsMJAsgCCATIAlrNgIEIAggDiAJdjYCACAIIAo2AgggCkEQTwRAIBVFBEBBICELIApBEEYNJQsgCEEHNgIcIAhCgoCAgDA3AhQgCkEQayIKQQJLDQQgCCAIQRRqIApBAnRqKAIANgIQQQshCwwkCyAVQcgDSw0CIAEgFWpBnNIAaiAKOgAAIAggFUEBajYCDEEAIQkLIAlB/wFxIgpFDQALIApBAmsNIQwJCyAVQckDQZTxwQAQWwALIApBA0Gk8cEAEFsACyAIIBMgEEEDdGo2AgQgCCAONgIAQQohDgwSC0EVIQsgCCgCDCIKQf8BSw0dIAUgEUYEQEECIQpBDSELIAUhEQwYCyAFIBFLBEAgBCARaiAKOgAAIBFBAWohEUEMIQsMHgsMHwtBAyELIAEoAvBRRQ0cIAggCCgCBCILQXhxIAtBA3YiCiAMIBJrIANqIg8gCiAPSRsiCkEDdGsiDDYCBCADIA8gCmsiCk8EQCAIQX8gDHRBf3MgCCgCACALQQdxdnE2AgAgAiAKaiEMQRghCyAhRQ0dIAhBADYCDEEXIQsMHQsgCiADQfjvwQAQXAALIAggCCgCDCIKQf8DcSIPNgIMQRQhCyAPQYACRg0bQSEhCyAPQZ0CSw0bIAggCkEBa0EfcSIKQQF0QdjuwQBqLwEANgIMIAggCkG47sEAai0AACIKNgIQQQ5BDyAKGyELDBsLQRkhCwwaCyAPQYD+A3FBCHYhCwwZC0EYIQsgCCgCDCIQQQNLDRhBBCAQIBBBBE0bIQkgASgC7FEhCgJAAkACQAJAAkACQAJAAkAgCCgCBCINRQRAIAwgEkcNAQwICyAIKAIAIQ4CQCANQQhPBEAgDUEIayENDAELIAwgEkYNCCAMLQAAIA10IA5yIQ4gDEEBaiEMCyABIA5B/wFxIApBCHRyIhM2AuxRIAggDTYCBCAIIA5BCHYiCjYCACAIIBBBAWoiDzYCDCAJIA9GDSAgDUUNASANQQhPBEAgDUEIayENDAMLIAwgEkYNByAMLQAAIA10IApyIQogDEEBaiEMDAILIAEgDC0AACAKQQh0ciITNgLsUSAMQQFqIQwgCCAQQQFqIgo2AgwgCSAKRg0fCyAMIBJGDQUgASAMLQAAIBNBCHRyIg42AuxRIAxBAWohDCAIIBBBAmoiCjYCDCAJIApGDR4MAQsgASAKQf8BcSATQQh0ciIONgLsUSAIIA02AgQgCCAKQQh2Igo2AgAgCCAQQQJqIg82AgwgCSAPRg0dIA1FDQAgDUEISQ0BIA1BCGshDQwCCyAMIBJGDQMgASAMLQAAIA5BCHRyIhM2AuxRIAxBAWohDCAIIBBBA2oiCjYCDCAJIApGDRwMAgsgDCASRg0CIAwtAAAgDXQgCnIhCiAMQQFqIQwLIAEgCkH/AXEgDkEIdHIiEzYC7FEgCCANNgIEIAggCkEIdiIKNgIAIAggEEEDaiIPNgIMIAkgD0YNGiANRQ0AAkAgDUEITwRAIA1BCGshDQwBCyAMIBJGDQIgDC0AACANdCAKciEKIAxBAWohDAsgASAKQf8BcSATQQh0cjYC7FEgCCANNgIEIAggCkEIdjYCACAIIBBBBGoiCjYCDCAJIApGDRoMAQtBFyEOIAwgEkYNDSABIAwtAAAgE0EIdHI2AuxRIAxBAWohDCAIIBBBBGoiCjYCDCAJIApGDRkMDQtBFyEODAwLQQohDiALIQoMDgsgD0GA/gNxQQh2IQpBAyEODA0LIAgoAgghCSAcBEBBHiELIAkgEUsNFgsCQCAIKAIMIgsgEWoiCiAFSw0AIBEgGSARIAlrcSIPTSAPIBFrIAtJcQ0AIAQgBSARIAkgCyAZEEVBDCELIAohEQwWC0ETQQwgCxshCwwVCyAIKAIIIQsgCCgCDCEJA0AgBSARRgRAIAggCTYCDEECIQpBEyELIAUhEQwQCyAEIAUgESALayAZcSARIAUgEWsiDyAJIAkgD0siDxsiCiAZEA8gCiARaiERIAkgCmsiCiEJIA8NAAsgCCAKNgIMQQwhCwwUCyAFIBFGBEBBAiEKQRIhCyAFIREMDgsgBSARSwRAIAQgEWogCCgCCDoAACAIKAIEIQ8gCCAIKAIMQQFrIgo2AgxBEUEGIA8bQQYgChshCyARQQFqIREMFAsMFQsgCCgCACEJAkAgCCgCBCINQQhPBEAgDUEIayENDAELIAwgEkYEQEERIQ4MCAsgDC0AACANdCAJciEJIAxBAWohDAsgCCANNgIEIAggCUH/AXE2AgggCCAJQQh2NgIAQRIhCwwSCyAIKAIIIQ8gCCgCACEOIAgoAgQiCyAIKAIQIhBPDQ4gCyEJIAwhDSAMIBJHBEADQCANLQAAIAl0IA5yIQ4gCUEIaiIKIBBPDQ8gCiEJIA1BAWoiDSASRw0ACyASQQN0IAtqIAxBA3RrIQsLIAggDzYCCCAIIA42AgAgCCALNgIEQRAhDgwFCyAIKAIIIQogCCgCECEPIAgoAgAhDgJ/IAgoAgQiC0EOSwRAIAsMAQsgEiAMa0ECTwRAIAwvAAAgC3QgDnIhDiAMQQJqIQwgC0EQagwBCwJAAkACQCAbIA5B/wdxQQF0ai4BACIQQQBIBEAgC0ELSQ0BQQwhCQNAIA4gCUECa3ZBAXEgEEF/c2oiEEG/BEsNAyABIBBBAXRqQaArai4BACIQQQBIBEAgCSALSyAJQQFqIQlFDQELCyAQQQBIDQEgCwwECyAQQYAESSALIBBBCXZJcg0AIAsMAwsCQCAMIBJGDQAgC0EIaiEUIAxBAWohFSAMLQAAIAt0IA5yIQ4gC0EGSw0CAkAgGyAOQf8HcUEBdGouAQAiEEEASARAIAtBA0kNAUEMIQkDQCAOIAlBAmt2QQFxIBBBf3NqIhBBvwRLDQQgASAQQQF0akGgK2ouAQAiEEEASARAIAkgFE0gCUEBaiEJDQELCyAQQQBODQQMAQsgEEGABEkNACAUIBBBCXZPDQMLIBIgFUYNACAMLQABIBR0IA5yIQ4gDEECaiEMIAtBEGoMAwsgCCAPNgIQIAggDjYCACAIIAo2AgggCCASQQN0IAtqIAxBA3RrNgIEQQ8hDgwHCyAQQcAEQejIwQAQWwALIBUhDCAUCyEQAn8gGyAOQf8HcUEBdGouAQAiDUEATgRAIA1BCXYhCSANQf8DcQwBC0EKIQkCQANAIA4gCXZBAXEgDUF/c2oiC0G/BE0EQCAJQQFqIQkgASALQQF0akGgK2ouAQAiDUEASA0BDAILCyALQcAEQcjIwQAQWwALIA1B//8DcQshEwJAIAlFBEBBIyELDAELIBAgCWshECAOIAl2IQ5BIiELIBNBHUsNAEEQQRYgE0EfcSIKQZjvwQBqLQAAIg8bIQsgCkEBdEG478EAai8BACEKCyAIIA82AhAgCCAONgIAIAggEDYCBCAIIAo2AggMEAsgCCgCDCEPIAgoAgAhDiAIKAIEIgsgCCgCECIQTw0OIAshCSAMIQ0gDCASRwRAA0AgDS0AACAJdCAOciEOIAlBCGoiCiAQTw0PIAohCSANQQFqIg0gEkcNAAsgEkEDdCALaiAMQQN0ayELCyAIIA82AgwgCCAONgIAIAggCzYCBEEOIQ4MAwsgCCgCECEXIAgoAgghGCAIKAIMIQ0gCCgCBCEPIAgoAgAhDgJAAkACQAJAAkACfwJAAkADQAJAAkACQAJAAkAgEiAMayIJQQRJDQAgBSARayILQQJJDQAgCUENSyALQYMCT3ENASAPQQ9JDQMgDyEQDAQLIA9BDksNCyAJQQJPBEAgCCAMLwAAIA90IA5yIg42AgAgD0EQaiEPIAxBAmohDAwLCwJAIAEgDkH/B3FBAXRqLgEAIg1BAEgEQCAPQQtJDQFBDCEJA0AgDiAJQQJrdkEBcSANQX9zaiINQb8ESw0EIAEgDUEBdGpBgBBqLgEAIg1BAEgEQCAJIA9LIAlBAWohCUUNAQsLIA1BAEgNAQwLCyANQYAESQ0AIA8gDUEJdk8NCgsgDCASRg0MIA9BCGohCyAMQQFqIQogDC0AACAPdCAOciEOIA9BBksNCAJAIAEgDkH/B3FBAXRqLgEAIg1BAEgEQCAPQQNJDQFBDCEJA0AgDiAJQQJrdkEBcSANQX9zaiINQb8ESw0EIAEgDUEBdGpBgBBqLgEAIg1BAEgEQCAJIAtNIAlBAWohCQ0BCwsgDUEATg0KDAELIA1BgARJDQAgCyANQQl2Tw0JCyAKIBJGDQwgD0EQaiEPIAwtAAEgC3QgDnIhDiAMQQJqIQwMCQsgDCEVIAwhFgNAIBYhEwJAA0ACQCAPQQ9PBEAgDyEUDAELIBIgFWsiDEEBSwRAIA9BEGohFCATLwAAIA90IA5yIQ4gE0ECaiIMIRYgDCETDAELDCELAn8gASAOQf8HcUEBdGouAQAiEEEASARAQQohCQJAA0AgDiAJdkEBcSAQQX9zaiIPQb8ESw0BIAlBAWohCSABIA9BAXRqQYAQai4BACIQQQBIDQALIBBB//8DcQwCCwwjCyAQQYAESQ0JIBBBCXYhCSAQCyENIBQgCWshDyAOIAl2IQ4CQAJAAkACQCANQYACcUUEQAJAIA9BD08EQCATIRUgDyEUDAELIBIgE2siDEEBSwRAIA9BEGohFCATLwAAIA90IA5yIQ4gE0ECaiIMIRYgDCEVDAELDCYLAkAgASAOQf8HcUEBdGouAQAiEEEASARAQQohCQJAA0AgDiAJdkEBcSAQQX9zaiIPQb8ESw0BIAlBAWohCSABIA9BAXRqQYAQai4BACIQQQBIDQALIBBB//8DcSEQDAILDCgLIBBBgARJDQ4gEEEJdiEJCyAFIBFNDSQgFCAJayEPIA4gCXYhDiAEIBFqIA06AAAgEUEBaiELIBBBgAJxRQ0CIBAhDSALIRELIA1B/wNxIglBgAJHDQBBFCELQYACIQ0MBQsgCUGdAksEQCAJIQ0gDyEUQSEMDQsgDUEBa0EfcSILQbjuwQBqLQAAIRcgC0EBdEHY7sEAai8BACENIA9BD08EQCAPIRQMAwsgEiAWayIMQQFNDSMgD0EQaiEUIBYvAAAgD3QgDnIhDiAWQQJqIgwhFgwCCyAFIAtLDQAgCyAFQajuwQAQWwALIAQgC2ogEDoAAEEMIQsgBSARQQJqIhFrQYMCSQ0CIBIgFSITa0EOTw0BDAILCwJAIBdFDQAgDiAXdiEPIA5BfyAXdEF/c3EgDWohDSAUIBdrIgtBD08EQCALIRQgDyEODAELIBIgFmsiDEEBSwRAIAtBEGohFCAWLwAAIAt0IA9yIQ4gFkECaiIMIRYMAQsMIAsCQCAbIA5B/wdxQQF0ai4BACIQQQBIBEBBCiEJAkADQCAOIAl2QQFxIBBBf3NqIg9BvwRLDQEgCUEBaiEJIAEgD0EBdGpBoCtqLgEAIhBBAEgNAAsgEEH//wNxIRAMAgsMIgsgEEGABEkNCCAQQQl2IQkLIBQgCWshDyAOIAl2IQkgEEH/A3EiC0EdSwRAIA8hFCAJIQ5BIgwJCyALQQF0QbjvwQBqLwEAIRgCfyALQZjvwQBqLQAAIhdFBEAgFiEVIAkMAQsCQCAPQQ9PBEAgFiEVIA8hDgwBCyASIBZrIgxBAUsEQCAPQRBqIQ4gFi8AACAPdCAJciEJIBZBAmoiDCEVDAELDCELIA4gF2shDyAJQX8gF3RBf3NxIBhqIRggCSAXdgshDiAcRSARIBhPckUEQCAPIRRBHgwJCyAEIAUgESAYIA0gGRBFQQwhCyAFIA0gEWoiEWtBgwJJDQAgEiAVIhZrQQ5PDQELCyAIIBc2AhAgCCANNgIMIAggGDYCCCAIIA82AgQgCCAONgIADBoLIA1BwARB6MjBABBbAAsgDC8AACELIAggD0EQaiIQNgIEIAggCyAPdCAOciIONgIAIAxBAmohDAsCQCABIA5B/wdxQQF0ai4BACINQQBIBEBBCiEJAkADQCAOIAl2QQFxIA1Bf3NqIg9BvwRLDQEgCUEBaiEJIAEgD0EBdGpBgBBqLgEAIg1BAEgNAAsgDUH//wNxIQ0MAgsMHQsgDUGABEkEQEEjIQsMGQsgDUEJdiEJCyAIIBAgCWsiEDYCBCAIIA4gCXYiEzYCACAIIA02AgxBFSELIA1BgAJxDRcCQCAQQQ9PBEAgECEPDAELIBIgDGsiD0EBSwRAIAwvAAAhCSAIIBBBEGoiDzYCBCAIIAkgEHQgE3IiEzYCACAMQQJqIQwMAQtBAiAPQdjIwQAQWgALAkAgASATQf8HcUEBdGouAQAiEEEASARAQQohCQJAA0AgEyAJdkEBcSAQQX9zaiIQQb8ESw0BIAlBAWohCSABIBBBAXRqQYAQai4BACIQQQBIDQALIBBB//8DcSEQDAILIBBBwARByMjBABBbAAsgEEGABEkEQEEjIQsMGQsgEEEJdiEJCyAIIA8gCWsiDzYCBCAIIBMgCXYiDjYCACAFIBFNDRkgBCARaiANOgAAIBFBAWohCSAQQYACcUUEQCAFIAlNDQIgBCAJaiAQOgAAIBFBAmohEQwBCwsgCCAQNgIMIAkhEQwWCyAJIAVBqO7BABBbAAtBIwshCyAIIBc2AhAgCCANNgIMIAggGDYCCCAIIBQ2AgQgCCAONgIADA0LIAshDyAKIQwLIAggDjYCAAsgCCAPNgIECwJ/IAEgDkH/B3FBAXRqLgEAIg1BAE4EQCANQQl2IQkgDUH/A3EMAQtBCiEJAkADQCAOIAl2QQFxIA1Bf3NqIgpBvwRNBEAgCUEBaiEJIAEgCkEBdGpBgBBqLgEAIg1BAEgNAQwCCwsgCkHABEHIyMEAEFsACyANQf//A3ELIRBBIyELIAlFDQ8gCCAQNgIMIAggDyAJazYCBCAIIA4gCXY2AgBBDSELDA8LIAggDjYCACAIIBJBA3QgD2ogDEEDdGs2AgRBDCEODAILIAgoAgghCyAIKAIMIRQgCCgCACEOIAgoAgQiCiAIKAIQIhVJBEAgCiEJIAwhDQJAIAwgEkcEQANAIA0tAAAgCXQgDnIhDiAJQQhqIg8gFU8NAiAPIQkgDUEBaiINIBJHDQALIBJBA3QgCmogDEEDdGshCgsgCCAUNgIMIAggDjYCACAIIAo2AgRBCyEODAMLIAlBCGohCiANQQFqIQwLIAhBCzYCHCAIQoOAgIAwNwIUAkACQCALQQNxIg9BA0cEQCAIQRRqIA9BAnRqKAIAIQ9BACEQAkAgC0EQRgRAIBRBAWsiC0HJA08NASABIAtqQZzSAGotAAAhEAsgFCAPIA5BfyAVdEF/c3FqIg9qIgsgFEkNAiALQckDSw0DIA8EQCAUIB9qIBAgDxCLARoLIAggCzYCDCAIIA4gFXY2AgAgCCAKIBVrNgIEQQohCwwRCyALQckDQcTxwQAQWwALQQNBA0G08cEAEFsACyAUIAtB1PHBABBdAAsgC0HJA0HU8cEAEFoAC0EDIAgoAgwiCyALQQNNGyEVIAgoAgAhDiAIKAIEIQoDQAJAIAsgFUcEQCAIQQQ2AhwgCEKFgICA0AA3AhQgCiALQQJ0IhAgCEEUamooAgAiFE8NAQJAIAwgEkcEQCAKIQkgDCENA0AgDS0AACAJdCAOciEOIBQgCUEIaiIPTQRAIA1BAWohDCAJQQhqIQoMBQsgDyEJIA1BAWoiDSASRw0ACyAIIAs2AgwgEkEDdCAKaiAMQQN0ayEKDAELIAggCzYCDAsgCCAKNgIEIAggDjYCAEEIIQ4MAwsgCCAONgIAIAggCjYCBCAoQQBBoAIQiwEaIAhBADYCDEEbQQlBGyABKAKMUkEfSRsgASgCiFJBnwJPGyELDA4LIAEgEGpBiNIAaiALQQF0QejwwQBqLwEAIA5BfyAUdEF/c3FqNgIAIAtBAWohCyAKIBRrIQogDiAUdiEODAALAAsgEiEMICIhCgwCCyAMIBJHDQILIBIhDCAiIQogCyEOCyAKQf8BcSICQQFGIiAgAkH8AUdzBEAgDiELDAMLQQAhDSAOIQsgCCgCBAwDCwJAAkAgBSARayIKIBIgDGsiCyAKIAtJGyIKIAgoAgwiDyAKIA9JGyIJIAtNBEAgCSARaiIKIAlJDQEgBSAKSQ0CIAQgEWogDCAJEIkBGiAIIA8gCWs2AgwgCSAMaiASIAsgCUEBa0sbIQxBBiELIAohEQwKCyAJIAtBuPDBABBaAAsgESAKQcjwwQAQXQALIAogBUHI8MEAEFoAC0ECQQcgBSARRiIJG0EUIAgoAgwiDxsiCiELIA9FDQYgCUUNBkEGIQsgBSERCyAIKAIEIgIgAkEDdiIPIAMgEmsgDGoiAiACIA9LGyINQQN0awshCSABIAs6AOVVIAEgCTYC4FEgASAIKAIINgL8USABIAgpAgw3AoBSIAEgCCgCAEF/IAl0QX9zcTYClFJBAiAKIAtB/wFxQRdHGyAKIAUgEUYbIAogIBvAIQICQCAHQcAAcQRAIAIhCgwBCyAHQQlxRQRAIAIhCgwBCyACQQBIDQACQCAGIBFNBEAgBSARSQ0BIAEgASgC+FEgBCAGaiARIAZrEBIiBDYC+FEgIUUEQCACIQoMAwsgAiIKDQJBfkEAIAQgASgC7FFHGyEKDAILIAYgEUHY8MEAEF0ACyARIAVB2PDBABBaAAsgACAKOgAEIAAgESAGazYCCCAAIAMgDGogDSASams2AgAMBQsgDUEBaiEMIAlBCGohCwsgCCAOIBB2NgIAIAggCyAQazYCBCAIIA8gDkF/IBB0QX9zcWo2AghBFiELDAILIA1BAWohDCAJQQhqIQsLIAggDiAQdjYCACAIIAsgEGs2AgQgCCAPIA5BfyAQdEF/c3FqNgIMQQ8hCwwACwALIAhBIGokAA8LIBEgBUGo7sEAEFsAC0ECIAxB2MjBABBaAAsgD0HABEHIyMEAEFsAC9EsAhF/An4jAEGQBWsiCiQAAkACQAJAAkACfwJAAkAgA0UEQCAAQQE7AYAEIABBAEGgAkEPQQAQByAAQQFBIEEPQQAQB0GeAgJ/QQAgAEGdHWotAAANABpBASAAQZwdai0AAA0AGkECIABBmx1qLQAADQAaQQMgAEGaHWotAAANABpBBCAAQZkdai0AAA0AGkEFIABBmB1qLQAADQAaQQYgAEGXHWotAAANABpBByAAQZYdai0AAA0AGkEIIABBlR1qLQAADQAaQQkgAEGUHWotAAANABpBCiAAQZMdai0AAA0AGkELIABBkh1qLQAADQAaQQwgAEGRHWotAAANABpBDSAAQZAdai0AAA0AGkEOIABBjx1qLQAADQAaQQ8gAEGOHWotAAANABpBECAAQY0dai0AAA0AGkERIABBjB1qLQAADQAaQRIgAEGLHWotAAANABpBEyAAQYodai0AAA0AGkEUIABBiR1qLQAADQAaQRUgAEGIHWotAAANABpBFiAAQYcdai0AAA0AGkEXIABBhh1qLQAADQAaQRggAEGFHWotAAANABpBGSAAQYQdai0AAA0AGkEaIABBgx1qLQAADQAaQRsgAEGCHWotAAANABpBHCAAQYEdai0AAA0AGkEdCyINayEEAn9BACAAQb0dai0AAA0AGkEBIABBvB1qLQAADQAaQQIgAEG7HWotAAANABpBAyAAQbodai0AAA0AGkEEIABBuR1qLQAADQAaQQUgAEG4HWotAAANABpBBiAAQbcdai0AAA0AGkEHIABBth1qLQAADQAaQQggAEG1HWotAAANABpBCSAAQbQdai0AAA0AGkEKIABBsx1qLQAADQAaQQsgAEGyHWotAAANABpBDCAAQbEdai0AAA0AGkENIABBsB1qLQAADQAaQQ4gAEGvHWotAAANABpBDyAAQa4dai0AAA0AGkEQIABBrR1qLQAADQAaQREgAEGsHWotAAANABpBEiAAQasdai0AAA0AGkETIABBqh1qLQAADQAaQRQgAEGpHWotAAANABpBFSAAQagdai0AAA0AGkEWIABBpx1qLQAADQAaQRcgAEGmHWotAAANABpBGCAAQaUdai0AAA0AGkEZIABBpB1qLQAADQAaQRogAEGjHWotAAANABpBGyAAQaIdai0AAA0AGkEcIABBoR1qLQAADQAaQR0LIRAgCkEEaiIDQQBBwAIQiwEaIApBxAJqQQBBwAIQiwEaIAMgAEGAG2ogBBCJARpBHiAQayIFIARqIgMgBU8EQCAKQQRqIARqIABBoB1qIAUQiQEaIABBnglqQgA3AQAgAEGYCWpCADcBACAAQZAJakIANwEAIABBiAlqQgA3AQAgAEIANwGACSAAQYAJaiEMQbwCIA0gEGprIQtBACEEQQAhA0H/ASEGQQAhBQJAAkACQAJAAkACQANAIAYhCQJAAn8CQCAKQQRqIAdqLQAAIgZFBEAgBEUEQCAFIQgMAgsgBEEDTwRAIAAgAC8BoAlBAWo7AaAJIAVBvgJLDQYgCkHEAmogBWogBEEIdEHwBWs7AAAgBUECaiEIDAILIAAgCUH/AXFBAXRqQYAJaiIIIAgvAQAgBGo7AQAgCiAJOgCGBSAKIAk6AIUFIAogCToAhAUgBCAFaiIIIAVJIAhBwAJLcg0FIApBxAJqIAVqIApBhAVqIAQQiQEaDAELAkAgA0UEQCAFIQgMAQsCQAJAIANBA08EQCADQQtJDQEgACAALwGkCUEBajsBpAkgBUG+AksNCCAKQcQCaiAFaiADQQh0Qe4VazsAAAwCCyAMIAwvAQAgA2o7AQAgAyAFaiIIIAVJIAhBwAJLcg0HIApBxAJqIAVqQQAgAxCLARoMAgsgACAALwGiCUEBajsBogkgBUG+AksNBiAKQcQCaiAFaiADQQh0Qe8FazsAAAsgBUECaiEICwJAIAlB/wFxIgMgBkYEQEEAIQMgBEEBaiIEQQZGDQEgCCEFDAQLAkAgBEUEQCAIIQMMAQsgBEEDTwRAIAAgAC8BoAlBAWo7AaAJIAhBvgJLDQcgCkHEAmogCGogBEEIdEHwBWs7AAAgCEECaiEDDAELIAAgA0EBdGpBgAlqIgMgAy8BACAEajsBACAKIAk6AIYFIAogCToAhQUgCiAJOgCEBSAEIAhqIgMgCEkgA0HAAktyDQYgCkHEAmogCGogCkGEBWogBBCJARoLIAAgBkEBdGpBgAlqIgUgBS8BAEEBajsBACADQb8CSw0FIApBxAJqIANqIAY6AAAgA0EBagwCCyAAIAAvAaAJQQFqOwGgCSAIQb4CSw0EIApBxAJqIAhqQZAGOwAAIAhBAmoMAQtBACEEIANBAWoiA0GKAUcEQCAIIQUMAgsgACAALwGkCUEBajsBpAkgCEG+AksNAyAKQcQCaiAIakGS/gE7AAAgCEECagshBUEAIQRBACEDCyALIAdBAWoiB0cNAAsCQCAERQRAIANFBEAgBSEIDAILAkAgA0EDTwRAIANBC0kNASAAQaQJaiIEIAQvAQBBAWo7AQAgBUG+AksNBCAKQcQCaiAFaiADQQh0Qe4VazsAACAFQQJqIQgMAwsgDCAMLwEAIANqOwEAIAMgBWoiCCAFSSAIQcACS3INAyAKQcQCaiAFakEAIAMQiwEaDAILIABBoglqIgQgBC8BAEEBajsBACAFQb4CSw0CIApBxAJqIAVqIANBCHRB7wVrOwAAIAVBAmohCAwBCyAEQQNPBEAgAEGgCWoiAyADLwEAQQFqOwEAIAVBvgJLDQIgCkHEAmogBWogBEEIdEHwBWs7AAAgBUECaiEIDAELIAAgBkEBdGpBgAlqIgMgAy8BACAEajsBACAKIAY6AIYFIAogBjoAhQUgCiAGOgCEBSAEIAVqIgggBUkgCEHAAktyDQEgCkHEAmogBWogCkGEBWogBBCJARoLIABBAkETQQdBABAHIAEgASgCDEECIAEoAhAiA3RyIgQ2AgwCQCADQQJqIgZBCEkEQCAEIQUMAQsgASgCCCIDIAEoAgQiDCADIAxLGyELIAEoAgAhCQNAIAMgC0YNAyABIARBCHYiBTYCDCABIANBAWoiBzYCCCADIAlqIAQ6AAAgByEDIAUhBCAGQQhrIgZBB0sNAAsLIAEgBjYCECABQR0gDWsgBnQgBXIiBDYCDCAGQQVqIQUCQCAGQQNJBEAgBCEGDAELIAEoAggiAyABKAIEIgwgAyAMSxshCyABKAIAIQkDQCADIAtGDQQgASAEQQh2IgY2AgwgASADQQFqIgc2AgggAyAJaiAEOgAAIAchAyAGIQQgBUEIayIFQQdLDQALCyABIAU2AhAgAUEdIBBrIAV0IAZyIgQ2AgwgBUEFaiEHAkAgBUEDSQRAIAQhBgwBCyABKAIIIgMgASgCBCIMIAMgDEsbIQsgASgCACEJA0AgAyALRg0FIAEgBEEIdiIGNgIMIAEgA0EBaiIFNgIIIAMgCWogBDoAACAFIQMgBiEEIAdBCGsiB0EHSw0ACwsgASAHNgIQIAFBBAJ/QQAgAEHPH2otAAANABpBfyAAQcEfai0AAA0AGkF+IABBzh9qLQAADQAaQX0gAEHCH2otAAANABpBfCAAQc0fai0AAA0AGkF7IABBwx9qLQAADQAaQXogAEHMH2otAAANABpBeSAAQcQfai0AAA0AGkF4IABByx9qLQAADQAaQXcgAEHFH2otAAANABpBdiAAQcofai0AAA0AGkF1IABBxh9qLQAADQAaQXQgAEHJH2otAAANABpBcyAAQccfai0AAA0AGkFyIABByB9qLQAADQAaQXEgAEHAH2otAAANABpBcCAAQdIfai0AAA0AGkFvIABB0R9qLQAADQAaQW4gAEHQH2otAAANABpBbQtBE2oiAyADQQRNGyILQQRrIAd0IAZyIgU2AgwgB0EEaiEGAkAgB0EDTQRAIAEgBjYCECABKAIIIQMgASgCBCENDAELIAEoAggiBCABKAIEIg0gBCANSxshDCABKAIAIQkDQCAEIAxGDQYgASAFQQh2Igc2AgwgASAEQQFqIgM2AgggBCAJaiAFOgAAIAMhBCAHIQUgBkEIayIGQQdLDQALIAEgBjYCEAtB7vDBACEJIAtB7vDBAGohDCABKAIAIQsDQAJAAkAgACAJLQAAakHAH2otAAAiBEEHTQRAIAEgBCAGdCAFciIHNgIMIAZBA2oiBkEITw0BIAchBQwCCwwPCyADIA0gAyANSxshDyADIQQDQCAEIA9GDQggASAHQQh2IgU2AgwgASAEQQFqIgM2AgggBCALaiAHOgAAIAMhBCAFIQcgBkEIayIGQQdLDQALCyABIAY2AhAgDCAJQQFqIglHDQALDAgLQQIMCQsgASAGNgIQDAsLIAEgBTYCEAwKCyABIAc2AhAMCQsgASAGNgIQIAwgDUHorMEAEFsACyABIAY2AhAgDyANQeiswQAQWwALIAQgA0GIsMEAEF0ACyAAQYAbakEIQZABEIsBGiAAQZAcakEJQfAAEIsBGiAAQZAdakKHjpy48ODBgwc3AQAgAEGIHWpCh46cuPDgwYMHNwEAIABBgB1qQoeOnLjw4MGDBzcBACAAQaAdakKFipSo0KDBggU3AQAgAEGYHWpCiJCgwICBgoQINwEAIABBqB1qQoWKlKjQoMGCBTcBACAAQbAdakKFipSo0KDBggU3AQAgAEG4HWpChYqUqNCgwYIFNwEAIABBAEGgAkEPQQEQByAAQQFBIEEPQQEQByABIAEoAgxBASABKAIQIgN0ciIENgIMAkACQCADQQJqIgZBCEkEQCAEIQUMAQsgASgCCCIDIAEoAgQiCyADIAtLGyEJIAEoAgAhCANAIAMgCUYNAiABIARBCHYiBTYCDCABIANBAWoiBzYCCCADIAhqIAQ6AAAgByEDIAUhBCAGQQhrIgZBB0sNAAsLIAEgBjYCEAwCCyABIAY2AhAgCSALQeiswQAQWwALIAhFDQAgASgCACEMQQAhCQNAAkACQAJAIAlBvwJNBEAgCkHEAmogCWotAAAiD0ESSw0BAkACQCAAIA9BAXRqQcAWai8BACIHIAAgD2pBwB9qLQAAIgR2RQRAIAEgByAGdCAFciIHNgIMIAQgBmoiBkEITw0BIAMhBCAHIQUMAgsMCgsgAyANIAMgDUsbIQsDQCADIAtGDQwgASAHQQh2IgU2AgwgASADQQFqIgQ2AgggAyAMaiAHOgAAIAQhAyAFIQcgBkEIayIGQQdLDQALCyAJQQFqIQcgASAGNgIQIA9BD00EQCAEIQMgByEJDAQLIAlBvgJLDQIgCkHEAmogB2otAAAhByAKQQc2AowFIApCgoCAgDA3AoQFIA9BEGsiA0EDSQRAAkACQCAHIApBhAVqIANBAnRqKAIAIgN2RQRAIAEgByAGdCAFciIHNgIMIAMgBmoiBkEITw0BIAQhAyAHIQUMAgsMCwsgBCANIAQgDUsbIQsDQCAEIAtGDQ0gASAHQQh2IgU2AgwgASAEQQFqIgM2AgggBCAMaiAHOgAAIAMhBCAFIQcgBkEIayIGQQdLDQALCyABIAY2AhAgCUECaiEJDAQLIANBA0H0sMEAEFsACyAJQcACQZiwwQAQWwALQaiwwQBBK0HUsMEAEGkAC0HAAkHAAkHksMEAEFsACyAIIAlLDQALCwJAIAIoAoCABCIOQYGABEkEQCAFrSEVIA5FDQEgAEHADWohESAAQYAbaiESIAEoAgghBCABKAIEIRMgASgCACEMQQAhCEEBIQUCQANAIAVBAUcEfyAIBSACIAhqLQAAQYACciEFIAhBAWoLIQMCfwJAAkACQAJAAkACQAJAAkACQCAFQQFxRQRAIAMgDiADIA5LGyEPIAMgDk8NASARIAIgA2otAAAiB0EBdGozAQAgBkE/ca2GIBWEIRUgA0EBaiEIIAVBAXYhCSAGIAcgEmotAABqIQcgCSAFQQJxDQoaIAkgCCAOTw0KGiAPIANrIgtBAUYNASARIAIgCGotAAAiCEEBdGozAQAgB0E/ca2GIBWEIRUgBUECdiEGIAcgCCASai0AAGohByAFQQRxIANBAmoiCSAOT3INCSALQQJGDQEgA0EDaiEIIBEgAiAJai0AACIDQQF0ajMBACAHQT9xrYYgFYQhFSAHIAMgEmotAABqIQcgBUEDdgwKCyADIA5PDQUgA0EBaiILIA5PDQYgA0ECaiIIIA5PDQEgAiADai0AACIPQQF0QfSxwQBqLwEAIgdBoAJPDQIgD0HItsEAai0AACIUQRFPDQMgESAHQQF0ajMBACEWIAcgEmotAAAhCSAUQQJ0QYS2wQBqKAIAIQcgAiALai0AACACIAhqLQAAIghBCHRyIg1BgARPBEAgCMBBAE4NBSAIQYABQdjBwQAQWwALIA1B2LzBAGohECANQdi4wQBqIQsMBwsgDyAOQdSxwQAQWwALIAggDkGkscEAEFsACyAHQaACQfS1wQAQWwALIBRBEUHIuMEAEFsACyAIQejBwQBqIRAgCEHYwMEAaiELDAILIAMgDkHkscEAEFsACyALIA5BlLHBABBbAAsgEC0AACIQQRFJBEAgA0EDaiEIIBYgBkE/ca2GIAcgD3GtIAYgCWoiA0E/ca2GhCAAIAstAAAiB0EBdGpBgBJqMwEAIAMgFGoiA0E/ca2GhCAQQQJ0QYS2wQBqKAIAIA1xrSADIAAgB2pBoB1qLQAAaiIDQT9xrYaEIBWEIRUgAyAQaiEHIAVBAXYMAgsgEEERQejCwQAQWwALIAkhCCAGCyEFIARBCGohAyAEQXdNBEAgAyATSw0CIAQgDGogFTcAAEECIAQgBCAHQQN2aiIESyAEIBNLcg0FGiABIAQ2AgggB0EHcSEGIBUgB0E4ca2IIRUgCCAOSQ0BDAQLCyAEIANB+KzBABBdAAsgAyATQfiswQAQWgALIA5BgIAEQfjCwQAQWgALAkAgBkUEQEEAIQRBACEFDAELIAEoAgghByABKAIAIQggASgCBCEJQQAhBUEAIQQCQANAQRAgBiAGQRBPGyILQQJ0QYS2wQBqKAIAIBWncSICIAt2RQRAIAIgBXQgBHIhBCAFIAtqIgVBCE8EQCAHIAkgByAJSxshAiAHIQMDQCACIANGDQQgASADQQFqIgc2AgggAyAIaiAEOgAAIARBCHYhBCAHIQMgBUEIayIFQQdLDQALCyAVIAutiCEVIAYgC2siBg0BDAMLCwwECyABIAU2AhAgAiAJQeiswQAQWwALIABBwBFqLwEAIgIgAEGAHWotAAAiAHYNAiABIAIgBXQgBHIiBDYCDCAAIAVqIgZBCE8EQCABKAIIIgMgASgCBCIIIAMgCEsbIQcgASgCACEFA0AgAyAHRg0DIAEgBEEIdiICNgIMIAEgA0EBaiIANgIIIAMgBWogBDoAACAAIQMgAiEEIAZBCGsiBkEHSw0ACwsgASAGNgIQQQELIApBkAVqJAAPCyABIAY2AhAgByAIQeiswQAQWwALQaiswQBBMEHYrMEAEGkACyALIAxB6KzBABBbAAsgASAGNgIQIAsgDUHorMEAEFsAC7QqAh5/AX4jAEHQAGsiDSQAIAFCADcCJCANQTBqIAM2AgAgAS0ANiEHIAEgBjoANiANQgA3AjQgDSACNgIsIA0gBTYCKCANIAQ2AiQgDUEBNgIgAkACQAJAAkACQAJAAkACQAJAIAEoAgAgB0EERiAGQf8BcUEER3FyRQRAAkAgASgCHA0AIAEtADUNACABKAIIQf+fLXFBgYABRg0CIAFB2ABqIRQgAUHQAGooAgAhECABKAIUIQsgASgCECESIAEtADchFSABKAJMIQkgAUEKaiEcQQAhBAJAA0AgAyAETQRAIAEtADZFIAlFcg0ICwJAAkACfwJAAkACQAJAAkACQAJAAn8gASgCVCAJakECT0EAIAMgBGsiBUGCAiAJayIGIAUgBkkbIgobRQRAIAogBCAKaiIFTQRAIAMgBU8EQCAKBEAgAiAEaiEMIAkgEGohD0EAIQYDQCAGIA9qIgRB//8BcSIHIAEoAjxqQYCACGogBiAMai0AACIIOgAAIAdBgQJJBEAgASgCPCAHakGAgApqIAg6AAALIAEoAlQgBiAJampBAWpBAksEQCABKAI8IgcgBEECayIRQf//AXEiDkEBdGogByAIIAdBgIAIaiIIIARBAWtB//8BcWotAABBBXRzIAggDmotAABBCnRBgPgBcXNBAXQiBGpBgIAEai8BADsBACABKAI8IARqQYCABGogETsBAAsgCiAGQQFqIgZHDQALIAYgCWohCQsgBQwDCyAFIANBuMXBABBaAAsgBCAFQbjFwQAQXQALIAQgCmoiByAKSQ0CIAMgB0kNASABKAI8QYCACGoiCCAJIBBqIgVBAmsiBkH//wFxai0AAEEFdCAIIAVBAWtB//8BcWotAABzIQggCSAKaiEJIAIgBGohBANAIAVB//8BcSIFIAEoAjxqQYCACGogBC0AACIMOgAAIAVBgQJJBEAgASgCPCAFakGAgApqIAw6AAALIARBAWohBCABKAI8Ig8gBkH//wFxQQF0aiAPIAhBBXRB4P8BcSAMcyIIQQF0IgxqQYCABGovAQA7AQAgASgCPCAMakGAgARqIAY7AQAgBkEBaiEGIAVBAWohBSAKQQFrIgoNAAsgBwshBCABQYCAAiAJayIFIAEoAlQiBiAFIAZJGyIYNgJUIAEtADZFIAlBggJJcQ0RIBBB//8BcSEIIAtBAiALGyEGIAEoAggiGUGAgCRxDQJBACEHQYICIAkgCUGCAk8bIgwgBk0NBSAGIAhqIgVBAWsiCkGBggJNBEAgASAGQR9LQQJ0akFAaygCAEEBayIORQ0GIAEoAjwiFkGAgAhqIhEgCGovAAAhHSAKIBFqLQAAIAUgEWotAABBCHRyIQ8gCCAWaiEeQYCCAiAIayIfQQN2IRogCCEKQQEgDmshFwNAIBYgCkEBdGovAQAiCkUNBiAQIAprQf//A3EiBSAYSw0GAkACQAJAIApB//8BcSIKIAZqIg5BAWsiE0GBggJLDRkCQAJAAkAgESATai0AACAOIBFqLQAAQQh0ciAPRg0AIBYgCkEBdGovAQAiCkUNDCAQIAprQf//A3EiBSAYSw0MIApB//8BcSIKIAZqIg5BAWsiE0GBggJLDRwgESATai0AACAOIBFqLQAAQQh0ciAPRg0AIBYgCkEBdGovAQAiCkUNDCAQIAprQf//A3EiBSAYSw0MIApB//8BcSIKIAZqIg5BAWsiE0GBggJLDRwgESATai0AACAOIBFqLQAAQQh0ciAPRw0BCyAFRQ0LIAogEWovAAAgHUYNAQsgF0EBaiIXQQFHDQQMCgsgCiAWaiEgQYCCAiAKayIhQQN2IRtBACEOQQAhEwJ/AkADQCAOQYACRgRAIAwhBgwMCyATIBpGDQMgEyAbRg0EIA4gIGoiIkGCgAhqKQAAIA4gHmoiI0GCgAhqKQAAhSIlQgBSDQEgE0EBciIkIBpGDQMgGyAkRg0EIBNBAmohEyAOQRBqIQ4gIkGKgAhqKQAAICNBioAIaikAAIUiJVANAAsgCCAOakEGawwBCyAIIA5qQQJqCyAIayAleqdBA3ZqIg4gBk0NAiAMIA4gDCAOSRshBiAMIA5NDQggBiAIaiIHQQFrIg9BgoICTw0ZIA8gEWotAAAgByARai0AAEEIdHIhDyAFIQcMAgsgCCAfQfj/A3FqQQpqQYKCAkGEscEAEFoACyAKICFB+P8DcWpBCmpBgoICQYSxwQAQWgALIBdFDQYgF0EBaiEXDAALAAsMFAsgByADQajFwQAQWgALIAQgB0GoxcEAEF0AC0EAIQcgGEUgGUGAgCBxcg0CAkAgCSAIIAlqIgVNBEAgBUGCggJLDQECQCAJRQRAQQAhBgwBCyABKAI8QYCACGoiBSAQQQFrQf//AXFqLQAAIQcgBSAIaiEFQQAhBgNAIAUgBmotAAAgB0cNASAJIAZBAWoiBkcNAAsgCSEGCyAGQQAgBkECSyIHGyEGDAQLIAggBUHIxcEAEF0ACyAFQYKCAkHIxcEAEFoACyAFIQcLIAZBA0cNACAHQf8/Sw0BCyAZQRF2IAZBBklxIAcgCEZyIgUNAAJAAkACQAJAIAtFBEAgB0UNB0EAIAYgBRshBQJAIBlBgIAEcQ0AIAEtADQNACAFQYABSQ0FCyABKAI4IBQgBSAHECEMAQsgASgCOCIFIAYgC00NBRogASABKALggARBAWo2AuCABCABKALYgAQiC0GAgARPDQEgCyAUaiAVOgAAIAEgASgC2IAEQQFqNgLYgAQgASgC3IAEIgtBgIAETw0CIAsgFGoiCyALLQAAQQF2OgAAIAEgASgC5IAEQQFrIgs2AuSABCALRQRAIAFBCDYC5IAEIAEgASgC2IAEIgs2AtyABCABIAtBAWo2AtiABAsgBSAVQQF0aiIFIAUvAQBBAWo7AQAgBkGAAUkNAyABKAI4IBQgBiAHECELQQAhCyAGIQUMBgsgC0GAgARBtLHBABBbAAsgC0GAgARBxLHBABBbAAsgASgCPCAIakGAgAhqLQAAIRVBASEFIAYhCyAHIRIMAwsgC0UNASABKAI4CyAUIAsgEhAhIAtBAWshBUEAIQsMAQsgASgCPCAIakGAgAhqLQAAIQYgASABKALggARBAWo2AuCABAJAIAEoAtiABCIFQYCABEkEQCABKAI4IAUgFGogBjoAACABIAEoAtiABEEBajYC2IAEIAEoAtyABCIFQYCABE8NASAFIBRqIgUgBS0AAEEBdjoAACABIAEoAuSABEEBayIFNgLkgAQgBUUEQCABQQg2AuSABCABIAEoAtiABCIFNgLcgAQgASAFQQFqNgLYgAQLQQEhBSAGQQF0aiIGIAYvAQBBAWo7AQBBACELDAILDA0LDA0LIAUgCUsNASABQYCAAiABKAJUIAVqIgYgBkGAgAJPGzYCVEEAIQogBSAQaiEQIAkgBWshCSABKALYgAQiBkH4/wNNIAEoAuCABCIHQYD4AUsEfyAcLQAAQQhxQQN2IAZB8wBsQQd2IAdPcgUgCgtFcQ0AIAEgEDYCUCABIAk2AkwgASAENgIkIA1BGGogASANQSBqQQAQCEF/IA0oAhwgDSgCGBsiBUUNAAsgASALNgIUIAEgEjYCECABIBU6ADcgBUEASg0HIAEoAiQhCAwEC0HYxcEAQS9BiMbBABBpAAsgDUFAayANQSBqIAEQQSABIA0oAkA2AgAgACANKQNANwIAIABBCGogDUHIAGooAgA2AgAMBgsgAEEANgIIIABC/v///w83AgAgAUF+NgIADAULIAFB2ABqIRIgAUHQAGooAgAiB0H//wFxIQogASgCTCELAkACQAJAA0AgAyAITQRAIAtFDQYgAS0ANkUNBgsgAyAIayIEQYAgIAtrIgUgBCAFSRsiBgRAIAcgC2ohCSAIIQUgBiEEA0ACQAJAAkACQAJAAkBBgIACIAlB//8BcSIPayIIIAQgBCAISxsiDCAPaiIJQYOCAkkEQCAFIAxqIgggDEkNASADIAhJDQIgASgCPCAPakGAgAhqIAIgBWoiESAMEIkBGiAPQYECTw0GIAxBgQIgD2siECAMIBBJGyIQIA9BgIACciIOaiIPQYOCAk8NAyAFIBBqIg8gEEkNBCADIA9JDQUgASgCPCAOakGAgAhqIBEgEBCJARoMBgsgCUGCggJBmMbBABBaAAsgBSAIQajGwQAQXQALIAggA0GoxsEAEFoACyAPQYKCAkG4xsEAEFoACyAFIA9ByMbBABBdAAsgDyADQcjGwQAQWgALIAghBSAEIAxrIgQNAAsLIAFBgIACIAYgC2oiBGsiBSABKAJUIgYgBSAGSRs2AlQgAS0ANiAEQYAgT3JFBEAgBCELDAYLIARBBE8EQANAIAEoAjwiBSAFIApB//8BcWpBgIAIaigAACIMQf///wdxIgVBEXYgDEH/H3FzQQF0akGAgARqIgYvAQAhDyAGIAc7AQACQCAHIA9rIhBB//8DcSIRIAEoAlRLDQACfwJAAkACQAJAAn8CQAJAAkACQAJAIAUgASgCPCIFIA9B//8BcWoiDkGAgAhqKAAAQf///wdxRwRAIAEoAtiABCIFQYCABE8NGSAFIBJqIAw6AAAgASABKALYgARBAWo2AtiABCABKALcgAQiBUGAgARJDQgMGgsgBSAKaiEUQQAhBgJAAkACQANAIAYgCmoiCUEDaiILQXdLDQQgCUELaiAJQQtqIgVBgoICSw0OGiAGIA5qIhVBg4AIaikAACAGIBRqIhZBg4AIaikAAIUiJUIAUg0BIAlBE2pBgoICSw0NIBVBi4AIaikAACAWQYuACGopAACFIiVCAFINAiAGQRBqIgZBgAJHDQALQYICIQYgDyAHQf//A3FHDQIMCQsgCyEFCyAFIAprICV6p0EDdmoiBkEDSQ0HIAZBA0cNACARQf8/Sw0HCyABKALYgAQiBUGAgARPDRggBSASaiAGIAQgBCAGSxsiBkEDayILOgAAIAEgASgC2IAEQQFqIgU2AtiABCAFQYCABE8NGCAFIBJqIBBBAWsiBToAACABIAEoAtiABEEBaiIJNgLYgAQgCUGAgARPDQEgCSASaiAFQYD+A3FBCHYiCToAACABIAEoAtiABEEBajYC2IAEIAEoAtyABCIMQYCABE8NAiAMIBJqIgwgDC0AAEEBdjoAACABKALcgAQiDEGAgARPDQMgDCASaiIMIAwtAABBgAFyOgAAIAVB//8DcSIMQYAETwRAIAXBQQBODQUgCUGAAUHYxsEAEFsACyAMQdi4wQBqDAULIAlBA2ogCUELakGEscEAEF0ACyAJQYCABEG0scEAEFsACyAMQYCABEHEscEAEFsACyAMQYCABEHEscEAEFsACyAJQdjAwQBqCyEFIAEoAjggBS0AAEEBdGpBwARqIgUgBS8BAEEBajsBACALQYACSQRAIAtBAXRB9LHBAGovAQAiBUGgAkkNAyAFQaACQfjGwQAQWwALIAtBgAJB6MbBABBbAAsgASgC2IAEIgVBgIAETw0RIAUgEmogDDoAACABIAEoAtiABEEBajYC2IAEIAEoAtyABCIFQYCABEkNAAwSC0EBIQYgBSASaiIFIAUtAABBAXY6AAAgDEH/AXEhBQsgASgCOCAFQQF0aiIFIAUvAQBBAWo7AQAgASABKALkgARBAWsiBTYC5IAEAkAgBQRAIAEoAtiABCEFDAELIAFBCDYC5IAEIAEgASgC2IAEIgU2AtyABCABIAVBAWoiBTYC2IAECyABIAEoAuCABCAGajYC4IAEIAFBgIACIAEoAlQgBmoiCyALQYCAAk8bNgJUIAQgBmshBCAGIAdqIQcgBiAKakH//wFxIQogBUH5/wNJDQIgASAHNgJQIAEgBDYCTCANQRBqIAEgDUEgakEAEAggDSgCEEUEQCANKAIUIgRFBEAgASgCUCEHIAEoAkwhBAwECyABIAg2AiQgBEEATA0KDA0LIAFBfzYCACABIAg2AiQMCQsgCUETagtBgoICQYSxwQAQWgALIARBA0sNAAsLQQAhCyAERQ0AA0AgASgCPCAKakGAgAhqLQAAIQUgASABKALggARBAWo2AuCABCABKALYgAQiBkGAgARPDQIgBiASaiAFOgAAIAEgASgC2IAEQQFqNgLYgAQgASgC3IAEIgZBgIAETw0DIAYgEmoiBiAGLQAAQQF2OgAAIAEgASgC5IAEQQFrIgY2AuSABCAGRQRAIAFBCDYC5IAEIAEgASgC2IAEIgY2AtyABCABIAZBAWo2AtiABAsgASgCOCAFQQF0aiIFIAUvAQBBAWo7AQAgAUGAgAIgASgCVEEBaiIFIAVBgIACTxs2AlQgBEEBayEEIAdBAWohBwJAIAEoAtiABEH4/wNLBEAgASAHNgJQIAEgBDYCTCANQQhqIAEgDUEgakEAEAggDSgCCA0GIA0oAgwiBA0BIAEoAlAhByABKAJMIQQLIApBAWpB//8BcSEKIARFDQIMAQsLCyABIAg2AiQgBEEASg0GDAMLIAZBgIAEQbSxwQAQWwALIAZBgIAEQcSxwQAQWwALIAEgCDYCJCABQX82AgALIAAgCDYCBCAAIAEoAig2AgggACABKAIANgIADAMLIAEgBzYCUCABIAs2AkwgASAINgIkDAELIAEgEDYCUCABIAk2AkwgASAENgIkIAEgFToANyABIAs2AhQgASASNgIQCyABKAIkIQQCQCABQQlqLQAAQTBxRQ0AIAMgBE8EQCABIAEoAiAgAiAEEBI2AiAMAQsgBCADQajHwQAQWgALAkAgAS0ANiICRQ0AIAFBzABqKAIAIAMgBEdyDQAgASgCHA0AIA0gASANQSBqIAIQCAJAIA0oAgBFBEAgDSgCBEEASA0BIAEgAS0ANiICQQRGOgA1IAJBA0cNAiABKAI8QYCABGpBAEGAgAQQiwEaIAEoAjxBAEGAgAQQiwEaIAFB1ABqQQA2AgAMAgsgAUF/NgIAIABBfzYCACAAIAEpAiQ3AgQMAgsgACABKAIoNgIIIAAgASgCJDYCBCAAIAEoAgA2AgAMAQsgDUFAayANQSBqIAEQQSABIA0oAkA2AgAgACANKQNANwIAIABBCGogDUHIAGooAgA2AgALIA1B0ABqJAAPC0F/QYKCAkGUscEAEFsACyAFQYCABEG0scEAEFsACyAFQYCABEHEscEAEFsAC8UmAgl/AX4CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIABB9QFPBEAgAEHN/3tPDRQgAEELaiIAQXhxIQVB9ILCACgCACIIRQ0FQQAgBWshAgJ/QQAgBUGAAkkNABpBHyAFQf///wdLDQAaIAVBBiAAQQh2ZyIAa3ZBAXEgAEEBdGtBPmoLIgdBAnRB2P/BAGooAgAiAQ0BQQAhAAwCCwJAAkACQEHwgsIAKAIAIgFBECAAQQtqQXhxIABBC0kbIgVBA3YiAnYiAEEDcUUEQCAFQfiCwgAoAgBNDQggAA0BQfSCwgAoAgAiAEUNCCAAQQAgAGtxaEECdEHY/8EAaigCACIDKAIEQXhxIAVrIQEgAygCECIARQRAIANBFGooAgAhAAsgAARAA0AgACgCBEF4cSAFayIEIAFJIQIgBCABIAIbIQEgACADIAIbIQMgACgCECICBH8gAgUgAEEUaigCAAsiAA0ACwsgAygCGCEHIAMoAgwiACADRw0CIANBFEEQIANBFGoiACgCACIEG2ooAgAiAg0DQQAhAAwZCwJAIABBf3NBAXEgAmoiAEEDdCIDQfCAwgBqKAIAIgJBCGoiBigCACIEIANB6IDCAGoiA0cEQCAEIAM2AgwgAyAENgIIDAELQfCCwgAgAUF+IAB3cTYCAAsgAiAAQQN0IgBBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQgBg8LAkBBAiACQR9xIgJ0IgRBACAEa3IgACACdHEiAEEAIABrcWgiAkEDdCIDQfCAwgBqKAIAIgBBCGoiBigCACIEIANB6IDCAGoiA0cEQCAEIAM2AgwgAyAENgIIDAELQfCCwgAgAUF+IAJ3cTYCAAsgACAFQQNyNgIEIAAgBWoiAyACQQN0IgEgBWsiAkEBcjYCBCAAIAFqIAI2AgBB+ILCACgCACIERQ0YIARBeHFB6IDCAGohAEGAg8IAKAIAIQECf0HwgsIAKAIAIgVBASAEQQN2dCIEcQRAIAAoAggMAQtB8ILCACAEIAVyNgIAIAALIQQgACABNgIIIAQgATYCDCABIAA2AgwgASAENgIIDBgLIAMoAggiAiAANgIMIAAgAjYCCAwWCyAAIANBEGogBBshBANAIAQhBiACIgBBFGoiAiAAQRBqIAIoAgAiAhshBCAAQRRBECACG2ooAgAiAg0ACyAGQQA2AgAMFQtBACEAIAVBGSAHQQF2a0EfcUEAIAdBH0cbdCEEA0ACQCABKAIEQXhxIgYgBUkNACAGIAVrIgYgAk8NACABIQMgBiICDQBBACECIAEhAAwDCyABQRRqKAIAIgYgACAGIAEgBEEddkEEcWpBEGooAgAiAUcbIAAgBhshACAEQQF0IQQgAQ0ACwsgACADckUEQEEAIQMgCEECIAd0IgBBACAAa3JxIgBFDQMgAEEAIABrcWhBAnRB2P/BAGooAgAhAAsgAEUNAQsDQCAAIAMgACgCBEF4cSIBIAVPIAEgBWsiASACSXEiBBshAyABIAIgBBshAiAAKAIQIgEEfyABBSAAQRRqKAIACyIADQALCyADRQ0AIAVB+ILCACgCACIATSACIAAgBWtPcQ0AIAMoAhghByADKAIMIgAgA0cNASADQRRBECADQRRqIgAoAgAiBBtqKAIAIgENAkEAIQAMEAtB+ILCACgCACIBIAVPDQJB/ILCACgCACIAIAVLDQdBACECIAVBr4AEaiIAQRB2QAAiAUF/RiIEDQ4gAUEQdCIGRQ0OQYiDwgBBACAAQYCAfHEgBBsiBEGIg8IAKAIAaiIANgIAQYyDwgBBjIPCACgCACIBIAAgACABSRs2AgBBhIPCACgCACICRQ0DQdiAwgAhAANAIAAoAgAiASAAKAIEIgNqIAZGDQUgACgCCCIADQALDAULIAMoAggiASAANgIMIAAgATYCCAwOCyAAIANBEGogBBshBANAIAQhBiABIgBBFGoiASAAQRBqIAEoAgAiARshBCAAQRRBECABG2ooAgAiAQ0ACyAGQQA2AgAMDQtBgIPCACgCACEAAkAgASAFayICQQ9NBEBBgIPCAEEANgIAQfiCwgBBADYCACAAIAFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQtB+ILCACACNgIAQYCDwgAgACAFaiIENgIAIAQgAkEBcjYCBCAAIAFqIAI2AgAgACAFQQNyNgIECyAAQQhqDwtBlIPCACgCACIARSAAIAZLcg0FDAgLIAAoAgwgASACS3INACACIAZJDQELQZSDwgBBlIPCACgCACIAIAYgACAGSRs2AgAgBCAGaiEBQdiAwgAhAAJAAkADQCABIAAoAgBHBEAgACgCCCIADQEMAgsLIAAoAgxFDQELQdiAwgAhAANAAkAgAiAAKAIAIgFPBEAgASAAKAIEaiIDIAJLDQELIAAoAgghAAwBCwtBhIPCACAGNgIAQfyCwgAgBEEoayIANgIAIAYgAEEBcjYCBCAAIAZqQSg2AgRBkIPCAEGAgIABNgIAIAIgA0Ega0F4cUEIayIAIAAgAkEQakkbIgFBGzYCBEHYgMIAKQIAIQogAUEQakHggMIAKQIANwIAIAEgCjcCCEHcgMIAIAQ2AgBB2IDCACAGNgIAQeCAwgAgAUEIajYCAEHkgMIAQQA2AgAgAUEcaiEAA0AgAEEHNgIAIABBBGoiACADSQ0ACyABIAJGDQggASABKAIEQX5xNgIEIAIgASACayIAQQFyNgIEIAEgADYCACAAQYACTwRAIAIgABA8DAkLIABBeHFB6IDCAGohAQJ/QfCCwgAoAgAiBEEBIABBA3Z0IgBxBEAgASgCCAwBC0HwgsIAIAAgBHI2AgAgAQshACABIAI2AgggACACNgIMIAIgATYCDCACIAA2AggMCAsgACAGNgIAIAAgACgCBCAEajYCBCAGIAVBA3I2AgQgASAFIAZqIgdrIQVBhIPCACgCACABRwRAIAFBgIPCACgCAEYNAyABKAIEIgJBA3FBAUcNBQJAIAJBeHEiCUGAAk8EQCABKAIYIQgCQAJAIAEgASgCDCIARgRAIAFBFEEQIAFBFGoiACgCACIEG2ooAgAiAg0BQQAhAAwCCyABKAIIIgIgADYCDCAAIAI2AggMAQsgACABQRBqIAQbIQQDQCAEIQMgAiIAQRRqIgIgAEEQaiACKAIAIgIbIQQgAEEUQRAgAhtqKAIAIgINAAsgA0EANgIACwJAIAhFDQACQCABIAEoAhxBAnRB2P/BAGoiAigCAEcEQCAIQRBBFCAIKAIQIAFGG2ogADYCACAARQ0CDAELIAIgADYCACAADQBB9ILCAEH0gsIAKAIAQX4gASgCHHdxNgIADAMLIAAgCDYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsMAQsgAUEMaigCACIAIAFBCGooAgAiBEcEQCAEIAA2AgwgACAENgIIDAELQfCCwgBB8ILCACgCAEF+IAJBA3Z3cTYCAAsgBSAJaiEFIAEgCWoiASgCBCECDAULQYSDwgAgBzYCAEH8gsIAQfyCwgAoAgAgBWoiADYCACAHIABBAXI2AgQMBQsgACADIARqNgIEQYSDwgBBhIPCACgCACIAQQ9qQXhxIgFBCGs2AgBB/ILCAEH8gsIAKAIAIARqIgIgACABa2pBCGoiBDYCACABQQRrIARBAXI2AgAgACACakEoNgIEQZCDwgBBgICAATYCAAwGC0H8gsIAIAAgBWsiATYCAEGEg8IAQYSDwgAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQgAEEIaiECDAYLQYCDwgAgBzYCAEH4gsIAQfiCwgAoAgAgBWoiADYCACAHIABBAXI2AgQgACAHaiAANgIADAILQZSDwgAgBjYCAAwCCyABIAJBfnE2AgQgByAFQQFyNgIEIAUgB2ogBTYCACAFQYACTwRAIAcgBRA8DAELIAVBeHFB6IDCAGohAAJ/QfCCwgAoAgAiAUEBIAVBA3Z0IgJxBEAgACgCCAwBC0HwgsIAIAEgAnI2AgAgAAshASAAIAc2AgggASAHNgIMIAcgADYCDCAHIAE2AggLIAZBCGoPC0GYg8IAQf8fNgIAQdyAwgAgBDYCAEHYgMIAIAY2AgBB9IDCAEHogMIANgIAQfyAwgBB8IDCADYCAEHwgMIAQeiAwgA2AgBBhIHCAEH4gMIANgIAQfiAwgBB8IDCADYCAEGMgcIAQYCBwgA2AgBBgIHCAEH4gMIANgIAQZSBwgBBiIHCADYCAEGIgcIAQYCBwgA2AgBBnIHCAEGQgcIANgIAQZCBwgBBiIHCADYCAEGkgcIAQZiBwgA2AgBBmIHCAEGQgcIANgIAQayBwgBBoIHCADYCAEGggcIAQZiBwgA2AgBB5IDCAEEANgIAQbSBwgBBqIHCADYCAEGogcIAQaCBwgA2AgBBsIHCAEGogcIANgIAQbyBwgBBsIHCADYCAEG4gcIAQbCBwgA2AgBBxIHCAEG4gcIANgIAQcCBwgBBuIHCADYCAEHMgcIAQcCBwgA2AgBByIHCAEHAgcIANgIAQdSBwgBByIHCADYCAEHQgcIAQciBwgA2AgBB3IHCAEHQgcIANgIAQdiBwgBB0IHCADYCAEHkgcIAQdiBwgA2AgBB4IHCAEHYgcIANgIAQeyBwgBB4IHCADYCAEHogcIAQeCBwgA2AgBB9IHCAEHogcIANgIAQfyBwgBB8IHCADYCAEHwgcIAQeiBwgA2AgBBhILCAEH4gcIANgIAQfiBwgBB8IHCADYCAEGMgsIAQYCCwgA2AgBBgILCAEH4gcIANgIAQZSCwgBBiILCADYCAEGIgsIAQYCCwgA2AgBBnILCAEGQgsIANgIAQZCCwgBBiILCADYCAEGkgsIAQZiCwgA2AgBBmILCAEGQgsIANgIAQayCwgBBoILCADYCAEGggsIAQZiCwgA2AgBBtILCAEGogsIANgIAQaiCwgBBoILCADYCAEG8gsIAQbCCwgA2AgBBsILCAEGogsIANgIAQcSCwgBBuILCADYCAEG4gsIAQbCCwgA2AgBBzILCAEHAgsIANgIAQcCCwgBBuILCADYCAEHUgsIAQciCwgA2AgBByILCAEHAgsIANgIAQdyCwgBB0ILCADYCAEHQgsIAQciCwgA2AgBB5ILCAEHYgsIANgIAQdiCwgBB0ILCADYCAEHsgsIAQeCCwgA2AgBB4ILCAEHYgsIANgIAQYSDwgAgBjYCAEHogsIAQeCCwgA2AgBB/ILCACAEQShrIgA2AgAgBiAAQQFyNgIEIAAgBmpBKDYCBEGQg8IAQYCAgAE2AgALQQAhAkH8gsIAKAIAIgAgBU0NAEH8gsIAIAAgBWsiATYCAEGEg8IAQYSDwgAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQgAEEIag8LIAIPCwJAIAdFDQACQCADIAMoAhxBAnRB2P/BAGoiASgCAEcEQCAHQRBBFCAHKAIQIANGG2ogADYCACAARQ0CDAELIAEgADYCACAADQBB9ILCAEH0gsIAKAIAQX4gAygCHHdxNgIADAELIAAgBzYCGCADKAIQIgEEQCAAIAE2AhAgASAANgIYCyADQRRqKAIAIgFFDQAgAEEUaiABNgIAIAEgADYCGAsCQCACQRBPBEAgAyAFQQNyNgIEIAMgBWoiACACQQFyNgIEIAAgAmogAjYCACACQYACTwRAIAAgAhA8DAILIAJBeHFB6IDCAGohAQJ/QfCCwgAoAgAiBEEBIAJBA3Z0IgJxBEAgASgCCAwBC0HwgsIAIAIgBHI2AgAgAQshAiABIAA2AgggAiAANgIMIAAgATYCDCAAIAI2AggMAQsgAyACIAVqIgBBA3I2AgQgACADaiIAIAAoAgRBAXI2AgQLIANBCGoPCwJAIAdFDQACQCADIAMoAhxBAnRB2P/BAGoiAigCAEcEQCAHQRBBFCAHKAIQIANGG2ogADYCACAARQ0CDAELIAIgADYCACAADQBB9ILCAEH0gsIAKAIAQX4gAygCHHdxNgIADAELIAAgBzYCGCADKAIQIgIEQCAAIAI2AhAgAiAANgIYCyADQRRqKAIAIgJFDQAgAEEUaiACNgIAIAIgADYCGAsCQAJAIAFBEE8EQCADIAVBA3I2AgQgAyAFaiIEIAFBAXI2AgQgASAEaiABNgIAQfiCwgAoAgAiBkUNASAGQXhxQeiAwgBqIQBBgIPCACgCACECAn9B8ILCACgCACIFQQEgBkEDdnQiBnEEQCAAKAIIDAELQfCCwgAgBSAGcjYCACAACyEGIAAgAjYCCCAGIAI2AgwgAiAANgIMIAIgBjYCCAwBCyADIAEgBWoiAEEDcjYCBCAAIANqIgAgACgCBEEBcjYCBAwBC0GAg8IAIAQ2AgBB+ILCACABNgIACyADQQhqDwtBgIPCACADNgIAQfiCwgAgAjYCACAGC5IeAhx/AX4jAEEgayIIJAACQCADBEAgAUEoaiEOIAFBQGshFiABQegAaiEPIAFB9ABqIREgAUGAAWohEiABQd4AaiENIAFB3QBqIQsgAUHQAGohFyABQRhqIRggAUHgAGohCSABQd8AaiETIAFB4QBqIRkgAUHiAGohGiABQeMAaiEbIAFB5ABqIRwgAUHlAGohHSABQeYAaiEeIAFB5wBqIR8gAUHsAGohFANAIAggAzYCDCAIIAI2AggCfwJAAkACQAJAAkACQAJAAkACQAJAAkACQCABLQBcIgZBBkYEQANAAkAgASgCSCIGRQ0AA0AgASgCGCIHRQ0GIAEoAkAhBSAGIAEoAhwgASgCICIEa0sEQCAYIAQgBhBMIAEoAhghByABKAIgIQQLIAQgB2ogBSAGEIkBGiABIAQgBmo2AiAgASAFIAYQCyABKAJIIgQgBkkNBSABQQA2AkggBCAGayIERQ0BIAEoAkAiBSAFIAZqIAQQigEgASAENgJIIAQhBgwACwALIA4pAwAhICAIQRBqIA4gAiADIBZBABAQIAgoAhAiBUECRyAOKQMAICB9IiBC/////w+DQgBSckUgCC0AFCIEQQJHcQ0ACyAFQQJGDQRBoYPCAC0AABpBFhAFIgRFDQFBoYPCAC0AABogBEEOakGagcAAKQAANwAAIARBCGpBlIHAACkAADcAACAEQYyBwAApAAA3AABBDBAFIgVFDQEgBUKWgICA4AI3AgQgBSAENgIAQaGDwgAtAAAaQQwQBSIERQ0BIARBFDoACCAEQZCAwAA2AgQgBCAFNgIAQQMhBQwKCwNAAkACQAJAAkACQAJAAkACQAJAAkAgAQJ/AkACQAJAAkACQAJAIAZB/wFxQQFrDgYEDQUHCgEACyALLQAAIgZBCUsNAiAIKAIMIQQgCCgCCCEHA0ACQCANIAZB/wFxIgVqIQoCQEEKIAVrIgUgBCAEIAVLGyIFQQFGBEAgCiAHLQAAOgAAIAdBAWohByAEQQFrIQQMAQsgCiAHIAUQiQEaIAUgB2ohByAEIAVrIQQgBUUNASALLQAAIQYLIAsgBSAGaiIGOgAAIAZB/wFxQQpJDQEMAwsLIAggBDYCDCAIIAc2AggMDQsgAyAIKAIMayEEIAxBgH5xQQRyIQUMFAsgCCAENgIMIAggBzYCCAsCQAJAAkACQAJAIAEtAF5BH0cNACABLQBfQYsBRw0AIAktAABBCEcNASABIAEtAGEiBToAlAEgBUEgTw0CIAEgASgBYjYCjAEgASABLQBnOgCQAUEAIQQgBUECcQRAQaGDwgAtAAAaQRgQBSIERQ0UIARBADYCCCAEQQo2AhAgBEIKNwMAIAQgAS0AXkH/AXNBAnRBhJ7AAGooAgBB////B3MiBSATLQAAc0H/AXFBAnRBhJ7AAGooAgAgBUEIdnMiBSAJLQAAc0H/AXFBAnRBhJ7AAGooAgAgBUEIdnMiBSAZLQAAc0H/AXFBAnRBhJ7AAGooAgAgBUEIdnMiBSAaLQAAc0H/AXFBAnRBhJ7AAGooAgAgBUEIdnMiBSAbLQAAc0H/AXFBAnRBhJ7AAGooAgAgBUEIdnMiBSAcLQAAc0H/AXFBAnRBhJ7AAGooAgAgBUEIdnMiBSAdLQAAc0H/AXFBAnRBhJ7AAGooAgAgBUEIdnMiBSAeLQAAc0H/AXFBAnRBhJ7AAGooAgAgBUEIdnMiBSAfLQAAc0H/AXFBAnRBhJ7AAGooAgAgBUEIdnNBf3M2AggLIAkoAgAhBSABLQBcQQFrDgUDAwMDAwQLQaGDwgAtAAAaQRMQBSIERQ0SQaGDwgAtAAAaIARBD2pBz57BACgAADYAACAEQQhqQciewQApAAA3AAAgBEHAnsEAKQAANwAAQQwQBSIFRQ0SIAVCk4CAgLACNwIEDAsLQaGDwgAtAAAaQRMQBSIERQ0RQaGDwgAtAAAaIARBD2pBz57BACgAADYAACAEQQhqQciewQApAAA3AAAgBEHAnsEAKQAANwAAQQwQBSIFRQ0RIAVCk4CAgLACNwIEDAoLQaGDwgAtAAAaQRMQBSIERQ0QQaGDwgAtAAAaIARBD2pBz57BACgAADYAACAEQQhqQciewQApAAA3AAAgBEHAnsEAKQAANwAAQQwQBSIFRQ0QIAVCk4CAgLACNwIEDAkLIAVFDQAgBRAMC0EBIQYgAUEBNgJcIAkgBDYCAAwNC0EDIAEtAJQBQQRxRQ0BGiALLQAAIgZBAU0EQCAIKAIMIQQgCCgCCCEHAkADQAJAIA0gBkH/AXEiBWohCgJAQQIgBWsiBSAEIAQgBUsbIgVBAUYEQCAKIActAAA6AAAgB0EBaiEHIARBAWshBAwBCyAKIAcgBRCJARogBSAHaiEHIAQgBWshBCAFRQ0BIAstAAAhBgsgCyAFIAZqIgY6AAAgBkH/AXFBAkkNAQwCCwsgCCAENgIMIAggBzYCCAwLCyAIIAQ2AgwgCCAHNgIICyAJKAIAIgQEQCAEIAQoAhBBAmo2AhAgBCAEKQMAQgJ8NwMAIAQgBCgCCEF/cyIEIAEtAF5zQf8BcUECdEGEnsAAaigCACAEQQh2cyIEIBMtAABzQf8BcUECdEGEnsAAaigCACAEQQh2c0F/czYCCAsCQCABLwFeIgRFBEBBASEGDAELIAQQBSIGRQ0OIAZBBGstAABBA3FFDQAgBkEAIAQQiwEaCwJAIA8oAgAiBUUNACAUKAIARQ0AIAUQDAsgASAENgJwIAEgBjYCaCABQQA7AV5BAiEGIAFBAjoAXCAUIAQ2AgAMDAsCQCABLQCUAUEIcUUNACARKAIARQRAIAFBADYCfCABQgE3AnQLIAhBEGogCEEIaiAREDUgCC0AECIGQQRHDQQgCSgCACIERQ0AIAQgASgCdCABKAJ8EAsgCSgCACIEIAQoAhBBAWo2AhAgBCAEKQMAQgF8NwMAIAQgBCgCCEF/cyIEQf8BcUECdEGEnsAAaigCACAEQQh2c0F/czYCCAtBBAsiBjoAXAwBCwJAIAEtAJQBQRBxRQ0AIBIoAgBFBEAgAUEANgKIASABQgE3A4ABCyAIQRBqIAhBCGogEhA1IAgtABAiBkEERw0CIAkoAgAiBEUNACAEIAEoAoABIAEoAogBEAsgCSgCACIEIAQoAhBBAWo2AhAgBCAEKQMAQgF8NwMAIAQgBCgCCEF/cyIEQf8BcUECdEGEnsAAaigCACAEQQh2c0F/czYCCAtBBSEGIAFBBTYCXAsgCSAJKAIANgIADAgLIAgoAhQhBCAILwESQRB0IAgtABEiB0EIdHIgBnIhBQJAAkAgBkEBaw4DAQAEDgsgBC0ACCEHCyAHQf8BcUElRg0EDAwLAkACQCAJKAIAIgRFDQAgCy0AACIGQQFNBEAgCCgCDCEEIAgoAgghBwJAA0ACQCANIAZB/wFxIgVqIQoCQEECIAVrIgUgBCAEIAVLGyIFQQFGBEAgCiAHLQAAOgAAIAdBAWohByAEQQFrIQQMAQsgCiAHIAUQiQEaIAUgB2ohByAEIAVrIQQgBUUNASALLQAAIQYLIAsgBSAGaiIGOgAAIAZB/wFxQQJJDQEMAgsLIAggBDYCDCAIIAc2AggMBwsgCCAENgIMIAggBzYCCCAJKAIAIQQLIAEvAV4gBC8BCEcNASABLQBcQQFrQf8BcUEESw0AIAQQDAtBBiEGIAFBBjoAXCALIAgpABA3AAAgC0EHaiAIQRdqKAAANgAADAcLQaGDwgAtAAAaQTUQBSIERQ0HQaGDwgAtAAAaIARBLWpBgJ/BACkAADcAACAEQShqQfuewQApAAA3AAAgBEEgakHznsEAKQAANwAAIARBGGpB657BACkAADcAACAEQRBqQeOewQApAAA3AAAgBEEIakHbnsEAKQAANwAAIARB057BACkAADcAAEEMEAUiBUUNByAFQrWAgIDQBjcCBAsgBSAENgIAQaGDwgAtAAAaQQwQBSIERQ0GIAQgBTYCACAEQRQ6AAggBEGUnsEANgIEQQMhBQsgBC0ACEElRw0JIAQoAgAiBSAEQQRqKAIAIgYoAgARAwAgBkEEaigCAARAIAUQDAsgDEGAfnFBBHIhBSAEEAwgAyEEDAkLIA8oAgAiBEUNDCAPQQAgBBsiECgCCCIKIA0vAQAiBU0NAiAIKAIMIQYgCCgCCCEHA0ACQCAQKAIAIAVqIRUCQCAKIAVrIgQgBiAEIAZJGyIEQQFGBEAgBSAKRwRAIBUgBy0AADoAACAHQQFqIQcgBkEBayEGDAILQQBBAEHwqcEAEFsACyAVIAcgBBCJARogBCAHaiEHIAYgBGshBiAERQ0BCyANIA0vAQAgBGoiBDsBACAQKAIIIgogBEH//wNxIgVLDQEMAwsLIAggBjYCDCAIIAc2AggLIAxBgH5xQQRyIQUgAyEEDAcLIAggBjYCDCAIIAc2AggLIAkoAgAiBAR/IAQgECgCACAKEAsgCSgCAAVBAAshBEEDIQYgAUEDOgBcIAkgBDYCAAwACwALAAsgBiAEQaynwQAQWgALQZT1wQBBK0GkgcAAEGkACwJAIARBAkcgAyAgpyIETXJFBEAgASgCWCIGQQhJDQELIAxBgH5xQQRyIQUMAQsgAyAEayIFQQggBmsiByAFIAdJGyIFIARqIgcgBUkNASADIAdJDQIgBSABKAJUIAZrSwRAIBcgBiAFEEwgASgCWCEGCyABKAJQIAZqIAIgBGogBRCJARogASAFIAZqNgJYIAxBgH5xQQRyIQUgByEECwJAAn8CQAJAIAVB/wFxQQFrDgQAAQgDCQsgBUEIdgwBCyAELQAICyEGIAUgBkH/AXFBI0YNCBoMBgsgBARAIAMgBEkNAyACIARqIQIgAyAEayEDDAcLIABB3KjBADYCBCAAQQI6AAAMCgsgBCAHQaykwQAQXQALIAcgA0GspMEAEFoACyAEIANBsKjBABBcAAtBlPXBAEErQfSqwQAQaQALIAQtAAhBI0cNACAEKAIAIgwgBEEEaigCACIGKAIAEQMAIAZBBGooAgAEQCAMEAwLIAQQDAwBCyAAIAQ2AgQgACAFNgIADAQLIAULIQwgAw0ACwsgAEEEOgAACyAIQSBqJAAL8RoBDX8jAEGQLGsiCiQAIApBCGpBAEGEARCLARogCkGMAWpBAEGEARCLARoCQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQCAERQRAIApBkAJqQQBBgAkQiwEaIApBkAtqQQBBgAkQiwEaIAAgAUHABGxqIQVBACEEA0AgBEGgAkYNBCAFLwEAIgkEQCAOQZ8CSw0EIApBkAJqIA5BAnRqIgYgBDsBAiAGIAk7AQAgDkEBaiEOCyAFQQJqIQUgAiAEQQFqIgRHDQALIA5BoQJPDQVBACEEIApBkBRqQQBBgBAQiwEaIApBkAJqIA5BAnRqIQwgDgRAIApBkAJqIQUgDkEBcQRAIApBkBRqIAovAZACIglB/wFxQQJ0aiIGIAYoAgBBAWo2AgAgCUEGdkH8B3EgCmpBkBxqIgYgBigCAEEBajYCACAKQZACakEEciEFCyAOQQFrQf////8DcQRAIApBkBxqIQcDQCAKQZAUaiIIIAUvAQAiCUH/AXFBAnRqIgYgBigCAEEBajYCACAHIAlBBnZB/AdxaiIGIAYoAgBBAWo2AgAgBUEEai8BACIJQf8BcUECdCAIaiIGIAYoAgBBAWo2AgAgByAJQQZ2QfwHcWoiBiAGKAIAQQFqNgIAIAVBCGoiBSAMRw0ACwsgCigCkBwhDSAOIQgLIApBkCRqQQBBgAgQiwEaA0AgCkGQJGogBGoiByALNgIAIAdBBGogCkGQFGogBGoiCSgCACALaiIGNgIAIAdBCGogCUEEaigCACAGaiIGNgIAIAdBDGogCUEIaigCACAGaiIGNgIAIAlBDGooAgAgBmohCyAEQRBqIgRBgAhHDQALIA4EQCAKQZACaiEFA0AgCkGQJGogBS8BACIJQf8BcUECdGoiBigCACIEIAhPDQYgBiAEQQFqNgIAIApBkAtqIARBAnRqIgQgBUECai8BADsBAiAEIAk7AQAgBUEEaiIFIAxHDQALCyAKQZALaiEJIAggDUcEQEEAIQQgCkGQJGpBAEGACBCLARpBACELA0AgCkGQJGogBGoiByALNgIAIAdBBGogCkGQFGogBGoiCUGACGooAgAgC2oiBjYCACAHQQhqIAlBhAhqKAIAIAZqIgY2AgAgB0EMaiAJQYgIaigCACAGaiIGNgIAIAlBjAhqKAIAIAZqIQsgBEEQaiIEQYAIRw0ACyAOBEAgCkGQC2oiBSAIQQJ0aiEHA0AgCkGQJGogBS8BACIJQQZ2QfwHcWoiBigCACIEIAhPDQcgBiAEQQFqNgIAIApBkAJqIARBAnRqIgQgBUECai8BADsBAiAEIAk7AQAgBUEEaiIFIAdHDQALCyAKQZACaiEJCyAIDgIKBwELIAJFDQ8gACABQaACbGpBgBtqIQQgAiEFA0AgBC0AACIGQSBLDQYgCkEIaiAGQQJ0aiIGIAYoAgBBAWo2AgAgBEEBaiEEIAVBAWsiBQ0ACwwPCyAJIAkvAQAgCS8BBGo7AQAgCEEBayIEQQJJDQYgCUEEaiEHQQAhBUECIQ1BAiEMA0AgDUEBayELAkACQAJAAkACQCAIIAxLBEAgBSAITw0CIAkgDEECdGovAQAiBiAJIAVBAnRqLwEATQ0BCyAFIAhPDQIgCCALTQ0DIAcgCSAFQQJ0aiIGLwEAOwEAIAYgCzsBACAFQQFqIQUMBAsgCCALSwRAIAcgBjsBACAMQQFqIQwMBAsgDUEBayAIQcitwQAQWwALIAUgCEGYrcEAEFsACyAFIAhBqK3BABBbAAsgDUEBayAIQbitwQAQWwALAkACQAJAAkACQAJAIAggDE0NACAFIAtJBEAgBSAITw0CIAkgBUECdGovAQAgCSAMQQJ0ai8BAEkNAQsgCCALSw0EIA1BAWsgCEGIrsEAEFsACyAIIAtNDQEgBSAITw0CIAcgCSAFQQJ0aiIGLwEAIAcvAQBqOwEAIAYgCzsBACAFQQFqIQUMBAsgBSAIQditwQAQWwALIA1BAWsgCEHorcEAEFsACyAFIAhB+K3BABBbAAsgByAJIAxBAnRqLwEAIAcvAQBqOwEAIAxBAWohDAsgB0EEaiEHIAggDUEBaiINRw0ACyAJIAhBAmsiBkECdGpBADsBAEEAIAZFDQcaAkAgCEEDTwRAIAkgCEECdGpBDGshBSAGIQcDQCAIIAUvAQAiC00NAiAFIAkgC0ECdGovAQBBAWo7AQAgBUEEayEFIAdBAWsiBw0ACyAGDAkLIAhBA2sgCEGYrsEAEFsACyALIAhBqK7BABBbAAsgDkGgAkGIr8EAEFsAC0GgAkGgAkH4rsEAEFsACyAEIAhBiK3BABBbAAsgDkGgAkGYr8EAEFoACyAGQSFB6K7BABBbAAsgCUEBOwEADAILIAhBAnQgCWpBCGtBADsBAEEACyENQQAhDEEBIQsDQAJAIA1BAEgEQEEAIQcMAQsgCCANTQ0DIA1BAWogCSANQQJ0aiEFQQAhBwNAIAUvAQAgDEH//wNxRw0BIAVBBGshBSAHQQFqIQcgDUEBayINQX9HDQALIQdBfyENCwJAIAcgC0gEQCAJIARBAnRqIQUDQCAEIAhPDQIgBSAMOwEAIAVBBGshBSAEQQFrIQQgC0EBayILIAdKDQALCyAMQQFqIQwgB0EBdCILQQBKDQEMAgsLIAQgCEHIrsEAEFsACyAOBEAgCEECdCEFIAkhBANAIAQvAQAiBkEhTw0EIApBCGogBkECdGoiBiAGKAIAQQFqNgIAIARBBGohBCAFQQRrIgUNAAsLIANBAWohBgJAIAhBAkkNAEEgIANrIgRBA3EhBwJAIANBHWtBA0kEQEEAIQUgBiELDAELIARBfHEhDCADQQJ0IApqQRhqIQRBACEFIAYhCwNAIAQoAgAgBEEEaygCACAEQQhrKAIAIARBDGsoAgAgBWpqamohBSAEQRBqIQQgC0EEaiELIAxBBGsiDA0ACwsgBwRAIApBCGogC0ECdGohBANAIAQoAgAgBWohBSAEQQRqIQQgB0EBayIHDQALCyADQQJ0IgQgCkEIamoiDSANKAIAIAVqNgIAIANBA3EhBwJ/IANBAWtBA0kEQEEAIQxBACEEIAYMAQsgA0F8cSELIAQgCmpBBGshBUEAIQxBACEEA0AgBUEMaigCACAEdCAMaiAFQQhqKAIAIARBAWp0aiAFQQRqKAIAIARBAmp0aiAFKAIAIARBA2p0aiEMIAVBEGshBSAEQQRqIgQgC0cNAAsgBiAEawshBSAHBEAgBUECdCAKakEEaiEFA0AgBSgCACAEdCAMaiEMIAVBBGshBSAEQQFqIQQgB0EBayIHDQALC0EBIAN0Ig4gDE8NACADQQJ0IApqQQRqIQcDQCANIA0oAgBBAWs2AgAgDkEBaiEOIAchBSADIQQCQANAIARBAkkNASAEQQFrIQQgBSgCACELIAVBBGshBSALRQ0ACyAFQQRqIAtBAWs2AgAgBEEBakEhTw0EIAVBCGoiBCAEKAIAQQJqNgIACyAMIA5HDQALCyAAIAFBoAJsaiIRQYAbakEAQaACEIsBGiAAIAFBwARsakHADWpBAEHABBCLARogCUECaiEMQQEhDUEAIQVBACEOIAghCQNAIAkhBAJ/IBAEQCAGRSAOQSFGcg0IIAUhByAGQQFrDAELIAYgDU1BhAEgDkECdGtBAnYgDU1yDQcgBSANaiEHIA0gDmohDiAGIA1Bf3NqCyEGIAQgCkEIaiAOQQJ0aigCACIPayEJIAQgD0kNBCAEIAhLDQUgDkEBaiEOIAdBAWohBUEAIQ1BASEQIA9FDQAgDCAEQQJ0aiELQQAgD0ECdGshBANAIAQgC2ovAQAiD0GfAk0EQCAPIBFqQYAbaiAHOgAAIARBBGoiBA0BDAILCwsgD0GgAkHIr8EAEFsACyANIAhBuK7BABBbAAtBIUEhQdiuwQAQWwALIAZBIUGor8EAEFsACyAJIARBuK/BABBdAAsgBCAIQbivwQAQWgALQQAhBSAKQQA2ApABQQIhBAJAAkACQANAIARBAWshBiAEQSJPDQEgBEEhRg0CIApBjAFqIARBAnRqIApBCGogBkECdGooAgAgBWpBAXQiBTYCACADIARLBEAgBCADIARLaiIEIANNDQELCwJAIAJFDQAgACABQaACbGpBgBtqIQYgACABQcAEbGpBwA1qIQhBACEDA0AgA0GgAkYNASADIAZqLQAAIgEEQCABQSFPDQUgCkGMAWogAUECdGoiACAAKAIAIgRBAWo2AgBBACEFIAFBBE8EQCABQfwBcSEAQQAhBwNAIARBA3ZBAXEgBEECdkEBcSAEQQJxIARBAnRBBHEgBUEDdHJyckEBdHIhBSAEQQR2IQQgB0EEaiIHQf8BcSAARw0ACwsgAUEDcSIABEBBACEHA0AgBEEBcSAFQQF0ciEFIARBAXYhBCAHQQFqIgdB/wFxIABHDQALCyAIIAU7AQALIAhBAmohCCADQQFqIQMgAkEBayICDQALCyAKQZAsaiQADwsgBkEhQdivwQAQWwALQSFBIUHor8EAEFsACyABQSFB+K/BABBbAAv8FwENfyMAQSBrIgUkACABKAIEIQpBASEGAkACQAJAAkACQAJAAkACQCACKAIAIg9FDQAgAkEIaigCACIIIAEoAigiBGtBzJkFSQ0AIARBvJkFaiEHIARBw+Z6Sw0BIAcgCEsNAiACKAIEIARqIQpBACEGCyAFIAY6ABwgBUK8mQU3AgwgBSAKNgIIIAFBCmotAABBCHEEQCABQdQAaigCACABQdAAaigCACABQcgAaigCAGtPIQ0LIAEoAhwNBCABKAIwIQYgASgCLCEHIAFCADcCGCABQdgAaiEMAkAgAUHkgARqKAIAIghBCEYEQCABKALcgAQiBEGAgARPDQQgBCAMakEAOgAAIAFB2IAEaiIEIAQoAgBBAWs2AgAMAQsgASgC3IAEIgRBgIAETw0EIAQgDGoiBCAELQAAIAhBB3F2OgAAC0EAIQQgASgCCCIIQYAgcUUNBiABKAIMDQYgCEH/H3EiBEEBS0EDQQIgBEH/BUsbIAhBgIABcRtBBnQiDkGA8AFyQR9wIRBB+AAgBnQgB3IhCQJAAkAgBkF3TQRAQQAhCEEEIQQMAQsgBkEIaiEGQQAhBEG8mQUhC0G8mQUhCAwBCwJAAkACQAJAAkADQAJAIAQgCmoiC0EEayAJOgAAIAlBCHYhByAGQQdNDQAgC0EDayAHOgAAIAlBEHYhByAGQQhrQQhJDQMgC0ECayAHOgAAIAlBGHYhByAGQRBrQQhJDQQgC0EBayAHOgAAIAZBGGtBCEkNBSAIQQRqIQggBkEgayEGQQAhCSAEQQRqIgRBwJkFRw0BDAILCyAIQQFyIQQMBAtBvJkFQbyZBUHorMEAEFsACyAIQQJyIQQgBkEIayEGDAILIAhBA3IhBCAGQRBrIQYMAQsgBkEYayEGQQAhBwsgBCAFKAIMIgggBCAISxshCyAEIAhPDQYgBSgCCCEKIAchCQsgCSAOIBByQR9zIAZ0ciEHA0ACQCAEIApqIAc6AAAgB0EIdiEHIAZBB00NACAGQQhrIQYgBEEBaiIEIAtHDQEMBwsLIAUgBEEBaiIENgIQDAYLIAQgB0GYrMEAEF0ACyAHIAhBmKzBABBaAAsgBEGAgARBxLHBABBbAAsgBEGAgARBxLHBABBbAAtBiMPBAEEvQbjDwQAQaQALIAsgCEHorMEAEFsACyAFIANB/wFxQQRGIAZ0IAdyIgc2AhQCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAZBAWoiCkEITwRAIAQgBSgCDCIIIAQgCEsbIQkgBCAITw0BIAUoAgghCyAGQQdrIQoDQAJAIAQgC2ogBzoAACAHQQh2IQcgCkEHTQ0AIApBCGshCiAEQQFqIgQgCUcNAQwDCwsgBSAHNgIUIAUgBEEBaiIENgIQCyAFIAo2AhggBS0AHCEJAkACQAJAAn8gDQRAIAFB4IAEaigCACELQQEhDiAEDAELIAEoAjggBUEIaiAMIAEoAghBgIAQcUESdiABQeCABGooAgAiC0EwSXIQA0H/AXEiCEECRg0BIAhFIQ4gBSgCEAshCEEAIQYgC0EhSSAIIARrQQFqIAtJcgR/IAYFIAFB1ABqKAIAIAFB0ABqKAIAIAFByABqKAIAa08LIA1yDQEgDkUNAiAFIAk6ABwgBSAKNgIYIAUgBzYCFCAFIAQ2AhAgASgCOCAFQQhqIAxBARADQf8BcUECRw0CC0EBIQYMDwsgBSAJOgAcIAUgBDYCECAFIAc2AhQCQCAKQQZPBEAgBCAFKAIMIghPDQQgBSgCCCAEaiAHOgAAIAUgB0EIdiIHNgIUIAUgBEEBaiIENgIQIApBBkYNAQsgBCAFKAIMIghPDQQgBSgCCCAEaiAHOgAAIAdBCHYhByAEQQFqIQQLIAQgBSgCDCIIIAQgCEsbIQkgBCAITw0JIAUoAggiBiAEaiALQf//A3EiCiAHciIMOgAAIARBAWoiDSAJRg0JIAYgDWogDEEIdjoAACAEQQJqIgggBSgCDCIJIAggCUsbIQYgCCAJTw0EIAggBSgCCCIIaiAKQf//A3MiCiAHQRB2cjoAACAEQQNqIgcgBkYNBCAHIAhqIApBCHY6AAAgBUIANwIUIAUgBEEEaiIGNgIQIAtFDQAgBiAFKAIMIghPDQUgBSgCCCIJIAZqIAEoAjwiCiABQcgAaigCACIMQf//AXFqQYCACGotAAA6AAAgBUIANwIUIAUgBEEFaiIGNgIQIAtBAUYNACALQQFrIQcgDEEBaiEEA0AgBiAITw0GIAYgCWogCiAEQf//AXFqQYCACGotAAA6AAAgBUIANwIUIAUgBkEBaiIGNgIQIARBAWohBCAHQQFrIgcNAAsLIANB/wFxIgNFBEAgBSgCGCEEDA0LIANBBEcEQCAFKAIYIgdBA2oiBkEITwRAIAUoAhAiBCAFKAIMIgMgAyAESRshCCADIARNDQcgBSgCCCEJIAdBBWshBiAFKAIUIQcDQAJAIAQgCWogBzoAACAHQQh2IQcgBkEHTQ0AIAZBCGshBiAEQQFqIgQgCEcNAQwJCwsgBSAHNgIUIAUgBEEBajYCEAsCQCAGRQRAIAUoAhAhBiAFKAIUIQcMAQsgBSgCECIDIAUoAgwiBE8NCCAFKAIIIANqIAUoAhQiBDoAACAFIARBCHYiBzYCFCAFIANBAWoiBjYCEAsgBiAFKAIMIgMgAyAGSRshBCADIAZNDQogBSgCCCIIIAZqIAc6AAAgBkEBaiIJIARGDQogCCAJaiAHQQh2OgAAIAZBAmoiAyAFKAIMIgQgAyAESxshByADIARJBEAgAyAFKAIIIgNqQf8BOgAAIAZBA2oiCCAHRw0NCyAHIARB6KzBABBbAAsgBSgCGARAIAUoAhAiAyAFKAIMIgRPDQggBSgCCCADaiAFKAIUIgQ6AAAgBUEANgIYIAUgBEEIdjYCFCAFIANBAWo2AhALQQAhBCABQQlqLQAAQRBxRQ0MIAUoAhAiByAFKAIMIgNPBEAgByADIAMgB0kbIQYMCwsgBSgCCCIIIAdqIAUoAhQiCSABKAIgIgZBGHZyOgAAIAMgB0EBaiIKTQRAIAogAyADIApJGyEGDAsLIAggCmogBkEQdiAJQQh2cjoAACADIAdBAmoiCk0EQCAKIAMgAyAKSRshBgwLCyAIIApqIAZBCHYgCUEQdnI6AAAgAyAHQQNqIgpNBEAgCiADIAMgCkkbIQYMCwsgCCAKaiAGIAlBGHZyOgAAIAVCADcCFCAFIAdBBGo2AhAMDAsgCSAIQeiswQAQWwALIAQgCEHorMEAEFsACyAEIAhB6KzBABBbAAsgBiAJQeiswQAQWwALIAYgCEHorMEAEFsACyAIIANB6KzBABBbAAsgAyAEQeiswQAQWwALIAMgBEHorMEAEFsACyAJIAhB6KzBABBbAAsgBCADQeiswQAQWwALIAYgA0HorMEAEFsACyADIAhqQf8BOgAAIAVCADcCFCAFIAZBBGo2AhBBACEEC0EAIQYgASgCOEEAQYAFEIsBGiABQdiABGpCATcCACABQoCAgICAATcC4IAEIAEgBDYCMCABIAUoAhQ2AiwgAUHIAGoiAyADKAIAIAtqNgIAIAEgASgCDEEBajYCDCAFKAIQIgNFBEAgASgCHCEEDAELIAUtABwhBCACKAIUIgcEQCAHIAEoAiQ2AgALAkACQAJAAkACQCAPRQRAIANBzZkFTw0BIAJBBGooAgAgASgCBCADIAJBCGooAgAoAhARAQANBUF/IQQgAUF/NgIADAYLIAEoAighByAERQRAIAEgAyAHajYCKAwFCyADIAJBCGooAgAiCSAHayIGIAMgBkkbIgQgB2oiCCAESQ0BIAggCUsNAiAEQc2ZBU8NAyACQQRqKAIAIAdqIAEoAgQgBBCJARogASAINgIoIAMgBk0NBCABIAQ2AhggASADIARrNgIcDAQLIANBzJkFQeirwQAQWgALIAcgCEH4q8EAEF0ACyAIIAlB+KvBABBaAAsgBEHMmQVBiKzBABBaAAsgASgCHCEEQQAhBgsgACAENgIEIAAgBjYCACAFQSBqJAAL8QwBC38CQAJAIAAoAgAiCyAAKAIIIgNyBEACQCADRQ0AIAEgAmohBSAAQQxqKAIAQQFqIQggASEEA0ACQCAEIQMgCEEBayIIRQ0AIAMgBUYNAgJ/IAMsAAAiB0EATgRAIAdB/wFxIQcgA0EBagwBCyADLQABQT9xIQkgB0EfcSEEIAdBX00EQCAEQQZ0IAlyIQcgA0ECagwBCyADLQACQT9xIAlBBnRyIQkgB0FwSQRAIAkgBEEMdHIhByADQQNqDAELIARBEnRBgIDwAHEgAy0AA0E/cSAJQQZ0cnIiB0GAgMQARg0DIANBBGoLIgQgBiADa2ohBiAHQYCAxABHDQEMAgsLIAMgBUYNACADLAAAIgRBAE4gBEFgSXIgBEFwSXJFBEAgBEH/AXFBEnRBgIDwAHEgAy0AA0E/cSADLQACQT9xQQZ0IAMtAAFBP3FBDHRycnJBgIDEAEYNAQsCQAJAIAZFDQAgAiAGTQRAQQAhAyACIAZGDQEMAgtBACEDIAEgBmosAABBQEgNAQsgASEDCyAGIAIgAxshAiADIAEgAxshAQsgC0UNAiAAKAIEIQsCQAJAIAJBEE8EQCACIAFBA2pBfHEiByABayIEayIKQQNxIQlBACEFQQAhAwJAIAEgB0YNACAEQQNxIQYgByABQX9zakEDTwRAQQAhCANAIAMgASAIaiIELAAAQb9/SmogBEEBaiwAAEG/f0pqIARBAmosAABBv39KaiAEQQNqLAAAQb9/SmohAyAIQQRqIggNAAsLIAZFDQAgASEEA0AgAyAELAAAQb9/SmohAyAEQQFqIQQgBkEBayIGDQALCwJAIAlFDQAgByAKQXxxaiIELAAAQb9/SiEFIAlBAUYNACAFIAQsAAFBv39KaiEFIAlBAkYNACAFIAQsAAJBv39KaiEFCyAKQQJ2IQYgAyAFaiEFA0AgByEIIAZFDQNBwAEgBiAGQcABTxsiB0EDcSEJIAdBAnQhDAJAIAdB/AFxIgpFBEBBACEEDAELIAggCkECdGohDUEAIQQgCCEDA0AgA0UNASAEIAMoAgAiBEF/c0EHdiAEQQZ2ckGBgoQIcWogA0EEaigCACIEQX9zQQd2IARBBnZyQYGChAhxaiADQQhqKAIAIgRBf3NBB3YgBEEGdnJBgYKECHFqIANBDGooAgAiBEF/c0EHdiAEQQZ2ckGBgoQIcWohBCADQRBqIgMgDUcNAAsLIAYgB2shBiAIIAxqIQcgBEEIdkH/gfwHcSAEQf+B/AdxakGBgARsQRB2IAVqIQUgCUUNAAsgCEUEQEEAIQMMAgsgCCAKQQJ0aiIEKAIAIgNBf3NBB3YgA0EGdnJBgYKECHEhAyAJQQFGDQEgAyAEKAIEIgNBf3NBB3YgA0EGdnJBgYKECHFqIQMgCUECRg0BIAMgBCgCCCIDQX9zQQd2IANBBnZyQYGChAhxaiEDDAELIAJFBEBBACEFDAILIAJBA3EhBAJ/IAJBBEkEQEEAIQUgAQwBCyABLAAAQb9/SiABLAABQb9/SmogASwAAkG/f0pqIAEsAANBv39KaiEFIAFBBGogAkF8cSIDQQRGDQAaIAUgASwABEG/f0pqIAEsAAVBv39KaiABLAAGQb9/SmogASwAB0G/f0pqIQUgAUEIaiADQQhGDQAaIAUgASwACEG/f0pqIAEsAAlBv39KaiABLAAKQb9/SmogASwAC0G/f0pqIQUgAUEMagshAyAERQ0BA0AgBSADLAAAQb9/SmohBSADQQFqIQMgBEEBayIEDQALDAELIANBCHZB/4EccSADQf+B/AdxakGBgARsQRB2IAVqIQULIAUgC0kEQEEAIQMgCyAFayIEIQYCQAJAAkAgAC0AIEEBaw4CAAECC0EAIQYgBCEDDAELIARBAXYhAyAEQQFqQQF2IQYLIANBAWohAyAAQRhqKAIAIQQgAEEUaigCACEIIAAoAhAhAAJAA0AgA0EBayIDRQ0BIAggACAEKAIQEQAARQ0AC0EBDwtBASEDIABBgIDEAEYNAiAIIAEgAiAEKAIMEQEADQJBACEDA0AgAyAGRgRAQQAPCyADQQFqIQMgCCAAIAQoAhARAABFDQALIANBAWsgBkkPCwwCCyAAKAIUIAEgAiAAQRhqKAIAKAIMEQEAIQMLIAMPCyAAKAIUIAEgAiAAQRhqKAIAKAIMEQEAC/gLARp/IwBBkAFrIgIkAAJ/AkAgACgC9FEiA0ECTQRAIAJBQGshFSACQThqIRYgAkEwaiEXIAJBKGohGCACQSBqIRkgAkEYaiEaIAJBEGohGwNAIAAgA0ECdGpBiNIAaigCACEMIBVCADcDACAWQgA3AwAgF0IANwMAIBhCADcDACAZQgA3AwAgGkIANwMAIBtCADcDACACQgA3AwggAkIANwNIIAAgA0GgG2xqQQBBgBkQiwEhDgJ/AkAgDEGhAkkEQCAMRQ0BIA5BgBlqIQMgDCEFAkADQCADLQAAIgdBD0sNASACQQhqIAdBAnRqIgcgBygCAEEBajYCACADQQFqIQMgBUEBayIFDQALIAIoAkQhAyACKAJAIQUgAigCPCEGIAIoAjQhCiACKAIwIQggAigCLCENIAIoAighCyACKAIkIQ8gAigCICEJIAIoAhwhECACKAIYIREgAigCFCESIAIoAhAhEyACKAIMIRQgAigCOAwDCyAHQRBBmOnBABBbAAsgDEGgAkGI6cEAEFoAC0EAIQNBACEFQQAhBkEAIQpBACEIQQAhDUEAIQtBACEPQQAhCUEAIRBBACERQQAhEkEAIRNBACEUQQALIQcgAiAUQQF0IgQ2AlAgAiAEIBNqQQF0IgQ2AlQgAiAEIBJqQQF0IgQ2AlggAiAEIBFqQQF0IgQ2AlwgAiAEIBBqQQF0IgQ2AmAgAiAEIAlqQQF0IgQ2AmQgAiAEIA9qQQF0IgQ2AmggAiAEIAtqQQF0IgQ2AmwgAiAEIA1qQQF0IgQ2AnAgAiAEIAhqQQF0IgQ2AnQgAiAEIApqQQF0IgQ2AnggAiAEIAdqQQF0IgQ2AnwgAiAEIAZqQQF0IgQ2AoABIAIgBCAFakEBdCIENgKEASACIAMgBGpBAXQiBDYCiAFBHCAEQYCABEYgAyAFIAYgByAKIAggDSALIA8gCSAQIBEgEiATIBRqampqampqampqampqakEBTXJFDQMaAkAgDEUNAEEAIQtB//8DIQkDQEGgAiALIAtBoAJNGyEHAn8CQAJAA0AgCyIKIAdGDQEgCkEBaiELAkACQCAKIA5qQYAZai0AACIIRQ0AAkACQCAIQRBNBEAgAkHIAGogCEECdGoiBiAGKAIAIgNBAWo2AgAgA0F/QQAgCGsiBnZxIgVBgAhJDQFBACEFIAhBBE8EQCAIQfwBcSENQQAhBgNAIANBA3ZBAXEgA0ECdkEBcSADQQJxIANBAnRBBHEgBUEDdHJyckEBdHIhBSADQQR2IQMgBkEEaiIGQf8BcSANRw0ACwsgCEEDcSINRQ0CQQAhBgNAIANBAXEgBUEBdHIhBSADQQF2IQMgBkEBaiIGQf8BcSANRw0ACwwCCyAIQRFBuOnBABBbAAsgBUECdEH4yMEAaigCACAGdiEFCyAIQQtPDQEgBUH/B0sNACAIQQl0IApyIQZBASAIdCIKQQF0IQggDiAFQQF0aiEDA0AgAyAGOwEAIAMgCGohAyAFIApqIgVBgAhJDQALCyALIAxJDQEMBgsLIA4gBUH/B3FBAXRqIgcvAQAiBkUNASAJDAILIAdBoAJBqOnBABBbAAsgByAJOwEAIAkiBkECawshByAFQQl2IQUCQCAIQQxJBEAgByEJDAELQQshAwNAIAVBAXYiBUEBcSAGQX9zaiIGwSEJAkAgBkH//wNxQb8ETQRAIANBAWohAyAOIAlBAXRqQYAQaiIJLwEAIgYEQCAHIQkMAgsgCSAHOwEAIAchBiAHQQJrIgkhBwwBCyAJQcAEQcjpwQAQWwALIANB/wFxIAhJDQALCyAFQQF2QQFxIAZBf3NqIgbBIQcgBkH//wNxQcAESQRAIA4gB0EBdGpBgBBqIAo7AQAgCyAMSQ0BDAILCyAHQcAEQdjpwQAQWwALAkACQCAAKAL0USIHDgMAAQQBCyABQQA2AgxBDAwECyAAIAdBAWsiAzYC9FEgA0EDSQ0ACwsgA0EDQfjowQAQWwALIAFBADYCDEEKCyACQZABaiQAQQh0QQFyC/QMAQN/IAAgACgCECACajYCECAAIAApAwAgAq18NwMAIAAoAghBf3MhBCACQcAATwRAA0AgAS0AMyABLQAjIAEtABMgAS0AACAEQf8BcXNBAnRBhJbBAGooAgAgAUEBai0AACAEQQh2Qf8BcXNBAnRBhI7BAGooAgAgAUECai0AACAEQRB2Qf8BcXNBAnRBhIbBAGooAgAgAUEDai0AACAEQRh2c0ECdEGE/sAAaigCACABQQRqLQAAQQJ0QYT2wABqKAIAIAFBBWotAABBAnRBhO7AAGooAgAgAUEGai0AAEECdEGE5sAAaigCACABQQdqLQAAQQJ0QYTewABqKAIAIAFBCGotAABBAnRBhNbAAGooAgAgAUEJai0AAEECdEGEzsAAaigCACABQQpqLQAAQQJ0QYTGwABqKAIAIAFBC2otAABBAnRBhL7AAGooAgAgAUEMai0AAEECdEGEtsAAaigCACABQQ1qLQAAQQJ0QYSuwABqKAIAIAFBD2otAABBAnRBhJ7AAGooAgAgAUEOai0AAEECdEGEpsAAaigCAHNzc3Nzc3Nzc3Nzc3NzcyIDQRh2c0ECdEGE/sAAaigCACABLQAUQQJ0QYT2wABqKAIAIAEtABVBAnRBhO7AAGooAgAgAS0AFkECdEGE5sAAaigCACABLQAXQQJ0QYTewABqKAIAIAEtABhBAnRBhNbAAGooAgAgAS0AGUECdEGEzsAAaigCACABLQAaQQJ0QYTGwABqKAIAIAEtABtBAnRBhL7AAGooAgAgAS0AHEECdEGEtsAAaigCACABLQAdQQJ0QYSuwABqKAIAIAEtAB9BAnRBhJ7AAGooAgAgAS0AHkECdEGEpsAAaigCAHNzc3Nzc3Nzc3NzcyABLQASIANBEHZB/wFxc0ECdEGEhsEAaigCAHMgAS0AESADQQh2Qf8BcXNBAnRBhI7BAGooAgBzIAEtABAgA0H/AXFzQQJ0QYSWwQBqKAIAcyIDQRh2c0ECdEGE/sAAaigCACABLQAkQQJ0QYT2wABqKAIAIAEtACVBAnRBhO7AAGooAgAgAS0AJkECdEGE5sAAaigCACABLQAnQQJ0QYTewABqKAIAIAEtAChBAnRBhNbAAGooAgAgAS0AKUECdEGEzsAAaigCACABLQAqQQJ0QYTGwABqKAIAIAEtACtBAnRBhL7AAGooAgAgAS0ALEECdEGEtsAAaigCACABLQAtQQJ0QYSuwABqKAIAIAEtAC9BAnRBhJ7AAGooAgAgAS0ALkECdEGEpsAAaigCAHNzc3Nzc3Nzc3NzcyABLQAiIANBEHZB/wFxc0ECdEGEhsEAaigCAHMgAS0AISADQQh2Qf8BcXNBAnRBhI7BAGooAgBzIAEtACAgA0H/AXFzQQJ0QYSWwQBqKAIAcyIDQRh2c0ECdEGE/sAAaigCACABLQA0QQJ0QYT2wABqKAIAIAEtADVBAnRBhO7AAGooAgAgAS0ANkECdEGE5sAAaigCACABLQA3QQJ0QYTewABqKAIAIAEtADhBAnRBhNbAAGooAgAgAS0AOUECdEGEzsAAaigCACABLQA6QQJ0QYTGwABqKAIAIAEtADtBAnRBhL7AAGooAgAgAS0APEECdEGEtsAAaigCACABLQA9QQJ0QYSuwABqKAIAIAEtAD5BAnRBhKbAAGooAgAgAS0AP0ECdEGEnsAAaigCAHNzc3Nzc3Nzc3NzcyABLQAyIANBEHZB/wFxc0ECdEGEhsEAaigCAHMgAS0AMSADQQh2Qf8BcXNBAnRBhI7BAGooAgBzIAEtADAgA0H/AXFzQQJ0QYSWwQBqKAIAcyEEIAFBQGshASACQUBqIgJBP0sNAAsLAkAgAkUNAAJAIAJBA3EiBUUEQCABIQMMAQsgASEDA0AgAy0AACAEc0H/AXFBAnRBhJ7AAGooAgAgBEEIdnMhBCADQQFqIQMgBUEBayIFDQALCyACQQRJDQAgASACaiEBA0AgAy0AACAEc0H/AXFBAnRBhJ7AAGooAgAgBEEIdnMiAiADQQFqLQAAc0H/AXFBAnRBhJ7AAGooAgAgAkEIdnMiAiADQQJqLQAAc0H/AXFBAnRBhJ7AAGooAgAgAkEIdnMiAiADQQNqLQAAc0H/AXFBAnRBhJ7AAGooAgAgAkEIdnMhBCADQQRqIgMgAUcNAAsLIAAgBEF/czYCCAuDDAEHfyAAQQhrIgIgAEEEaygCACIBQXhxIgBqIQQCQAJAAkAgAUEBcQ0AIAFBA3FFDQEgAigCACIBIABqIQAgAiABayICQYCDwgAoAgBGBEAgBCgCBEEDcUEDRw0BQfiCwgAgADYCACAEIAQoAgRBfnE2AgQgAiAAQQFyNgIEIAAgAmogADYCAA8LAkAgAUGAAk8EQCACKAIYIQYCQCACIAIoAgwiAUYEQCACQRRBECACQRRqIgEoAgAiBRtqKAIAIgMNAUEAIQEMAwsgAigCCCIDIAE2AgwgASADNgIIDAILIAEgAkEQaiAFGyEFA0AgBSEHIAMiAUEUaiIDIAFBEGogAygCACIDGyEFIAFBFEEQIAMbaigCACIDDQALIAdBADYCAAwBCyACQQxqKAIAIgMgAkEIaigCACIFRwRAIAUgAzYCDCADIAU2AggMAgtB8ILCAEHwgsIAKAIAQX4gAUEDdndxNgIADAELIAZFDQACQCACIAIoAhxBAnRB2P/BAGoiAygCAEcEQCAGQRBBFCAGKAIQIAJGG2ogATYCACABRQ0CDAELIAMgATYCACABDQBB9ILCAEH0gsIAKAIAQX4gAigCHHdxNgIADAELIAEgBjYCGCACKAIQIgMEQCABIAM2AhAgAyABNgIYCyACQRRqKAIAIgNFDQAgAUEUaiADNgIAIAMgATYCGAsCQCAEKAIEIgFBAnEEQCAEIAFBfnE2AgQgAiAAQQFyNgIEIAAgAmogADYCAAwBCwJAAkACQAJAAkBBhIPCACgCACAERwRAIARBgIPCACgCAEcNAUGAg8IAIAI2AgBB+ILCAEH4gsIAKAIAIABqIgA2AgAgAiAAQQFyNgIEIAAgAmogADYCAA8LQYSDwgAgAjYCAEH8gsIAQfyCwgAoAgAgAGoiADYCACACIABBAXI2AgQgAkGAg8IAKAIARg0BDAQLIAFBeHEiAyAAaiEAIANBgAJPBEAgBCgCGCEGAkAgBCAEKAIMIgFGBEAgBEEUQRAgBEEUaiIBKAIAIgUbaigCACIDDQFBACEBDAQLIAQoAggiAyABNgIMIAEgAzYCCAwDCyABIARBEGogBRshBQNAIAUhByADIgFBFGoiAyABQRBqIAMoAgAiAxshBSABQRRBECADG2ooAgAiAw0ACyAHQQA2AgAMAgsgBEEMaigCACIDIARBCGooAgAiBUcEQCAFIAM2AgwgAyAFNgIIDAMLQfCCwgBB8ILCACgCAEF+IAFBA3Z3cTYCAAwCC0H4gsIAQQA2AgBBgIPCAEEANgIADAILIAZFDQACQCAEIAQoAhxBAnRB2P/BAGoiAygCAEcEQCAGQRBBFCAGKAIQIARGG2ogATYCACABRQ0CDAELIAMgATYCACABDQBB9ILCAEH0gsIAKAIAQX4gBCgCHHdxNgIADAELIAEgBjYCGCAEKAIQIgMEQCABIAM2AhAgAyABNgIYCyAEQRRqKAIAIgNFDQAgAUEUaiADNgIAIAMgATYCGAsgAiAAQQFyNgIEIAAgAmogADYCACACQYCDwgAoAgBHDQFB+ILCACAANgIADAILIABBkIPCACgCACIDTQ0BQYSDwgAoAgAiAUUNAUEAIQICQEH8gsIAKAIAIgVBKUkNAEHYgMIAIQADQCABIAAoAgAiB08EQCAHIAAoAgRqIAFLDQILIAAoAggiAA0ACwtB4IDCACgCACIABEADQCACQQFqIQIgACgCCCIADQALC0GYg8IAQf8fIAIgAkH/H00bNgIAIAMgBU8NAUGQg8IAQX82AgAPCyAAQYACSQ0BIAIgABA8QQAhAkGYg8IAQZiDwgAoAgBBAWsiADYCACAADQBB4IDCACgCACIABEADQCACQQFqIQIgACgCCCIADQALC0GYg8IAQf8fIAIgAkH/H00bNgIADwsPCyAAQXhxQeiAwgBqIQECf0HwgsIAKAIAIgNBASAAQQN2dCIAcQRAIAEoAggMAQtB8ILCACAAIANyNgIAIAELIQAgASACNgIIIAAgAjYCDCACIAE2AgwgAiAANgIIC54LAQV/IwBBEGsiAyQAAkACQAJAAkACQAJAAkACQAJAAkAgAQ4oAQgICAgICAgIAgQICAMICAgICAgICAgICAgICAgICAgICAcICAgIBgALIAFB3ABGDQQMBwsgAEGABDsBCiAAQgA3AQIgAEHc4AA7AQAMBwsgAEGABDsBCiAAQgA3AQIgAEHc6AE7AQAMBgsgAEGABDsBCiAAQgA3AQIgAEHc5AE7AQAMBQsgAEGABDsBCiAAQgA3AQIgAEHc3AE7AQAMBAsgAEGABDsBCiAAQgA3AQIgAEHcuAE7AQAMAwsgAkGAAnFFDQEgAEGABDsBCiAAQgA3AQIgAEHczgA7AQAMAgsgAkGAgARxRQ0AIABBgAQ7AQogAEIANwECIABB3MQAOwEADAELAkACQAJAAkAgAkEBcUUNACABQQt0IQZBACECQSEhBEEhIQUCQANAAkACQEF/IARBAXYgAmoiBEECdEGol8AAaigCAEELdCIHIAZHIAYgB0sbIgdBAUYEQCAEIQUMAQsgB0H/AXFB/wFHDQEgBEEBaiECCyAFIAJrIQQgAiAFSQ0BDAILCyAEQQFqIQILAn8CQAJ/AkAgAkEgTQRAIAJBAnQiBEGol8AAaigCAEEVdiEFIAJBIEcNAUHXBSEEQR8MAgtBIUEhQYiXwAAQWwALIARBrJfAAGooAgBBFXYhBCACRQ0BIAJBAWsLQQJ0QaiXwABqKAIAQf///wBxDAELQQALIQICQCAEIAVBf3NqRQ0AIAEgAmshB0HXBSAFIAVB1wVNGyEGIARBAWshBEEAIQIDQCAFIAZGDQMgAiAFQayYwABqLQAAaiICIAdLDQEgBCAFQQFqIgVHDQALIAQhBQsgBUEBcUUNACADQQhqQQA6AAAgA0EAOwEGIANB/QA6AA8gAyABQQ9xQbCWwABqLQAAOgAOIAMgAUEEdkEPcUGwlsAAai0AADoADSADIAFBCHZBD3FBsJbAAGotAAA6AAwgAyABQQx2QQ9xQbCWwABqLQAAOgALIAMgAUEQdkEPcUGwlsAAai0AADoACiADIAFBFHZBD3FBsJbAAGotAAA6AAkgAUEBcmdBAnZBAmsiAUELTw0CIANBBmogAWoiAkHslsAALwAAOwAAIAJBAmpB7pbAAC0AADoAACAAIAMpAQY3AAAgAEEIaiADQQ5qLwEAOwAAIABBCjoACyAAIAE6AAoMBAsgAUEgSQ0CAkAgAUH/AEkNACABQYCABE8EQCABQYCACE8EQCABQfCDOGtBkPwLSSABQbDHDGtB0LorSXIgAUHLpgxrQQVJIAFBnvQLa0HiC0lyciABQeHXC2tBnxhJIAFBop0La0EOSXIgAUF+cUGe8ApGIAFBYHFB4M0KRnJycg0FIAFBuu4Ka0EGSQ0FDAILIAFBqpDAAEEsQYKRwABBxAFBxpLAAEHCAxArDQEMBAsgAUGMi8AAQShB3IvAAEGfAkH7jcAAQa8CECtFDQMLIAAgATYCBCAAQYABOgAADAMLIAZB1wVBmJfAABBbAAsgAUEKQdyWwAAQXAALIANBCGpBADoAACADQQA7AQYgA0H9ADoADyADIAFBD3FBsJbAAGotAAA6AA4gAyABQQR2QQ9xQbCWwABqLQAAOgANIAMgAUEIdkEPcUGwlsAAai0AADoADCADIAFBDHZBD3FBsJbAAGotAAA6AAsgAyABQRB2QQ9xQbCWwABqLQAAOgAKIAMgAUEUdkEPcUGwlsAAai0AADoACSABQQFyZ0ECdkECayIBQQtJBEAgA0EGaiABaiICQeyWwAAvAAA7AAAgAkECakHulsAALQAAOgAAIAAgAykBBjcAACAAQQhqIANBDmovAQA7AAAgAEEKOgALIAAgAToACgwBCyABQQpB3JbAABBcAAsgA0EQaiQAC/AJAQZ/IAAgAWohBAJAAkACQCAAKAIEIgJBAXENACACQQNxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEGAg8IAKAIARgRAIAQoAgRBA3FBA0cNAUH4gsIAIAE2AgAgBCAEKAIEQX5xNgIEIAAgAUEBcjYCBCAEIAE2AgAPCwJAIANBgAJPBEAgACgCGCEGAkAgACAAKAIMIgNGBEAgAEEUQRAgAEEUaiIDKAIAIgIbaigCACIFDQFBACEDDAMLIAAoAggiAiADNgIMIAMgAjYCCAwCCyADIABBEGogAhshAgNAIAIhByAFIgNBFGoiAiADQRBqIAIoAgAiBRshAiADQRRBECAFG2ooAgAiBQ0ACyAHQQA2AgAMAQsgAEEMaigCACIFIABBCGooAgAiAkcEQCACIAU2AgwgBSACNgIIDAILQfCCwgBB8ILCACgCAEF+IANBA3Z3cTYCAAwBCyAGRQ0AAkAgACAAKAIcQQJ0Qdj/wQBqIgIoAgBHBEAgBkEQQRQgBigCECAARhtqIAM2AgAgA0UNAgwBCyACIAM2AgAgAw0AQfSCwgBB9ILCACgCAEF+IAAoAhx3cTYCAAwBCyADIAY2AhggACgCECICBEAgAyACNgIQIAIgAzYCGAsgAEEUaigCACICRQ0AIANBFGogAjYCACACIAM2AhgLIAQoAgQiA0ECcQRAIAQgA0F+cTYCBCAAIAFBAXI2AgQgACABaiABNgIADAILAkBBhIPCACgCACAERwRAIARBgIPCACgCAEcNAUGAg8IAIAA2AgBB+ILCAEH4gsIAKAIAIAFqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAA8LQYSDwgAgADYCAEH8gsIAQfyCwgAoAgAgAWoiATYCACAAIAFBAXI2AgQgAEGAg8IAKAIARw0BQfiCwgBBADYCAEGAg8IAQQA2AgAPCyADQXhxIgIgAWohAQJAAkAgAkGAAk8EQCAEKAIYIQYCQCAEIAQoAgwiA0YEQCAEQRRBECAEQRRqIgMoAgAiAhtqKAIAIgUNAUEAIQMMAwsgBCgCCCICIAM2AgwgAyACNgIIDAILIAMgBEEQaiACGyECA0AgAiEHIAUiA0EUaiICIANBEGogAigCACIFGyECIANBFEEQIAUbaigCACIFDQALIAdBADYCAAwBCyAEQQxqKAIAIgUgBEEIaigCACICRwRAIAIgBTYCDCAFIAI2AggMAgtB8ILCAEHwgsIAKAIAQX4gA0EDdndxNgIADAELIAZFDQACQCAEIAQoAhxBAnRB2P/BAGoiAigCAEcEQCAGQRBBFCAGKAIQIARGG2ogAzYCACADRQ0CDAELIAIgAzYCACADDQBB9ILCAEH0gsIAKAIAQX4gBCgCHHdxNgIADAELIAMgBjYCGCAEKAIQIgIEQCADIAI2AhAgAiADNgIYCyAEQRRqKAIAIgJFDQAgA0EUaiACNgIAIAIgAzYCGAsgACABQQFyNgIEIAAgAWogATYCACAAQYCDwgAoAgBHDQFB+ILCACABNgIACw8LIAFBgAJPBEAgACABEDwPCyABQXhxQeiAwgBqIQICf0HwgsIAKAIAIgVBASABQQN2dCIBcQRAIAIoAggMAQtB8ILCACABIAVyNgIAIAILIQEgAiAANgIIIAEgADYCDCAAIAI2AgwgACABNgIIC8QJAQh/IwBBIGsiCSQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAIgA08iBiAFQX9HckUgAiADayADIAJrIAIgA0sbIgdBAUZxRQRAIAYgBUF/R3JFIAdBA0txDQEgBEEETw0CDBELIAEgA0EBayIHSwRAIARBfHEiAiADaiIGIAJJDQMgASAGSQ0EIAIEQCAAIANqIAAgB2otAAAgAhCLARoLIAZBAWshBwwSCyAHIAFB6OnBABBbAAsgBEEESQ0PIARBAnYhCiABQQRrIQwgAyEGA0AgAkEEaiIHRQ0EIAIgB0sNBSABIAdJDQYgBiAMSw0HIAAgBmogACACaigAADYAACAGQQRqIQYgByECIApBAWsiCg0ACwwQCyAAIANqIQ0gBEECdiEMQQAhBwNAIAIgB2oiCyAFcSIIIAFPDQcgAyAHaiIGIAFPDQggByANaiIKIAAgCGotAAA6AAAgC0EBaiILIAVxIgggAU8NCSAGQQFqIAFPDQogCkEBaiAAIAhqLQAAOgAAIAtBAWoiCyAFcSIIIAFPDQsgBkECaiABTw0MIApBAmogACAIai0AADoAACALQQFqIAVxIgggAU8NDSABIAZBA2pLBEAgCkEDaiAAIAhqLQAAOgAAIAdBBGohByAMQQFrIgxFDQ8MAQsLIAZBA2ogAUGI68EAEFsACyADIAZB+OnBABBdAAsgBiABQfjpwQAQWgALIwBBIGsiACQAIABBFGpCADcCACAAQQE2AgwgAEGwiMAANgIIIABBwPXBADYCECAAQQhqQYT1wQAQbgALIAIgB0GI6sEAEF0ACyAHIAFBiOrBABBaAAsgCUEUakIANwIAIAlBATYCDCAJQfzxwQA2AgggCUHA9cEANgIQIAlBCGpBiOrBABBuAAsgCCABQZjqwQAQWwALIAYgAUGo6sEAEFsACyAIIAFBuOrBABBbAAsgBkEBaiABQcjqwQAQWwALIAggAUHY6sEAEFsACyAGQQJqIAFB6OrBABBbAAsgCCABQfjqwQAQWwALIAMgB2ohBiACIAdqIQcMAQsgAyEGIAIhBwsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAEQQNxQQFrDgMCAQAMCyAFIAdxIgIgAU8NAiABIAZNDQMgACAGaiAAIAJqLQAAOgAAIAdBAWogBXEiAiABTw0EIAZBAWoiAyABTw0FIAAgA2ogACACai0AADoAACAHQQJqIAVxIgIgAU8NBiAGQQJqIgYgAUkNCiAGIAFB6OvBABBbAAsgBSAHcSICIAFPDQYgASAGTQRAIAYgAUGI7MEAEFsACyAAIAZqIAAgAmotAAA6AAAgB0EBaiAFcSICIAFJDQggAiABQZjswQAQWwALIAUgB3EiAiABSQ0GIAIgAUG47MEAEFsACyACIAFBmOvBABBbAAsgBiABQajrwQAQWwALIAIgAUG468EAEFsACyADIAFByOvBABBbAAsgAiABQdjrwQAQWwALIAIgAUH468EAEFsACyABIAZLDQEgBiABQcjswQAQWwALIAZBAWoiBiABSQ0AIAYgAUGo7MEAEFsACyAAIAZqIAAgAmotAAA6AAALIAlBIGokAAv+BwISfwF+IwBBEGsiCiQAIAQoAgghEyAEKAIEIQsgBCgCACEOIAEpAwghGEEBIQxBASEJAkACQAJAAkACQAJAAkAgBUH/AXEOBQEBAQIABAtBASESQQAhCQsgASgCECIGLQDy1QIhDyAGQQA6APLVAiAGLADw1QJBAE4NAUF9IQgMBAtBfiEIDAMLQX4hCCAJIAYtAPPVAiIRQQBHcQ0CIAsgE2shCSAOIBNqIQxBwABBCCAGLQDx1QIiBRsgBUECSXIhBSAGIBIgEUEAR3I6APPVAiASIA9BAEdxDQECQAJAAkACQAJAAkACfyAGKALs1QIiB0UEQCAFIAVBAnIgEhshFSAGQYCAAmohFiAGKALo1QIhFEEAIQcgAyEFA0AgCiAWIAIgBSAGQYCAAiAUIBUQAiAGIAosAAQiDjoA8NUCIAUgCigCACIPSQ0DIAYgCigCCCIRNgLs1QIgBigC6NUCIgggESAJIAkgEUsbIgtqIhAgCEkNBCAQQYCAAksNBSANIA9qIQ0gDCAGIAhqIAsQiQEhFyAGIAYoAuzVAiIQIAtrNgLs1QIgBiAGKALo1QIgC2pB//8BcSIUNgLo1QIgByALaiEHQQEhDCAOQQBIBEBBfSEIDAwLQXshCCADRSAOQQFGcQ0LAkAgEkUEQCAORSAFIA9GciAJIBFNckUgCyAQRnENASAORSALIBBGcQwECyAORQ0HIAkgEU0NDAsgAiAPaiECIAUgD2shBSALIBdqIQwgCSALayEJDAALAAsgBigC6NUCIgIgByAJIAcgCUkbIgdqIgMgAkkNBSADQYCAAksNBiAMIAIgBmogBxCJARogBiAGKALs1QIiAiAHazYC7NUCIAYgBigC6NUCIAdqQf//AXE2AujVAiAGLQDw1QJFIAIgB0ZxCyEIQQAhDAwICyAPIAVB7PLBABBcAAsgCCAQQfzywQAQXQALIBBBgIACQfzywQAQWgALQXtBASALIBBHIgwbIQgMBAsgAiADQfzywQAQXQALIANBgIACQfzywQAQWgALIApB8LF/NgIAQfmhwQBBKyAKQaSiwQBBkKPBABBWAAsgCiAGQYCAAmogAiADIAwgCUEAIAVBBHIQAiAGIAosAAQiAjoA8NUCAn8gAkEASARAQX0hCEEBDAELIAJFBEBBASEIQQAMAQsgBkH/AToA8NUCQXshCEEBCyEMIAooAgghByAKKAIAIQ0LIAEgGCAHrXw3AwggASABKQMAIA2tfDcDAAJ/IAxFBEBBAiAIIAgbIQVCAiEYQQAMAQsgCEF7Rq1CAYYhGEEBIQVBAAshASAEIAcgE2o2AgggACABIAVyrUIghiAYhDcCACAKQRBqJAALggYCA38BfiMAQRBrIgQkACAEQQhqIAEQJgJAAkACQAJAAkACQCAELQAIIgJBBEYEQCABQdgAaigCAEEIRgRAAkAgASgCGCICRQ0FIAEoAlAiAygAACABKAIIRw0AIAMoAAQgASgCEEcNACAAIAI2AgAgAUEANgIYIAAgASkCHDcCBAwECwtBoYPCAC0AABpBNRAFIgJFDQRBoYPCAC0AABogAkEtakGAn8EAKQAANwAAIAJBKGpB+57BACkAADcAACACQSBqQfOewQApAAA3AAAgAkEYakHrnsEAKQAANwAAIAJBEGpB457BACkAADcAACACQQhqQduewQApAAA3AAAgAkHTnsEAKQAANwAAQQwQBSIDRQ0EIANCtYCAgNAGNwIEIAMgAjYCAEGhg8IALQAAGkEMEAUiAkUNBCACIAM2AgAgAkEUOgAIIAJBlJ7BADYCBCACrUIYhiEFQQMhAgwBCyAENQAJIAQxAA9CMIYgBDMADUIghoSEIQULIAAgAjoABCAAQQA2AgAgAEELaiAFQjCIPAAAIABBCWogBUIgiD0AACAAQQVqIAU+AAAgASgCGEUNACAEQQhqIAEQJiAEKAIMIQAgBC0ACCICQQRNIAJBA0dxRQRAIAAoAgAiAiAAQQRqKAIAIgMoAgARAwAgA0EEaigCAARAIAIQDAsgABAMCyABKAIYIgBFDQAgAUEcaigCAEUNACAAEAwLIAFBOGooAgAQDCABQcQAaigCAARAIAEoAkAQDAsgAUHUAGooAgAEQCABKAJQEAwLIAFB4ABqKAIAIQACQAJAIAFB3ABqLQAAQQFrDgUAAAABAQULIABFDQQMAwsgAA0CDAMLQZT1wQBBK0HEgcAAEGkACwALIAAQDAsCQCABQegAaigCACIARQ0AIAFB7ABqKAIARQ0AIAAQDAsCQCABQfQAaigCACIARQ0AIAFB+ABqKAIARQ0AIAAQDAsCQCABQYABaigCACIARQ0AIAFBhAFqKAIARQ0AIAAQDAsgBEEQaiQAC70HAhF/An4jAEHQAGsiA0EIaiIIQgA3AwAgA0IANwMAIANBGGpCADcDACADQgA3AxAgAEH//wNxIQkgAEEQdiEKAkAgAkF8cSIQIBBBwK0BcCIRayIGQcCtAUkEQEEAIQAMAQsgCUHArQFsIRMgASEEIAYhEgNAQQAhBQNAIAggCCgCACAEIAVqIgBBAmotAABqNgIAIAMgAygCACAALQAAajYCACADIAMoAgQgAEEBai0AAGo2AgQgAyADKAIMIABBA2otAABqNgIMIANByABqIAgpAwAiFDcDACADIAMpAwAiFTcDQCADIAMoAhAgFadqNgIQIAMgAygCFCADKAJEajYCFCADIAMoAhggFKdqNgIYIAMgAygCHCADKAJMajYCHCAFQQRqIgVBwK0BRw0ACyADIAMoAgBB8f8DcCIPNgIAIAMgAygCBEHx/wNwIgc2AgQgAyADKAIIQfH/A3AiBTYCCCADIAMoAgxB8f8DcCIANgIMIAMgAygCEEHx/wNwIg42AhAgAyADKAIUQfH/A3AiDTYCFCADIAMoAhhB8f8DcCIMNgIYIAMgAygCHEHx/wNwIgs2AhwgBEHArQFqIQQgCiATakHx/wNwIQogEkHArQFrIhJBwK0BTw0ACwsgEUH8/wFxIgQEQCABIAZqIQBBACAEayEEA0AgA0EIaiIGIAYoAgAgAEECai0AAGo2AgAgAyADKAIAIAAtAABqNgIAIAMgAygCBCAAQQFqLQAAajYCBCADIAMoAgwgAEEDai0AAGo2AgwgA0HIAGogBikDACIUNwMAIAMgAykDACIVNwNAIAMgAygCECAVp2o2AhAgAyADKAIUIAMoAkRqNgIUIAMgAygCGCAUp2o2AhggAyADKAIcIAMoAkxqNgIcIABBBGohACAEQQRqIgQNAAsgAygCHEHx/wNwIQsgAygCGEHx/wNwIQwgAygCFEHx/wNwIQ0gAygCEEHx/wNwIQ4gAygCCEHx/wNwIQUgAygCBEHx/wNwIQcgAygCAEHx/wNwIQ8gAygCDEHx/wNwIQALIAogCSARbGpB8f8DcCANQQJ0aiAHIAVBAXRqayAMQQJ0aiALQQJ0aiAAQX1saiAOQQJ0akGm/xdqIQQgByAJaiAFaiAAaiAPaiEAAkAgAkEDcSICRQ0AIAAgASAQaiIBLQAAaiIAIARqIQQgAkEBRg0AIAAgAS0AAWoiACAEaiEEIAJBAkYNACAAIAEtAAJqIgAgBGohBAsgAEHx/wNwIARB8f8DcEEQdHILrwYCBn8BfiMAQeDSAmsiAiQAAkACQCABBEAgASgCACIDQX9GDQEgASADQQFqNgIAIAFBBGooAgAhBCABQQxqKAIAIQUgAkHY0gJqQQA2AgAgAkIANwLQ0gIgAkHIgAJqQQBB4NEAEIsBGiACQcgAakEAQYCAAhCLARogAkHI0gJqQgA3AgAgAkHA0gJqQgA3AgAgAkG40gJqQgA3AgAgAkGw0gJqQgA3AgAgAkIANwKo0gJBoYPCAC0AABpB9NUCEAUiA0UNAiADIAJByABqQZTSAhCJASIDQgA3AujVAiADQZTSAmpBAEHSAxCLARogA0EBOwHy1QIgA0EBOgDw1QIgA0ECOgDx1QJBoYPCAC0AABpBgIACEAUiBkUNAiACQRBqIgdCADcDACACQgA3AwggAkKAgAI3AzAgAiAGNgIsIAJBADYCKCACQgE3AyAgAiADNgIYIAJBOGogAkEIaiAEIAUQFSAAAn8CQCACLQA4QQRGBEAgAkHwAGogAkEwaikDADcDACACQegAaiACQShqKQMANwMAIAJB4ABqIAJBIGopAwA3AwAgAkHYAGogAkEYaikDADcDACACQdAAaiAHKQMANwMAIAIgAikDCDcDSCACQThqIAJByABqED8gAigCOCIEDQEgAiACKQI8NwNIIAJByABqEBshAyABIAEoAgBBAWs2AgBBAQwCCyACIAIpAzg3A0ggAkHIAGoQGyEDAkAgAigCIEUNACACQcgAaiACQQhqECkgAigCTCEEIAItAEgiBUEETSAFQQNHcUUEQCAEKAIAIgUgBEEEaigCACIGKAIAEQMAIAZBBGooAgAEQCAFEAwLIAQQDAsgAigCICIERQ0AIAIoAiRFDQAgBBAMCyACKAIYEAwgAigCMARAIAIoAiwQDAsgASABKAIAQQFrNgIAQQEMAQsgAikCPCEIIAEgASgCAEEBazYCAEEAIQNBoYPCAC0AABpBEBAFIgFFDQMgASAIPgIIIAEgBDYCBCABQQA2AgAgASAIQiCIPgIMQQALNgIIIAAgAzYCBCAAIAE2AgAgAkHg0gJqJAAPCxCGAQALEIcBAAsAC68GAgZ/AX4jAEHg0gJrIgIkAAJAAkAgAQRAIAEoAgAiA0F/Rg0BIAEgA0EBajYCACABQQRqKAIAIQQgAUEMaigCACEFIAJB2NICakEANgIAIAJCADcC0NICIAJByIACakEAQeDRABCLARogAkHIAGpBAEGAgAIQiwEaIAJByNICakIANwIAIAJBwNICakIANwIAIAJBuNICakIANwIAIAJBsNICakIANwIAIAJCADcCqNICQaGDwgAtAAAaQfTVAhAFIgNFDQIgAyACQcgAakGU0gIQiQEiA0IANwLo1QIgA0GU0gJqQQBB0gMQiwEaIANBATsB8tUCIANBAToA8NUCIANBADoA8dUCQaGDwgAtAAAaQYCAAhAFIgZFDQIgAkEQaiIHQgA3AwAgAkIANwMIIAJCgIACNwMwIAIgBjYCLCACQQA2AiggAkIBNwMgIAIgAzYCGCACQThqIAJBCGogBCAFEBUgAAJ/AkAgAi0AOEEERgRAIAJB8ABqIAJBMGopAwA3AwAgAkHoAGogAkEoaikDADcDACACQeAAaiACQSBqKQMANwMAIAJB2ABqIAJBGGopAwA3AwAgAkHQAGogBykDADcDACACIAIpAwg3A0ggAkE4aiACQcgAahA/IAIoAjgiBA0BIAIgAikCPDcDSCACQcgAahAbIQMgASABKAIAQQFrNgIAQQEMAgsgAiACKQM4NwNIIAJByABqEBshAwJAIAIoAiBFDQAgAkHIAGogAkEIahApIAIoAkwhBCACLQBIIgVBBE0gBUEDR3FFBEAgBCgCACIFIARBBGooAgAiBigCABEDACAGQQRqKAIABEAgBRAMCyAEEAwLIAIoAiAiBEUNACACKAIkRQ0AIAQQDAsgAigCGBAMIAIoAjAEQCACKAIsEAwLIAEgASgCAEEBazYCAEEBDAELIAIpAjwhCCABIAEoAgBBAWs2AgBBACEDQaGDwgAtAAAaQRAQBSIBRQ0DIAEgCD4CCCABIAQ2AgQgAUEANgIAIAEgCEIgiD4CDEEACzYCCCAAIAM2AgQgACABNgIAIAJB4NICaiQADwsQhgEACxCHAQALAAujBgILfwJ+IwBBIGsiBiQAAkACQCADBEAgAUEkaiENIAFBHGohDANAIAEoAiwiBwRAAkACQCABKAIYIgUEQCABKAIkIQ4gDCgCACIEIAEoAiAiCWsgB08NAiAHIAlqIgggCUkNAUEIIARBAXQiCiAIIAggCkkbIgggCEEITRsiCEF/c0EfdiEKIAYgBAR/IAYgBDYCGCAGIAU2AhBBAQVBAAs2AhQgBiAKIAggBkEQahBVIAYoAgQhBCAGKAIARQRAIAEgBDYCGCAMIAg2AgAgBCEFDAMLIARBgYCAgHhGDQIgBEUNAQwHC0GU9cEAQStBpIHAABBpAAsQbQALIAUgCWogDiAHEIkBGiABQQA2AiwgASAHIAlqNgIgCyABKQMAIQ8gBkEQaiABIAIgAyANQQAQECAGKAIQIgVBAkcgASkDACAPfUL/////D4MiD0IAUnJFIAYtABQiBEECR3ENAAJ+IAVBAkYiBwRAIBBCgICAgIBggyAPhCEPIAStQv8Bg0IghgwBC0Ghg8IALQAAGkEWEAUiBEUNBEGhg8IALQAAGiAEQQ5qQZqBwAApAAA3AAAgBEEIakGUgcAAKQAANwAAIARBjIHAACkAADcAAEEMEAUiBUUNBCAFQpaAgIDgAjcCBCAFIAQ2AgBBoYPCAC0AABpBDBAFIgRFDQQgBEEUOgAIIARBkIDAADYCBCAEIAU2AgAgBK1CIIYhD0IDCyEQIA8gEIQiEKciBSAQQiCIpyAHGyEEAkACQAJAAkACQAJAAkACfwJAAkAgC0GAfnFBBHIgBSAHGyILQf8BcUEBaw4EAAEDBQQLIAtBCHYMAQsgBC0ACAtB/wFxQSNHDQEMBgsgBC0ACEEjRg0CCyAAIAQ2AgQgACALNgIADAcLIARFDQEgAyAESQ0CIAIgBGohAiADIARrIQMMAwsgBCgCACIFIARBBGooAgAiBygCABEDACAHQQRqKAIABEAgBRAMCyAEEAwMAgsgAEHcqMEANgIEIABBAjoAAAwECyAEIANBsKjBABBcAAsgAw0ACwsgAEEEOgAACyAGQSBqJAAPCwALyAUCDH8BfiMAQSBrIggkACAEKAIIIQ4gBCgCBCEJIAQoAgAhCiABKQMIIRICQAJAAkACQAJAAkAgBUH/AXEiBg4FBQAAAQIDC0EQIQYMAwtBGCEGDAILQSAhBkEBIQdBASEPDAILIAhB8LF/NgIIQfmhwQBBKyAIQQhqQaSiwQBBoKPBABBWAAtBASEPCwJAAkACQAJAIAkgDmsiBUUEQEEBIQpBeyEGQQAhCQwBCwJAAkACQCABKAIQIhAoAgBBAUcEQCAKIA5qIQ0gB0UNAUEAIQkDQCAIQQhqIBAgAiADIA0gBUEEEAQgAyAIKAIMIgxJDQYgBSAIKAIQIgdJDQcgByALaiELIAkgDGohCUEBIQpB8LF/IQYCQCAIKAIIQQJqDgQGBQAEAAsgAiAMaiECIAMgDGshAyAHIA1qIQ1BACEGQQAhCiAFIAdrIgUNAAsMBAtBAUF7IAcbIQYgB0EBcyEKQQAhCQwDC0EAIQlCgICImMAAIAatiKchEQNAIAhBCGogECACIAMgDSAFIBEQBCADIAgoAgwiDEkNBCAFIAgoAhAiB0kNBSAHIAtqIQsgCSAMaiEJQQEhCkHwsX8hBgJAIAgoAghBAmoOBAQDAAIACyAFIAdrIgVFBEBBACEGQQAhCgwECyADIAxrIgMEQCACIAxqIQIgByANaiENDAELC0EAQXsgDyALQQBHciAJQQBHciICGyEGIAJBAXMhCgwCC0EAIQpBASEGDAELQX4hBgsgASASIAutfDcDCCABIAEpAwAgCa18NwMAIApFBEAgBkEAR0EBdCEFDAMLQQEhBSAGQXtGDQIgBCALIA5qNgIIQfmhwQBBKyAIQRhqQcygwQBBtKHBABBWAAsgDCADQfTzwQAQXAALIAcgBUGE9MEAEFwACyAAIAU6AAQgAEECNgIAIAQgCyAOajYCCCAIQSBqJAAL/wQBB38CfyABBEBBK0GAgMQAIAAoAhwiBkEBcSIBGyEJIAEgBWoMAQsgACgCHCEGQS0hCSAFQQFqCyEHAkAgBkEEcUUEQEEAIQIMAQsCQCADRQRADAELIANBA3EiCkUNACACIQEDQCAIIAEsAABBv39KaiEIIAFBAWohASAKQQFrIgoNAAsLIAcgCGohBwsCQAJAIAAoAgBFBEBBASEBIABBFGooAgAiBiAAQRhqKAIAIgAgCSACIAMQbA0BDAILAkACQAJAAkAgByAAKAIEIghJBEAgBkEIcQ0EIAggB2siByEGIAAtACAiAUEBaw4DAQIBAwtBASEBIABBFGooAgAiBiAAQRhqKAIAIgAgCSACIAMQbA0EDAULQQAhBiAHIQEMAQsgB0EBdiEBIAdBAWpBAXYhBgsgAUEBaiEBIABBGGooAgAhByAAQRRqKAIAIQggACgCECEAAkADQCABQQFrIgFFDQEgCCAAIAcoAhARAABFDQALQQEPC0EBIQEgAEGAgMQARg0BIAggByAJIAIgAxBsDQEgCCAEIAUgBygCDBEBAA0BQQAhAQJ/A0AgBiABIAZGDQEaIAFBAWohASAIIAAgBygCEBEAAEUNAAsgAUEBawsgBkkhAQwBCyAAKAIQIQsgAEEwNgIQIAAtACAhDEEBIQEgAEEBOgAgIABBFGooAgAiBiAAQRhqKAIAIgogCSACIAMQbA0AIAggB2tBAWohAQJAA0AgAUEBayIBRQ0BIAZBMCAKKAIQEQAARQ0AC0EBDwtBASEBIAYgBCAFIAooAgwRAQANACAAIAw6ACAgACALNgIQQQAPCyABDwsgBiAEIAUgACgCDBEBAAuDBQEKfyMAQTBrIgMkACADQSBqIAE2AgAgA0EDOgAoIANBIDYCGCADQQA2AiQgAyAANgIcIANBADYCECADQQA2AggCfwJAAkAgAigCECIKRQRAIAJBDGooAgAiAEUNASACKAIIIQEgAEEDdCEFIABBAWtB/////wFxQQFqIQcgAigCACEAA0AgAEEEaigCACIEBEAgAygCHCAAKAIAIAQgAygCICgCDBEBAA0ECyABKAIAIANBCGogAUEEaigCABEAAA0DIAFBCGohASAAQQhqIQAgBUEIayIFDQALDAELIAJBFGooAgAiAEUNACAAQQV0IQsgAEEBa0H///8/cUEBaiEHIAIoAgAhAANAIABBBGooAgAiAQRAIAMoAhwgACgCACABIAMoAiAoAgwRAQANAwsgAyAFIApqIgFBEGooAgA2AhggAyABQRxqLQAAOgAoIAMgAUEYaigCADYCJCABQQxqKAIAIQYgAigCCCEIQQAhCUEAIQQCQAJAAkAgAUEIaigCAEEBaw4CAAIBCyAGQQN0IAhqIgwoAgRBBUcNASAMKAIAKAIAIQYLQQEhBAsgAyAGNgIMIAMgBDYCCCABQQRqKAIAIQQCQAJAAkAgASgCAEEBaw4CAAIBCyAEQQN0IAhqIgYoAgRBBUcNASAGKAIAKAIAIQQLQQEhCQsgAyAENgIUIAMgCTYCECAIIAFBFGooAgBBA3RqIgEoAgAgA0EIaiABKAIEEQAADQIgAEEIaiEAIAsgBUEgaiIFRw0ACwsgAigCBCAHSwRAIAMoAhwgAigCACAHQQN0aiIAKAIAIAAoAgQgAygCICgCDBEBAA0BC0EADAELQQELIANBMGokAAufBAELfyAAKAIEIQogACgCACELIAAoAgghDAJAA0AgAw0BAkACQCACIARJDQADQCABIARqIQUCQCACIARrIgZBCE8EQAJAAkACQCAFQQNqQXxxIgAgBUYNACAAIAVrIgNFDQBBACEAA0AgACAFai0AAEEKRg0FIAMgAEEBaiIARw0ACyADIAZBCGsiCE0NAQwCCyAGQQhrIQhBACEDCwNAIAMgBWoiACgCACIJQX9zIAlBipSo0ABzQYGChAhrcUGAgYKEeHENASAAQQRqKAIAIgBBf3MgAEGKlKjQAHNBgYKECGtxQYCBgoR4cQ0BIANBCGoiAyAITQ0ACwsgAyAGRgRAIAIhBAwECwNAIAMgBWotAABBCkYEQCADIQAMAwsgBiADQQFqIgNHDQALIAIhBAwDCyACIARGBEAgAiEEDAMLQQAhAANAIAAgBWotAABBCkYNASAGIABBAWoiAEcNAAsgAiEEDAILIAAgBGoiAEEBaiEEAkAgACACTw0AIAAgAWotAABBCkcNAEEAIQMgBCEIIAQhAAwDCyACIARPDQALC0EBIQMgByEIIAcgAiIARg0CCwJAIAwtAAAEQCALQaiEwABBBCAKKAIMEQEADQELIAEgB2ohBSAAIAdrIQZBACEJIAwgACAHRwR/IAUgBmpBAWstAABBCkYFIAkLOgAAIAghByALIAUgBiAKKAIMEQEARQ0BCwtBASENCyANC8wEAgh/AX4jAEEgayIGJAACQCADBEAgAUEYaiEKIAFBMGohCwNAAkACQAJAAkACQAJAIAEoAkhFBEAgASgCVCIERQ0BA0AgASgCMCIHRQ0DIAEoAkwhBSAEIAEoAjQgASgCOCIIa0sEfyALIAggBBBMIAEoAjghCCABKAIwBSAHCyAIaiAFIAQQiQEaIAEgBCAIajYCOCABKAJUIgUgBEkNBCABQQA2AlQgBSAEayIFRQ0CIAEoAkwiByAEIAdqIAUQigEgASAFNgJUIAUhBAwACwALIAZBADYCCCABQcgAaiAGQQhqQdCkwQAQZAALIAZBCGogCiACIAMQIgJAAkACQAJAAkACfwJAAkACfwJAAkAgBigCCEUEQCAGKAIMIQQMAQsgBikCDCIMQiCIpyEEIAxC/wGDQgRSDQELIAMgBEkNDCABIAIgBBALIAlBgH5xQQRyDAELIAynCyIJQf8BcUEBaw4EAAEDBQQLIAlBCHYMAQsgBC0ACAtB/wFxQSNHDQEMCQsgBC0ACEEjRg0CCyAAIAQ2AgQgACAJNgIADAoLIARFDQEgAyAESQ0FIAIgBGohAiADIARrIQMMBgsgBCgCACIHIARBBGooAgAiBSgCABEDACAFQQRqKAIABEAgBxAMCyAEEAwMBQsgAEHcqMEANgIEIABBAjoAAAwHC0GU9cEAQStBtIHAABBpAAsgBCAFQaynwQAQWgALIAQgA0HgpMEAEFoACyAEIANBsKjBABBcAAsgAw0ACwsgAEEEOgAACyAGQSBqJAAL5QQBBX8jAEHwAGsiASQAIAFBADYCCCABQgE3AwAgAUEoakGApcEANgIAIAFBAzoAMCABQSA2AiAgAUEANgIsIAFBADYCGCABQQA2AhAgASABNgIkAkACQAJAAkACQAJAAkAgAC0AACIDQQFrDgMDAQIACyABIAAoAgQ2AjRBoYPCAC0AABpBFBAFIgJFDQQgAkEQakGY/MEAKAAANgAAIAJBCGpBkPzBACkAADcAACACQYj8wQApAAA3AAAgAUKUgICAwAI3AjwgASACNgI4IAFB1ABqQQo2AgAgAUELNgJMIAEgAUE0ajYCUCABIAFBOGo2AkggAUICNwJkIAFBAzYCXCABQcT7wQA2AlggASABQcgAajYCYCABQYClwQAgAUHYAGoQGCABKAI8BEAgASgCOBAMCw0FDAMLIAFBEGogACgCBCICKAIAIAIoAgQQCQ0EDAILIAAoAgQiAigCACABQRBqIAIoAgQoAhARAABFDQEMAwsgAC0AASECIAFBAjYCPCABIAJBAnQiAkGc/MEAaigCADYCTCABIAJBwP3BAGooAgA2AkggASABQcgAajYCOCABQgE3AmQgAUEBNgJcIAFBwPXBADYCWCABIAFBOGo2AmAgAUGApcEAIAFB2ABqEBgNAgsgASgCBCABKAIAIgQgASgCCBAAIQUEQCAEEAwLIANBA0YEQCAAQQRqKAIAIgAoAgAiAiAAQQRqKAIAIgMoAgARAwAgA0EEaigCAARAIAIQDAsgABAMCyABQfAAaiQAIAUPCwALQZilwQBBNyABQdgAakHQpcEAQaymwQAQVgALlwQCCn8BfiMAQfAAayIEJAACQAJAIAEEQCABKAIAIgVBf0YNASABIAVBAWo2AgAgAUEEaigCACEFIAFBDGooAgAhBiAEQUBrIANBBiACG0EAECggBEEANgJgIARCATcDWEGhg8IALQAAGkGAgAIQBSICRQ0CIARBIGoiAyAEQeAAaiIHKAIANgIAIARBGGoiCCAEQdgAaiIJKQMANwMAIARBEGoiCiAEQdAAaiILKQMANwMAIARBCGoiDCAEQcgAaiINKQMANwMAIAQgBCkDQDcDACAEQoCAAjcDKCAEIAI2AiQgBEEwaiAEIAUgBhBAIAACfwJAIAQtADBBBEYEQCAEQegAaiAEQShqKQMANwMAIAcgAykDADcDACAJIAgpAwA3AwAgCyAKKQMANwMAIA0gDCkDADcDACAEIAQpAwA3A0AgBEEwaiAEQUBrEDkgBCgCMCICDQEgBCAEKQI0NwNAIARBQGsQGyEDIAEgASgCAEEBazYCAEEBDAILIAQgBCkDMDcDQCAEQUBrEBshAyAEEE0gASABKAIAQQFrNgIAQQEMAQsgBCkCNCEOIAEgASgCAEEBazYCAEEAIQNBoYPCAC0AABpBEBAFIgFFDQMgASAOPgIIIAEgAjYCBCABQQA2AgAgASAOQiCIPgIMQQALNgIIIAAgAzYCBCAAIAE2AgAgBEHwAGokAA8LEIYBAAsQhwEACwALlwQCCn8BfiMAQfAAayIEJAACQAJAIAEEQCABKAIAIgVBf0YNASABIAVBAWo2AgAgAUEEaigCACEFIAFBDGooAgAhBiAEQUBrIANBBiACG0EBECggBEEANgJgIARCATcDWEGhg8IALQAAGkGAgAIQBSICRQ0CIARBIGoiAyAEQeAAaiIHKAIANgIAIARBGGoiCCAEQdgAaiIJKQMANwMAIARBEGoiCiAEQdAAaiILKQMANwMAIARBCGoiDCAEQcgAaiINKQMANwMAIAQgBCkDQDcDACAEQoCAAjcDKCAEIAI2AiQgBEEwaiAEIAUgBhBAIAACfwJAIAQtADBBBEYEQCAEQegAaiAEQShqKQMANwMAIAcgAykDADcDACAJIAgpAwA3AwAgCyAKKQMANwMAIA0gDCkDADcDACAEIAQpAwA3A0AgBEEwaiAEQUBrEDkgBCgCMCICDQEgBCAEKQI0NwNAIARBQGsQGyEDIAEgASgCAEEBazYCAEEBDAILIAQgBCkDMDcDQCAEQUBrEBshAyAEEE0gASABKAIAQQFrNgIAQQEMAQsgBCkCNCEOIAEgASgCAEEBazYCAEEAIQNBoYPCAC0AABpBEBAFIgFFDQMgASAOPgIIIAEgAjYCBCABQQA2AgAgASAOQiCIPgIMQQALNgIIIAAgAzYCBCAAIAE2AgAgBEHwAGokAA8LEIYBAAsQhwEACwALkQQBBn8jAEEQayIEJAACQAJAAkACQAJAIAFB1ABqKAIAIgJFDQAgAUEwaiIGKAIAIQUDQCAFRQ0CIAEoAkwhByACIAEoAjQgASgCOCIDa0sEQCAGIAMgAhBMIAEoAjAhBSABKAI4IQMLIAMgBWogByACEIkBGiABIAIgA2o2AjggASgCVCIDIAJJDQMgAUEANgJUIAMgAmsiA0UNASABKAJMIgcgAiAHaiADEIoBIAEgAzYCVCADIQIMAAsACyAEQQhqIAFBGGoQKiAELQAIIgJBBEYNAiAAIAQoAAk2AAEgAEEEaiAEKAAMNgAADAMLQZT1wQBBK0G0gcAAEGkACyACIANBrKfBABBaAAsgASgCSCIDQQdLBEBBBCECDAELIAFBMGoiBygCACEGAkADQCABKAIIIQIgBCABKAIQIgVBGHY6AA8gBCAFQRB2OgAOIAQgBUEIdjoADSAEIAU6AAwgBCACQRh2OgALIAQgAkEQdjoACiAEIAJBCHY6AAkgBCACOgAIIAZFDQFBCCADayICIAEoAjQgASgCOCIFa0sEQCAHIAUgAhBMIAEoAjAhBiABKAI4IQULIAUgBmogBEEIaiADaiACEIkBGiABIAIgBWo2AjggASABKAJIIAJqIgM2AkggA0EISQ0AC0EEIQIMAQtBlPXBAEErQbSBwAAQaQALIAAgAjoAACAEQRBqJAALswIBBX8jAEHQAGsiAiQAAkAgAEUEQCACQShqQQZBABAoDAELIAJBKGogAUEAECgLIAJBADYCSCACQgE3A0BBoYPCAC0AABoCQEGAgAIQBSIBRQ0AIAJBIGoiAyACQcgAaigCADYCACACQRhqIgQgAkFAaykDADcDACACQRBqIgUgAkE4aikDADcDACACQQhqIgYgAkEwaikDADcDACACIAIpAyg3AwBBoYPCAC0AABpBMBAFIgBFDQAgACACKQMANwMAIABCgIACNwMoIAAgATYCJCAAQSBqIAMoAgA2AgAgAEEYaiAEKQMANwMAIABBEGogBSkDADcDACAAQQhqIAYpAwA3AwBBoYPCAC0AABpBCBAFIgFFDQAgASAANgIEIAFBADYCACACQdAAaiQAIAEPCwALswIBBX8jAEHQAGsiAiQAAkAgAEUEQCACQShqQQZBARAoDAELIAJBKGogAUEBECgLIAJBADYCSCACQgE3A0BBoYPCAC0AABoCQEGAgAIQBSIBRQ0AIAJBIGoiAyACQcgAaigCADYCACACQRhqIgQgAkFAaykDADcDACACQRBqIgUgAkE4aikDADcDACACQQhqIgYgAkEwaikDADcDACACIAIpAyg3AwBBoYPCAC0AABpBMBAFIgBFDQAgACACKQMANwMAIABCgIACNwMoIAAgATYCJCAAQSBqIAMoAgA2AgAgAEEYaiAEKQMANwMAIABBEGogBSkDADcDACAAQQhqIAYpAwA3AwBBoYPCAC0AABpBCBAFIgFFDQAgASAANgIEIAFBADYCACACQdAAaiQAIAEPCwALnwQBA38CQAJAAkACQAJAAkACQCACQQNPBEAgA0UNASADQYCAAksNBCABIAEoAoiABCACajYCiIAEIAEoAoCABCIEQYCABE8NByABIARqIAJBA2siAjoAACABIAEoAoCABEEBaiIENgKAgAQgBEGAgARPDQcgASAEaiADQQFrIgU6AAAgASABKAKAgARBAWoiBDYCgIAEIARBgIAETw0HIAEgBGogBUEIdiIGOgAAIAEgASgCgIAEQQFqNgKAgAQgASgChIAEIgRBgIAETw0CIAEgBGoiBCAELQAAQQF2OgAAIAEoAoSABCIEQYCABE8NAyABIARqIgQgBC0AAEGAAXI6AAAgASABKAKMgARBAWsiBDYCjIAEIARFBEAgAUEINgKMgAQgASABKAKAgAQiBDYChIAEIAEgBEEBajYCgIAECyAAIAVB2LjBAGogBkHYwMEAaiADQYEESRstAABBAXRqQcAEaiIBIAEvAQBBAWo7AQAgAkGAAk8NBSACQQF0QfSxwQBqLwEAIgFBoAJJDQYgAUGgAkGYxcEAEFsAC0HIw8EAQTNB/MPBABBpAAtBjMTBAEEhQbDEwQAQaQALIARBgIAEQcSxwQAQWwALIARBgIAEQcSxwQAQWwALQcDEwQBBNUH4xMEAEGkACyACQYACQYjFwQAQWwALIAAgAUEBdGoiACAALwEAQQFqOwEADwsgBEGAgARBtLHBABBbAAv0AwIHfwF+IwBBEGsiByQAIAFBJGohCSABQRhqIQoCQAJAAkADQAJAIAEoAiwiBEUNACABKAIYIQgDQCAIRQ0DIAEoAiQhBSAEIAEoAhwgASgCICIGa0sEQCAKIAYgBBBMIAEoAhghCCABKAIgIQYLIAYgCGogBSAEEIkBGiABIAQgBmo2AiAgASgCLCIFIARJDQQgAUEANgIsIAUgBGsiBUUNASABKAIkIgYgBCAGaiAFEIoBIAEgBTYCLCAFIQQMAAsACyABKQMAIQsgB0EIaiABIAIgAyAJQQAQFiAHKAIIIgVBAkcgASkDACALfSILQv////8Pg0IAUnJFIActAAwiBEECR3ENAAsgAAJ/IAVBAkYEQCAAIAs+AgQgAEEIaiAEOgAAQQAMAQtBoYPCAC0AABpBFhAFIgJFDQNBoYPCAC0AABogAkEOakGagcAAKQAANwAAIAJBCGpBlIHAACkAADcAACACQYyBwAApAAA3AABBDBAFIgFFDQMgAUKWgICA4AI3AgQgASACNgIAQaGDwgAtAAAaQQwQBSICRQ0DIAJBFDoACCACQZCAwAA2AgQgAiABNgIAIAAgAq1CIIZCA4Q3AgRBAQs2AgAgB0EQaiQADwtBlPXBAEErQaSBwAAQaQALIAQgBUGsp8EAEFoACwAL7QMBA38jAEHA0gJrIgIkACACQShqIAFBCGooAgA2AgAgAiABKQIANwIgIAJBvNICakEANgIAIAJCADcCtNICIAJBrIACakEAQeDRABCLARogAkEsakEAQYCAAhCLARogAkGs0gJqQgA3AgAgAkGk0gJqQgA3AgAgAkGc0gJqQgA3AgAgAkGU0gJqQgA3AgAgAkIANwKM0gJBoYPCAC0AABoCQEH01QIQBSIBRQ0AIAEgAkEsakGU0gIQiQEiAUIANwLo1QIgAUGU0gJqQQBB0gMQiwEaIAFBATsB8tUCIAFBAToA8NUCIAJBEGogAkEkaikCADcDACABQQI6APHVAkGhg8IALQAAGiACIAIpAhw3AwhBgIACEAUiA0UNAEGhg8IALQAAGkEIEAUiBEUNACAAQgA3AlwgAEEANgIIIABCADcDACAAQQA2AhAgACACKQMINwIUIABCADcDKCAAQoCAAjcCRCAAIAQ2AlAgACADNgJAIAAgATYCOCAAQZABakEAOgAAIABBjAFqQQA2AgAgAEGAAWpBADYCACAAQfQAakEANgIAIABBlAFqQQA6AAAgAEHkAGpCADcCACAAQTBqQgA3AwAgAEHUAGpCCDcCACAAQRxqIAJBEGopAwA3AgAgAkHA0gJqJAAPCwALrQMBA38jAEEQayIDJAAgA0EIaiABEB4CQAJAIAMtAAgiAkEERgRAIAFBMGoiBCgCACECIARBADYCACACRQ0CIAAgAUE0aikCADcCBCAAIAI2AgAMAQsgAEEIaiADKAAMNgAAIABBBWogAygACTYAACAAQQA2AgAgACACOgAEIAFBMGooAgBFDQAgA0EIaiABEB4gAygCDCEAIAMtAAgiAkEETSACQQNHcUUEQCAAKAIAIgIgAEEEaigCACIEKAIAEQMAIARBBGooAgAEQCACEAwLIAAQDAsgASgCMEUNACADQQhqIAFBGGoQKiADKAIMIQAgAy0ACCICQQRNIAJBA0dxRQRAIAAoAgAiAiAAQQRqKAIAIgQoAgARAwAgBEEEaigCAARAIAIQDAsgABAMCyABKAIwIgBFDQAgAUE0aigCAEUNACAAEAwLIAFBKGooAgAiAEEEaigCABAMIAAoAjgQDCAAKAI8EAwgABAMIAFBQGsoAgAEQCABQTxqKAIAEAwLIAFB0ABqKAIABEAgASgCTBAMCyADQRBqJAAPC0GU9cEAQStB/IDAABBpAAvdAwIJfwF+IwBBEGsiBCQAAkACQAJAAkACQAJAIAEEQCABKAIADQEgAUF/NgIAIAQgASgCBCICQShqIghBwPXBAEEAIAJBQGsiCUECEBAgBCgCACIDQQJHDQIgAkEYaiEKA0ACQCACKAJIIgNFDQADQCACKAIYIgZFDQYgAigCQCEHIAMgAigCHCACKAIgIgVrSwRAIAogBSADEEwgAigCGCEGIAIoAiAhBQsgBSAGaiAHIAMQiQEaIAIgAyAFajYCICACIAcgAxALIAIoAkgiBSADSQ0HIAJBADYCSCAFIANrIgVFDQEgAigCQCIGIAMgBmogBRCKASACIAU2AkggBSEDDAALAAsgAikDMCAEIAhBwPXBAEEAIAlBABAQIAQoAgAiA0ECRw0GIAIpAzBSDQALIAIoAhhFDQYgAUEANgIAIABCADcDACAEQRBqJAAPCxCGAQALEIcBAAsgBCAEKAIENgIMIAQgAzYCCEH5ocEAQSsgBEEIakG8gMAAQcyAwAAQVgALQZT1wQBBK0GkgcAAEGkACyADIAVBrKfBABBaAAsgBCAEKAIENgIMIAQgAzYCCEH5ocEAQSsgBEEIakG8gMAAQdyAwAAQVgALQZT1wQBBK0HsgMAAEGkAC5IDAgh/AX4jAEEQayIEJAAgAUEoaiEHIAFBQGshCCABQRhqIQkCQAJAAkACQANAAkAgASgCSCICRQ0AA0AgASgCGCIGRQ0DIAEoAkAhAyACIAEoAhwgASgCICIFa0sEfyAJIAUgAhBMIAEoAiAhBSABKAIYBSAGCyAFaiADIAIQiQEaIAEgAiAFajYCICABIAMgAhALIAEoAkgiAyACSQ0EIAFBADYCSCADIAJrIgNFDQEgASgCQCIGIAIgBmogAxCKASABIAM2AkggAyECDAALAAsgASkDMCAEQQhqIAdBwPXBAEEAIAhBBBAQIAQoAggiA0ECRwRAIAQoAgwhAUGhg8IALQAAGkEIEAUiAkUNBCACIAE2AgQgAiADNgIAQaGDwgAtAAAaQQwQBSIBRQ0EIAFBJzoACCABQZifwQA2AgQgASACNgIAIAAgAa1CIIZCA4Q3AgAMBQsgASkDMFINAAsgAEEEOgAADAMLQZT1wQBBK0GkgcAAEGkACyACIANBrKfBABBaAAsACyAEQRBqJAALpAMCB38BfiMAQRBrIgIkACACIAFBwPXBAEEAIAFBJGoiB0ECEBYCQAJAAkACQCACKAIAIgNBAkYEQCABQRhqIQgDQAJAIAEoAiwiA0UNACABKAIYIQUDQCAFRQ0EIAEoAiQhBiADIAEoAhwgASgCICIEa0sEQCAIIAQgAxBMIAEoAhghBSABKAIgIQQLIAQgBWogBiADEIkBGiABIAMgBGo2AiAgASgCLCIEIANJDQUgAUEANgIsIAQgA2siBEUNASABKAIkIgYgAyAGaiAEEIoBIAEgBDYCLCAEIQMMAAsACyABKQMIIAIgAUHA9cEAQQAgB0EAEBYgAigCACIDQQJHDQQgASkDCFINAAsgASgCGA0EQZT1wQBBK0HsgMAAEGkACyACIAIoAgQ2AgwgAiADNgIIQfmhwQBBKyACQQhqQbyAwABBzIDAABBWAAtBlPXBAEErQaSBwAAQaQALIAMgBEGsp8EAEFoACyACIAIoAgQ2AgwgAiADNgIIQfmhwQBBKyACQQhqQbyAwABB3IDAABBWAAsgAEEEOgAAIAJBEGokAAuYAwEEf0Ghg8IALQAAGgJAQcyZBRAFIgNFDQAgA0EAQcyZBRCLASEEQaGDwgAtAAAaQeAhEAUiA0UNACADQQBB4CEQiwEhBUGhg8IALQAAGkGCggoQBSIDRQ0AIANBAEGCggoQiwEhBkGhg8IALQAAGkHogAQQBSIDRQ0AIANCADcCDCADIAQ2AgQgA0EANgIAIANCADcCJCADIAY2AjwgAyAFNgI4IANBFGpCADcCACADQRxqQoCAgIAQNwIAIANBLGpCADcCACADQTRqIgRBADYCACADQcgAakEAQZCABBCLARogA0KAgICAgAE3AuCABCADQgE3AtiABCAAIAM2AhAgAEIANwMAIABBCGpCADcDACADQQpBASABIAFBgAJPG0H/AXEiACAAQQpPG0ECdEG4x8EAaigCACAAQQRJQQ50ciIBQYAgciABIAIbIgEgAUGAgCByIAAbIgA2AgggBCAAQQ52QQFxOgAAIAMgAEH/H3EiAEECdkECakEDbkEBaq1CIIYgAEECakEDbkEBaq2ENwJADwsAC4YDAgd/AX4jAEEQayIFJAAgAUEkaiEHIAFBGGohCAJAAkACQAJAA0ACQCABKAIsIgJFDQAgASgCGCEGA0AgBkUNAyABKAIkIQMgAiABKAIcIAEoAiAiBGtLBEAgCCAEIAIQTCABKAIYIQYgASgCICEECyAEIAZqIAMgAhCJARogASACIARqNgIgIAEoAiwiAyACSQ0EIAFBADYCLCADIAJrIgNFDQEgASgCJCIEIAIgBGogAxCKASABIAM2AiwgAyECDAALAAsgASkDCCAFQQhqIAFBwPXBAEEAIAdBBBAQIAUoAggiA0ECRwRAIAUoAgwhAUGhg8IALQAAGkEIEAUiAkUNBCACIAE2AgQgAiADNgIAQaGDwgAtAAAaQQwQBSIBRQ0EIAFBJzoACCABQZifwQA2AgQgASACNgIAIAAgAa1CIIZCA4Q3AgAMBQsgASkDCFINAAsgAEEEOgAADAMLQZT1wQBBK0GkgcAAEGkACyACIANBrKfBABBaAAsACyAFQRBqJAALhgMCB38BfiMAQRBrIgUkACABQSRqIQcgAUEYaiEIAkACQAJAAkADQAJAIAEoAiwiAkUNACABKAIYIQYDQCAGRQ0DIAEoAiQhAyACIAEoAhwgASgCICIEa0sEQCAIIAQgAhBMIAEoAhghBiABKAIgIQQLIAQgBmogAyACEIkBGiABIAIgBGo2AiAgASgCLCIDIAJJDQQgAUEANgIsIAMgAmsiA0UNASABKAIkIgQgAiAEaiADEIoBIAEgAzYCLCADIQIMAAsACyABKQMIIAVBCGogAUHA9cEAQQAgB0EEEBYgBSgCCCIDQQJHBEAgBSgCDCEBQaGDwgAtAAAaQQgQBSICRQ0EIAIgATYCBCACIAM2AgBBoYPCAC0AABpBDBAFIgFFDQQgAUEnOgAIIAFBmJ/BADYCBCABIAI2AgAgACABrUIghkIDhDcCAAwFCyABKQMIUg0ACyAAQQQ6AAAMAwtBlPXBAEErQaSBwAAQaQALIAIgA0Gsp8EAEFoACwALIAVBEGokAAvNAgEGfyABIAJBAXRqIQkgAEGA/gNxQQh2IQogAEH/AXEhDAJAAkACQANAIAFBAmohCyAHIAEtAAEiAmohCCAKIAEtAAAiAUcEQCABIApLDQMgCCEHIAsiASAJRw0BDAMLIAcgCE0EQCAEIAhJDQIgAyAHaiEBAkADQCACRQ0BIAJBAWshAiABLQAAIAFBAWohASAMRw0AC0EAIQIMBQsgCCEHIAsiASAJRw0BDAMLCyAHIAhB7IrAABBdAAsgCCAEQeyKwAAQWgALIABB//8DcSEHIAUgBmohA0EBIQIDQAJAIAVBAWohACAFLQAAIgHAIgRBAE4EfyAABSAAIANGDQEgBS0AASAEQf8AcUEIdHIhASAFQQJqCyEFIAcgAWsiB0EASA0CIAJBAXMhAiADIAVHDQEMAgsLQZT1wQBBK0H8isAAEGkACyACQQFxC+8CAQd/IwBBIGsiBSQAAkACQAJAIAEEQCABKAIADQEgAUF/NgIAAkAgASgCBCICKAJIRQRAIAJB1ABqKAIAIgRFDQEgAkEwaiEHA0AgAigCMCIGRQ0FIAIoAkwhCCAEIAIoAjQgAigCOCIDa0sEQCAHIAMgBBBMIAIoAjAhBiACKAI4IQMLIAMgBmogCCAEEIkBGiACIAMgBGo2AjggAigCVCIDIARJDQYgAkEANgJUIAMgBGsiA0UNAiACKAJMIgYgBCAGaiADEIoBIAIgAzYCVCADIQQMAAsACyAFQQA2AgggAkHIAGogBUEIakHApMEAEGQACyAFIAJBGGoQJwJ/IAUtAABBBEYEQEEAIQNBAAwBCyAFIAUpAwA3AwhBASEDIAVBCGoQGwshBCABQQA2AgAgACADNgIEIAAgBDYCACAFQSBqJAAPCxCGAQALEIcBAAtBlPXBAEErQbSBwAAQaQALIAQgA0Gsp8EAEFoAC9MCAQJ/IwBBEGsiAiQAIAAoAgAhAAJAIAFB/wBNBEAgACgCCCIDIAAoAgRGBH8gACADEE4gACgCCAUgAwsgACgCAGogAToAACAAIAAoAghBAWo2AggMAQsgAkEANgIMAn8gAUGAEE8EQCABQYCABE8EQCACIAFBP3FBgAFyOgAPIAIgAUEGdkE/cUGAAXI6AA4gAiABQQx2QT9xQYABcjoADSACIAFBEnZBB3FB8AFyOgAMQQQMAgsgAiABQT9xQYABcjoADiACIAFBDHZB4AFyOgAMIAIgAUEGdkE/cUGAAXI6AA1BAwwBCyACIAFBP3FBgAFyOgANIAIgAUEGdkHAAXI6AAxBAgshASABIAAoAgQgACgCCCIDa0sEQCAAIAMgARBMIAAoAgghAwsgACgCACADaiACQQxqIAEQiQEaIAAgASADajYCCAsgAkEQaiQAQQAL6QICBH8BfiMAQcABayIEJAACQAJAIAEEQCABKAIAIgVBf0YNAUEBIQYgASAFQQFqNgIAIAFBBGooAgAhBSABQQxqKAIAIQcgBEEANgJwIARCATcDaCAEIARB6ABqIANBBiACGxAwIARB2ABqIAQgBSAHEBoCQAJAIAQtAFhBBEYEQCAEQegAaiICIARB2AAQiQEaIARB2ABqIAIQJCAEKAJYIgINASAEIAQpAlw3A2ggBEHoAGoQGyEDIAEgASgCAEEBazYCAAwCCyAEIAQpA1g3A2ggBEHoAGoQGyEDIAQQNiABIAEoAgBBAWs2AgAMAQsgBCkCXCEIIAEgASgCAEEBazYCAEEAIQNBoYPCAC0AABpBEBAFIgFFDQMgASAIPgIIIAEgAjYCBCABQQA2AgAgASAIQiCIPgIMQQAhBgsgACAGNgIIIAAgAzYCBCAAIAE2AgAgBEHAAWokAA8LEIYBAAsQhwEACwALygIBAn8jAEEQayICJAACQCABQf8ATQRAIAAoAggiAyAAKAIERgRAIAAgAxBOIAAoAgghAwsgACADQQFqNgIIIAAoAgAgA2ogAToAAAwBCyACQQA2AgwCfyABQYAQTwRAIAFBgIAETwRAIAIgAUE/cUGAAXI6AA8gAiABQQZ2QT9xQYABcjoADiACIAFBDHZBP3FBgAFyOgANIAIgAUESdkEHcUHwAXI6AAxBBAwCCyACIAFBP3FBgAFyOgAOIAIgAUEMdkHgAXI6AAwgAiABQQZ2QT9xQYABcjoADUEDDAELIAIgAUE/cUGAAXI6AA0gAiABQQZ2QcABcjoADEECCyEBIAEgACgCBCAAKAIIIgNrSwRAIAAgAyABEEwgACgCCCEDCyAAKAIAIANqIAJBDGogARCJARogACABIANqNgIICyACQRBqJABBAAvVAgEDfyMAQUBqIgMkAAJAQQoQBSIEBEAgBEEEay0AAEEDcQRAIARCADcAACAEQQhqQQA7AAALIARB/wE6AAkgBEKfliI3AAAgA0EQaiIFQQo2AgAgBEECIAJBAklBAnQgAkEJTxs6AAggA0EKNgIcIAMgBDYCGCADIAMpAxg3AwggA0EYaiACQQAQKCADQThqIgIgAUEIaigCADYCAEGhg8IALQAAGiADIAEpAgA3AzBBgIACEAUiAQ0BCwALIABBADYCCCAAQgA3AwAgAEEANgIQIAAgAykDGDcDGCAAQQA2AkggACADKQMINwJMIABBQGtCgIACNwMAIABBPGogATYCACAAQSBqIANBIGopAwA3AwAgAEEoaiADQShqKQMANwMAIABBMGogA0EwaikDADcDACAAQThqIAIoAgA2AgAgAEHUAGogBSgCADYCACADQUBrJAAL6wICBH8BfiMAQcACayICJAACQAJAIAEEQCABKAIAIgNBf0YNAUEBIQUgASADQQFqNgIAIAFBBGooAgAhAyABQQxqKAIAIQQgAkEANgKwASACQgE3A6gBIAIgAkGoAWoQIyACQZgBaiACIAMgBBAGAkACQCACLQCYAUEERgRAIAJBqAFqIgMgAkGYARCJARogAkGYAWogAxARIAIoApgBIgQNASACIAIpApwBNwOoASACQagBahAbIQMgASABKAIAQQFrNgIADAILIAIgAikDmAE3A6gBIAJBqAFqEBshAyACEDIgASABKAIAQQFrNgIADAELIAIpApwBIQYgASABKAIAQQFrNgIAQQAhA0Ghg8IALQAAGkEQEAUiAUUNAyABIAY+AgggASAENgIEIAFBADYCACABIAZCIIg+AgxBACEFCyAAIAU2AgggACADNgIEIAAgATYCACACQcACaiQADwsQhgEACxCHAQALAAvHAgEEfyMAQRBrIgIkAAJAIAAoAhhFDQAgAkEIaiAAECYgAigCDCEBIAItAAgiA0EETSADQQNHcUUEQCABKAIAIgMgAUEEaigCACIEKAIAEQMAIARBBGooAgAEQCADEAwLIAEQDAsgACgCGCIBRQ0AIABBHGooAgBFDQAgARAMCyAAQThqKAIAEAwgAEHEAGooAgAEQCAAKAJAEAwLIABB1ABqKAIABEAgACgCUBAMCyAAQeAAaigCACEBAkACQCAAQdwAai0AAEEBaw4FAAAAAAABCyABRQ0AIAEQDAsCQCAAQegAaigCACIBRQ0AIABB7ABqKAIARQ0AIAEQDAsCQCAAQfQAaigCACIBRQ0AIABB+ABqKAIARQ0AIAEQDAsCQCAAQYABaigCACIBRQ0AIABBhAFqKAIARQ0AIAEQDAsgAkEQaiQAC8ACAgV/AX4jAEEwayIFJABBJyEDAkAgAEKQzgBUBEAgACEIDAELA0AgBUEJaiADaiIEQQRrIABCkM4AgCIIQvCxA34gAHynIgZB//8DcUHkAG4iB0EBdEHqhMAAai8AADsAACAEQQJrIAdBnH9sIAZqQf//A3FBAXRB6oTAAGovAAA7AAAgA0EEayEDIABC/8HXL1YgCCEADQALCyAIpyIEQeMASwRAIANBAmsiAyAFQQlqaiAIpyIGQf//A3FB5ABuIgRBnH9sIAZqQf//A3FBAXRB6oTAAGovAAA7AAALAkAgBEEKTwRAIANBAmsiAyAFQQlqaiAEQQF0QeqEwABqLwAAOwAADAELIANBAWsiAyAFQQlqaiAEQTBqOgAACyACIAFBwPXBAEEAIAVBCWogA2pBJyADaxAXIAVBMGokAAu9AgEDfyMAQYABayIEJAAgACgCACEAAkACQAJ/AkAgASgCHCICQRBxRQRAIAJBIHENASAANQIAQQEgARAzDAILIAAoAgAhAEEAIQIDQCACIARqQf8AakEwQdcAIABBD3EiA0EKSRsgA2o6AAAgAkEBayECIABBD0sgAEEEdiEADQALIAJBgAFqIgBBgQFPDQIgAUEBQeiEwABBAiACIARqQYABakEAIAJrEBcMAQsgACgCACEAQQAhAgNAIAIgBGpB/wBqQTBBNyAAQQ9xIgNBCkkbIANqOgAAIAJBAWshAiAAQQ9LIABBBHYhAA0ACyACQYABaiIAQYEBTw0CIAFBAUHohMAAQQIgAiAEakGAAWpBACACaxAXCyAEQYABaiQADwsgAEGAAUHYhMAAEFwACyAAQYABQdiEwAAQXAAL9AIBBH8gASgCACEDIAEoAgQhBAJAAkADQCAEIARBAEciBUkNASAERQRAIAFBADYCBCAAQYHKADsBACABIAMgBWo2AgAPCyABIAQgBWsiBDYCBCABIAMgBWoiBTYCACADLQAAIgZFBEAgAEEEOgAADwsgAigCCCIDQf//A0cEQCACKAIEIANGBEAgAiADEE4gAigCCCEDCyACIANBAWo2AgggAigCACADaiAGOgAAIAUhAwwBCwtBoYPCAC0AABpBGhAFIgJFDQFBoYPCAC0AABogAkEYakGYqsEALwAAOwAAIAJBEGpBkKrBACkAADcAACACQQhqQYiqwQApAAA3AAAgAkGAqsEAKQAANwAAQQwQBSIBRQ0BIAFCmoCAgKADNwIEIAEgAjYCAEGhg8IALQAAGkEMEAUiAkUNASACQRQ6AAggAkH4qMEANgIEIAIgATYCACAAIAKtQiCGQgOENwIADwtBvKbBAEEjQfCkwQAQaQALAAuuAgEEfyMAQRBrIgIkAAJAIABBMGooAgBFDQAgAkEIaiAAEB4gAigCDCEBIAItAAgiA0EETSADQQNHcUUEQCABKAIAIgMgAUEEaigCACIEKAIAEQMAIARBBGooAgAEQCADEAwLIAEQDAsgACgCMEUNACACQQhqIABBGGoQKiACKAIMIQEgAi0ACCIDQQRNIANBA0dxRQRAIAEoAgAiAyABQQRqKAIAIgQoAgARAwAgBEEEaigCAARAIAMQDAsgARAMCyAAKAIwIgFFDQAgAEE0aigCAEUNACABEAwLIABBKGooAgAiAUEEaigCABAMIAEoAjgQDCABKAI8EAwgARAMIABBQGsoAgAEQCAAQTxqKAIAEAwLIABB0ABqKAIABEAgACgCTBAMCyACQRBqJAALrwIBA38jAEGAAWsiBCQAAkACQAJAAkAgASgCHCICQRBxRQRAIAJBIHENASAArUEBIAEQMyEADAQLQQAhAgNAIAIgBGpB/wBqQTBB1wAgAEEPcSIDQQpJGyADajoAACACQQFrIQIgAEEPSyAAQQR2IQANAAsgAkGAAWoiAEGBAU8NASABQQFB6ITAAEECIAIgBGpBgAFqQQAgAmsQFyEADAMLQQAhAgNAIAIgBGpB/wBqQTBBNyAAQQ9xIgNBCkkbIANqOgAAIAJBAWshAiAAQQ9LIABBBHYhAA0ACyACQYABaiIAQYEBTw0BIAFBAUHohMAAQQIgAiAEakGAAWpBACACaxAXIQAMAgsgAEGAAUHYhMAAEFwACyAAQYABQdiEwAAQXAALIARBgAFqJAAgAAu3AgEHfyMAQRBrIgIkAEEBIQcCQAJAIAEoAhQiBEEnIAFBGGooAgAoAhAiBREAAA0AIAIgACgCAEGBAhANAkAgAi0AAEGAAUYEQCACQQhqIQZBgAEhAwNAAkAgA0GAAUcEQCACLQAKIgAgAi0AC08NBCACIABBAWo6AAogAEEKTw0GIAAgAmotAAAhAQwBC0EAIQMgBkEANgIAIAIoAgQhASACQgA3AwALIAQgASAFEQAARQ0ACwwCC0EKIAItAAoiASABQQpNGyEAIAItAAsiAyABIAEgA0kbIQYDQCABIAZGDQEgAiABQQFqIgM6AAogACABRg0DIAEgAmohCCADIQEgBCAILQAAIAURAABFDQALDAELIARBJyAFEQAAIQcLIAJBEGokACAHDwsgAEEKQfCWwAAQWwALtgIBA38jAEEQayICJAAgAkEIaiABECoCQAJAIAItAAgiA0EERgRAIAEoAhghAyABQQA2AhggA0UNAiAAIAFBHGopAgA3AgQgACADNgIADAELIABBCGogAigADDYAACAAQQVqIAIoAAk2AAAgAEEANgIAIAAgAzoABCABKAIYRQ0AIAJBCGogARAqIAIoAgwhACACLQAIIgNBBE0gA0EDR3FFBEAgACgCACIDIABBBGooAgAiBCgCABEDACAEQQRqKAIABEAgAxAMCyAAEAwLIAEoAhgiAEUNACABQRxqKAIARQ0AIAAQDAsgAUEQaigCACIAQQRqKAIAEAwgACgCOBAMIAAoAjwQDCAAEAwgAUEoaigCAARAIAEoAiQQDAsgAkEQaiQADwtBlPXBAEErQfyAwAAQaQALpQICAn8BfiMAQUBqIgIkAAJAAkAgAQRAIAEoAgANASABQQA2AgAgASgCBCEDIAEQDCACQThqIANBKGopAwA3AwAgAkEwaiADQSBqKQMANwMAIAJBKGogA0EYaikDADcDACACQSBqIANBEGopAwA3AwAgAkEYaiADQQhqKQMANwMAIAIgAykDADcDECACIAJBEGoQOSAAAn8gAigCACIBRQRAIAIgAikCBDcDECACQRBqEBshASADEAxBAQwBCyACKQIEIQQgAxAMQaGDwgAtAAAaQRAQBSIDRQ0DIAMgBD4CCCADIAE2AgRBACEBIANBADYCACADIARCIIg+AgxBAAs2AgggACABNgIEIAAgAzYCACACQUBrJAAPCxCGAQALEIcBAAsAC6UCAgJ/AX4jAEFAaiICJAACQAJAIAEEQCABKAIADQEgAUEANgIAIAEoAgQhAyABEAwgAkE4aiADQShqKQMANwMAIAJBMGogA0EgaikDADcDACACQShqIANBGGopAwA3AwAgAkEgaiADQRBqKQMANwMAIAJBGGogA0EIaikDADcDACACIAMpAwA3AxAgAiACQRBqED8gAAJ/IAIoAgAiAUUEQCACIAIpAgQ3AxAgAkEQahAbIQEgAxAMQQEMAQsgAikCBCEEIAMQDEGhg8IALQAAGkEQEAUiA0UNAyADIAQ+AgggAyABNgIEQQAhASADQQA2AgAgAyAEQiCIPgIMQQALNgIIIAAgATYCBCAAIAM2AgAgAkFAayQADwsQhgEACxCHAQALAAuwAgEEf0EfIQIgAEIANwIQIAFB////B00EQCABQQYgAUEIdmciA2t2QQFxIANBAXRrQT5qIQILIAAgAjYCHCACQQJ0Qdj/wQBqIQQCQAJAAkACQEH0gsIAKAIAIgVBASACdCIDcQRAIAQoAgAiAygCBEF4cSABRw0BIAMhAgwCC0H0gsIAIAMgBXI2AgAgBCAANgIAIAAgBDYCGAwDCyABQRkgAkEBdmtBH3FBACACQR9HG3QhBANAIAMgBEEddkEEcWpBEGoiBSgCACICRQ0CIARBAXQhBCACIQMgAigCBEF4cSABRw0ACwsgAigCCCIBIAA2AgwgAiAANgIIIABBADYCGCAAIAI2AgwgACABNgIIDwsgBSAANgIAIAAgAzYCGAsgACAANgIMIAAgADYCCAvfAgEEfyMAQaDSAmsiACQAIABBnNICakEANgIAIABCADcClNICIABBjIACakEAQeDRABCLARogAEEMakEAQYCAAhCLARogAEGM0gJqQgA3AgAgAEGE0gJqQgA3AgAgAEH80QJqQgA3AgAgAEH00QJqQgA3AgAgAEIANwLs0QJBoYPCAC0AABoCQEH01QIQBSIBRQ0AIAEgAEEMakGU0gIQiQEiAkIANwLo1QIgAkGU0gJqQQBB0gMQiwEaIAJBATsB8tUCIAJBAToA8NUCIAJBAjoA8dUCQaGDwgAtAAAaQYCAAhAFIgNFDQBBoYPCAC0AABpBMBAFIgFFDQAgAUIANwMAIAFCgIACNwMoIAEgAzYCJCABQQA2AiAgAUIBNwMYIAEgAjYCECABQQhqQgA3AwBBoYPCAC0AABpBCBAFIgJFDQAgAiABNgIEIAJBADYCACAAQaDSAmokACACDwsAC98CAQR/IwBBoNICayIAJAAgAEGc0gJqQQA2AgAgAEIANwKU0gIgAEGMgAJqQQBB4NEAEIsBGiAAQQxqQQBBgIACEIsBGiAAQYzSAmpCADcCACAAQYTSAmpCADcCACAAQfzRAmpCADcCACAAQfTRAmpCADcCACAAQgA3AuzRAkGhg8IALQAAGgJAQfTVAhAFIgFFDQAgASAAQQxqQZTSAhCJASICQgA3AujVAiACQZTSAmpBAEHSAxCLARogAkEBOwHy1QIgAkEBOgDw1QIgAkEAOgDx1QJBoYPCAC0AABpBgIACEAUiA0UNAEGhg8IALQAAGkEwEAUiAUUNACABQgA3AwAgAUKAgAI3AyggASADNgIkIAFBADYCICABQgE3AxggASACNgIQIAFBCGpCADcDAEGhg8IALQAAGkEIEAUiAkUNACACIAE2AgQgAkEANgIAIABBoNICaiQAIAIPCwALnQIBA38jAEEQayICJAAgAkEIaiABECkCQAJAIAItAAgiA0EERgRAIAEoAhghAyABQQA2AhggA0UNAiAAIAFBHGopAgA3AgQgACADNgIADAELIABBCGogAigADDYAACAAQQVqIAIoAAk2AAAgAEEANgIAIAAgAzoABCABKAIYRQ0AIAJBCGogARApIAIoAgwhACACLQAIIgNBBE0gA0EDR3FFBEAgACgCACIDIABBBGooAgAiBCgCABEDACAEQQRqKAIABEAgAxAMCyAAEAwLIAEoAhhFDQAgAUEcaigCAEUNACABKAIYEAwLIAFBEGooAgAQDCABQShqKAIABEAgASgCJBAMCyACQRBqJAAPC0GU9cEAQStB/IDAABBpAAueAgEFfyMAQRBrIgUkAAJAIAMEQANAIAUgASACIAMQIiAFKAIIIAUoAgQiBiAFKAIAIgcbIQQCQAJAAkACQAJAAkACQAJ/AkACQCAGIAhBgH5xQQRyIAcbIghB/wFxQQFrDgQAAQMFBAsgCEEIdgwBCyAELQAIC0H/AXFBI0cNAQwGCyAELQAIQSNGDQILIAAgBDYCBCAAIAg2AgAMBwsgBEUNASADIARJDQIgAiAEaiECIAMgBGshAwwDCyAEKAIAIgYgBEEEaigCACIHKAIAEQMAIAdBBGooAgAEQCAGEAwLIAQQDAwCCyAAQdyowQA2AgQgAEECOgAADAQLIAQgA0GwqMEAEFwACyADDQALCyAAQQQ6AAALIAVBEGokAAuSAgEHfyACKAIkIQkCQAJAAkACQAJAIAEoAgBFBEAgAigCHCEBDAELAkAgAUEIaigCACIEIAIoAigiA2siBSACKAIcIgggBSAISRsiBkUEQCACKAIYIQcMAQsgAyAGaiIFIAZJDQIgBCAFSQ0DIAIoAhgiBCAGaiIHIARJDQQgB0HMmQVLDQUgASgCBCADaiACKAIEIARqIAYQiQEaIAUhAwsgAiADNgIoIAIgBzYCGCACIAggBmsiATYCHAsgACADNgIIIAAgCTYCBCAAIAFFIAItADVBAEdxNgIADwsgAyAFQYjHwQAQXQALIAUgBEGIx8EAEFoACyAEIAdBmMfBABBdAAsgB0HMmQVBmMfBABBaAAugAgEFfyMAQUBqIgQkAEEBIQYCQCAAKAIUIgUgAUEPIABBGGooAgAiBygCDCIBEQEADQACQCAAKAIcIghBBHFFBEAgBUG5hMAAQQEgAREBAA0CIAIgACADEQAARQ0BDAILIAVBt4TAAEECIAERAQANASAEQQE6ABcgBEEwakGQhMAANgIAIAQgBzYCDCAEIAU2AgggBCAINgI0IAQgAC0AIDoAOCAEIAAoAhA2AiggBCAAKQIINwMgIAQgACkCADcDGCAEIARBF2o2AhAgBCAEQQhqNgIsIAIgBEEYaiADEQAADQEgBCgCLEGvhMAAQQIgBCgCMCgCDBEBAA0BCyAAKAIUQcD7wQBBASAAKAIYKAIMEQEAIQYLIARBQGskACAGC+UBAQF/IwBBEGsiAiQAIAAoAgAgAkEANgIMIAJBDGoCfyABQYABTwRAIAFBgBBPBEAgAUGAgARPBEAgAiABQT9xQYABcjoADyACIAFBBnZBP3FBgAFyOgAOIAIgAUEMdkE/cUGAAXI6AA0gAiABQRJ2QQdxQfABcjoADEEEDAMLIAIgAUE/cUGAAXI6AA4gAiABQQx2QeABcjoADCACIAFBBnZBP3FBgAFyOgANQQMMAgsgAiABQT9xQYABcjoADSACIAFBBnZBwAFyOgAMQQIMAQsgAiABOgAMQQELEBkgAkEQaiQAC+IBAQF/IwBBEGsiAiQAIAJBADYCDCAAIAJBDGoCfyABQYABTwRAIAFBgBBPBEAgAUGAgARPBEAgAiABQT9xQYABcjoADyACIAFBBnZBP3FBgAFyOgAOIAIgAUEMdkE/cUGAAXI6AA0gAiABQRJ2QQdxQfABcjoADEEEDAMLIAIgAUE/cUGAAXI6AA4gAiABQQx2QeABcjoADCACIAFBBnZBP3FBgAFyOgANQQMMAgsgAiABQT9xQYABcjoADSACIAFBBnZBwAFyOgAMQQIMAQsgAiABOgAMQQELEBkgAkEQaiQAC/QBAQF/IAIgA2sgBXEhAwJAAkACQAJAAkACQCAEQQNGBEAgASADTQ0BIAEgAk0NAiAAIAJqIAAgA2otAAA6AAAgA0EBaiAFcSIEIAFPDQMgAkEBaiIGIAFPDQQgACAGaiAAIARqLQAAOgAAIANBAmogBXEiAyABTw0FIAJBAmoiAiABTw0GIAAgAmogACADai0AADoAAA8LIAAgASADIAIgBCAFEA8PCyADIAFB2OzBABBbAAsgAiABQejswQAQWwALIAQgAUH47MEAEFsACyAGIAFBiO3BABBbAAsgAyABQZjtwQAQWwALIAIgAUGo7cEAEFsAC40CAQN/IwBBEGsiAyQAQQEhBQJAIAAoAhQiBCABIAIgAEEYaigCACICKAIMIgERAQANACAALQAcQQRxRQRAIARBsYTAAEEDIAERAQANASAEQdqhwQBBAyABEQEADQEgBEH8g8AAQQIgAREBAA0BIARBzKPBAEEEIAERAQANASAEQbWEwABBAiABEQEAIQUMAQsgBEGshMAAQQMgAREBAA0AIAMgAjYCBCADIAQ2AgAgA0EBOgAPIAMgA0EPajYCCCADQdqhwQBBAxAZDQAgA0H8g8AAQQIQGQ0AIANBzKPBAEEEEBkNACADQa+EwABBAhAZDQAgBEG0hMAAQQEgAREBACEFCyADQRBqJAAgBQvdAQIDfwF+IwBBsAFrIgIkAAJAAkAgAQRAIAEoAgANASABQQA2AgAgASgCBCEEIAEQDCACQRhqIgMgBEGYARCJARogAkEIaiADEBEgAAJ/IAIoAggiA0UEQCACIAIpAgw3AxggAkEYahAbIQMgBBAMQQEMAQsgAikCDCEFIAQQDEGhg8IALQAAGkEQEAUiAUUNAyABIAU+AgggASADNgIEQQAhAyABQQA2AgAgASAFQiCIPgIMQQALNgIIIAAgAzYCBCAAIAE2AgAgAkGwAWokAA8LEIYBAAsQhwEACwAL3QECA38BfiMAQfAAayICJAACQAJAIAEEQCABKAIADQEgAUEANgIAIAEoAgQhBCABEAwgAkEYaiIDIARB2AAQiQEaIAJBCGogAxAkIAACfyACKAIIIgNFBEAgAiACKQIMNwMYIAJBGGoQGyEDIAQQDEEBDAELIAIpAgwhBSAEEAxBoYPCAC0AABpBEBAFIgFFDQMgASAFPgIIIAEgAzYCBEEAIQMgAUEANgIAIAEgBUIgiD4CDEEACzYCCCAAIAM2AgQgACABNgIAIAJB8ABqJAAPCxCGAQALEIcBAAsAC9ABAQR/IwBBEGsiAiQAAkAgAARAIAAoAgANASAAQQA2AgAgACgCBCEBIAAQDAJAIAEoAhhFDQAgAkEIaiABECkgAigCDCEAIAItAAgiA0EETSADQQNHcUUEQCAAKAIAIgMgAEEEaigCACIEKAIAEQMAIARBBGooAgAEQCADEAwLIAAQDAsgASgCGCIARQ0AIAFBHGooAgBFDQAgABAMCyABQRBqKAIAEAwgAUEoaigCAARAIAEoAiQQDAsgARAMIAJBEGokAA8LEIYBAAsQhwEAC+QBAQR/AkACQAJAAkACQCAABEAgACgCAA0BIABBfzYCACAAKAIEIgNBMGooAgAiBEUNAgJAIANBOGooAgAiAUUEQEEBIQIMAQsgAUEASA0EQaGDwgAtAAAaIAEQBSICRQ0FCyACIAQgARCJASECIAMoAjBFDQUgA0EANgI4IABBADYCAEGhg8IALQAAGkEQEAUiAEUNBCAAIAE2AgwgACABNgIIIAAgAjYCBCAAQQA2AgAgAA8LEIYBAAsQhwEAC0GU9cEAQStBxIHAABBpAAsQbQALAAtBlPXBAEErQbSBwAAQaQAL4QEBBH8CQAJAAkACQAJAIAAEQCAAKAIADQEgAEF/NgIAIAAoAgQiAygCGCIERQ0CAkAgA0EgaigCACIBRQRAQQEhAgwBCyABQQBIDQRBoYPCAC0AABogARAFIgJFDQULIAIgBCABEIkBIQIgAygCGEUNBSADQQA2AiAgAEEANgIAQaGDwgAtAAAaQRAQBSIARQ0EIAAgATYCDCAAIAE2AgggACACNgIEIABBADYCACAADwsQhgEACxCHAQALQZT1wQBBK0HEgcAAEGkACxBtAAsAC0GU9cEAQStBtIHAABBpAAu+AQECfyMAQSBrIgMkAAJAAkAgASABIAJqIgFLDQBBCCAAQQRqKAIAIgJBAXQiBCABIAEgBEkbIgEgAUEITRsiBEF/c0EfdiEBAkAgAgRAIAMgAjYCGCADQQE2AhQgAyAAKAIANgIQDAELIANBADYCFAsgAyABIAQgA0EQahBVIAMoAgQhASADKAIARQRAIAAgATYCACAAQQRqIAQ2AgAMAgsgAUGBgICAeEYNASABRQ0AAAsQbQALIANBIGokAAu8AQEEfyMAQRBrIgIkAAJAIAAoAhhFDQAgAkEIaiAAECogAigCDCEBIAItAAgiA0EETSADQQNHcUUEQCABKAIAIgMgAUEEaigCACIEKAIAEQMAIARBBGooAgAEQCADEAwLIAEQDAsgACgCGCIBRQ0AIABBHGooAgBFDQAgARAMCyAAQRBqKAIAIgFBBGooAgAQDCABKAI4EAwgASgCPBAMIAEQDCAAQShqKAIABEAgACgCJBAMCyACQRBqJAALvAEBA38jAEEgayICJAACQAJAIAFBAWoiAUUNAEEIIABBBGooAgAiBEEBdCIDIAEgASADSRsiASABQQhNGyIDQX9zQR92IQECQCAEBEAgAiAENgIYIAJBATYCFCACIAAoAgA2AhAMAQsgAkEANgIUCyACIAEgAyACQRBqEFUgAigCBCEBIAIoAgBFBEAgACABNgIAIABBBGogAzYCAAwCCyABQYGAgIB4Rg0BIAFFDQAACxBtAAsgAkEgaiQAC6EBAQF/IwBB8ABrIgIkAAJAIABFBEAgAkEANgIQIAJCATcDCCACQRhqIAJBCGpBBhAwDAELIAJBADYCECACQgE3AwggAkEYaiACQQhqIAEQMAtBoYPCAC0AABoCQEHYABAFIgFFDQAgASACQRhqQdgAEIkBGkGhg8IALQAAGkEIEAUiAEUNACAAIAE2AgQgAEEANgIAIAJB8ABqJAAgAA8LAAu5AQEDfyMAQRBrIgMkAAJAAkAgAUUNACABKAIADQEgAUF/NgIAIAJFDQAgAigCACIEQX9GDQFBASEFIAIgBEEBajYCACADIAEoAgQgAkEEaigCACACQQxqKAIAEAYCfyADLQAAQQRGBEBBACEFQQAMAQsgAyADKQMANwMIIANBCGoQGwshBCACIAIoAgBBAWs2AgAgAUEANgIAIAAgBTYCBCAAIAQ2AgAgA0EQaiQADwsQhgEACxCHAQALuQEBA38jAEEQayIDJAACQAJAIAFFDQAgASgCAA0BIAFBfzYCACACRQ0AIAIoAgAiBEF/Rg0BQQEhBSACIARBAWo2AgAgAyABKAIEIAJBBGooAgAgAkEMaigCABBAAn8gAy0AAEEERgRAQQAhBUEADAELIAMgAykDADcDCCADQQhqEBsLIQQgAiACKAIAQQFrNgIAIAFBADYCACAAIAU2AgQgACAENgIAIANBEGokAA8LEIYBAAsQhwEAC7kBAQN/IwBBEGsiAyQAAkACQCABRQ0AIAEoAgANASABQX82AgAgAkUNACACKAIAIgRBf0YNAUEBIQUgAiAEQQFqNgIAIAMgASgCBCACQQRqKAIAIAJBDGooAgAQGgJ/IAMtAABBBEYEQEEAIQVBAAwBCyADIAMpAwA3AwggA0EIahAbCyEEIAIgAigCAEEBazYCACABQQA2AgAgACAFNgIEIAAgBDYCACADQRBqJAAPCxCGAQALEIcBAAu5AQEDfyMAQRBrIgMkAAJAAkAgAUUNACABKAIADQEgAUF/NgIAIAJFDQAgAigCACIEQX9GDQFBASEFIAIgBEEBajYCACADIAEoAgQgAkEEaigCACACQQxqKAIAEBUCfyADLQAAQQRGBEBBACEFQQAMAQsgAyADKQMANwMIIANBCGoQGwshBCACIAIoAgBBAWs2AgAgAUEANgIAIAAgBTYCBCAAIAQ2AgAgA0EQaiQADwsQhgEACxCHAQALuAEBAX8jAEEwayICJAACfyAAKAIARQRAIAFBGGooAgAhACABKAIUIAJCADcCJCACQcD1wQA2AiAgAkEBNgIcIAJBxKDBADYCGCAAIAJBGGoQGAwBCyACQRU2AgwgAkHsn8EANgIIIAJBAjYCFCABQRhqKAIAIQAgAiACQQhqNgIQIAEoAhQgAkIBNwIkIAJBATYCHCACQaCgwQA2AhggAiACQRBqNgIgIAAgAkEYahAYCyACQTBqJAALugkBCn8CQCABBEACfwJAIAJBAE4EQCADKAIEDQFBoYPCAC0AABogAhAFDAILIABBADYCBAwDCyADQQhqKAIARQRAQaGDwgAtAAAaIAIQBQwBCwJ/IAMoAgAhCgJAAkAgAkHM/3tLDQBBECACQQtqQXhxIAJBC0kbIQUgCkEEayIIKAIAIgNBeHEhBAJAAkACQAJAAkAgA0EDcQRAIApBCGshCSAEIAVPDQEgBCAJaiIGQYSDwgAoAgBGDQIgBkGAg8IAKAIARg0DIAYoAgQiB0ECcQ0FIAQgB0F4cSIBaiINIAVPDQQMBQsgBUGAAkkgBCAFQQRySXIgBCAFa0GBgAhPcg0EDAYLIAQgBWsiB0EQSQ0FIAggA0EBcSAFckECcjYCACAFIAlqIgMgB0EDcjYCBCADIAdqIgEgASgCBEEBcjYCBCADIAcQDgwFC0H8gsIAKAIAIARqIgEgBU0NAiAIIANBAXEgBXJBAnI2AgAgBSAJaiIDIAEgBWsiAUEBcjYCBEH8gsIAIAE2AgBBhIPCACADNgIADAQLQfiCwgAoAgAgBGoiASAFSQ0BAkAgASAFayIEQQ9NBEAgCCADQQFxIAFyQQJyNgIAIAEgCWoiASABKAIEQQFyNgIEQQAhBAwBCyAIIANBAXEgBXJBAnI2AgAgBSAJaiIHIARBAXI2AgQgBCAHaiIBIAQ2AgAgASABKAIEQX5xNgIEC0GAg8IAIAc2AgBB+ILCACAENgIADAMLIA0gBWshCwJAAkAgAUGAAk8EQCAGKAIYIQwCQCAGIAYoAgwiBEYEQCAGQRRBECAGQRRqIgMoAgAiARtqKAIAIgcNAUEAIQQMAwsgBigCCCIBIAQ2AgwgBCABNgIIDAILIAMgBkEQaiABGyEDA0AgAyEBIAciBEEUaiIDIARBEGogAygCACIHGyEDIARBFEEQIAcbaigCACIHDQALIAFBADYCAAwBCyAGQQxqKAIAIgMgBkEIaigCACIBRwRAIAEgAzYCDCADIAE2AggMAgtB8ILCAEHwgsIAKAIAQX4gB0EDdndxNgIADAELIAxFDQACQCAGIAYoAhxBAnRB2P/BAGoiASgCAEcEQCAMQRBBFCAMKAIQIAZGG2ogBDYCACAERQ0CDAELIAEgBDYCACAEDQBB9ILCAEH0gsIAKAIAQX4gBigCHHdxNgIADAELIAQgDDYCGCAGKAIQIgEEQCAEIAE2AhAgASAENgIYCyAGQRRqKAIAIgFFDQAgBEEUaiABNgIAIAEgBDYCGAsgC0EQTwRAIAggCCgCAEEBcSAFckECcjYCACAFIAlqIgMgC0EDcjYCBCADIAtqIgEgASgCBEEBcjYCBCADIAsQDgwDCyAIIAgoAgBBAXEgDXJBAnI2AgAgCSANaiIBIAEoAgRBAXI2AgQMAgsgAhAFIgFFDQAgASAKQXxBeCAIKAIAIgFBA3EbIAFBeHFqIgEgAiABIAJJGxCJASAKEAwMAgtBAAwBCyAKCwsiAQRAIAAgATYCBCAAQQhqIAI2AgAgAEEANgIADwsgAEEBNgIEIABBCGogAjYCACAAQQE2AgAPCyAAQQA2AgQgAEEIaiACNgIACyAAQQE2AgALfQEBfyMAQUBqIgUkACAFIAE2AgwgBSAANgIIIAUgAzYCFCAFIAI2AhAgBUEkakICNwIAIAVBPGpBATYCACAFQQI2AhwgBUGAhMAANgIYIAVBAjYCNCAFIAVBMGo2AiAgBSAFQRBqNgI4IAUgBUEIajYCMCAFQRhqIAQQbgALegEDfyMAQRBrIgIkAAJAIAEEQCABKAIADQEgAUF/NgIAIAIgASgCBBAnAn8gAi0AAEEERgRAQQAMAQsgAiACKQMANwMIIAJBCGoQGyEDQQELIQQgAUEANgIAIAAgBDYCBCAAIAM2AgAgAkEQaiQADwsQhgEACxCHAQALlAQCCn8BfiMAQRBrIgYkAAJAIAEEQCABKAIADQEgAUF/NgIAIAEoAgQhAiMAQRBrIgQkACAEIAJBwPXBAEEAIAJBJGoiCUECEBACQAJAAkACQCAEKAIAIgNBAkYEQCACQRhqIQoDQAJAIAIoAiwiA0UNACACKAIYIQcDQCAHRQ0EIAIoAiQhCCADIAIoAhwgAigCICIFa0sEQCAKIAUgAxBMIAIoAhghByACKAIgIQULIAUgB2ogCCADEIkBGiACIAMgBWo2AiAgAigCLCIFIANJDQUgAkEANgIsIAUgA2siBUUNASACKAIkIgggAyAIaiAFEIoBIAIgBTYCLCAFIQMMAAsACyACKQMIIAQgAkHA9cEAQQAgCUEAEBAgBCgCACIDQQJHDQQgAikDCFINAAsgAigCGA0EQZT1wQBBK0HsgMAAEGkACyAEIAQoAgQ2AgwgBCADNgIIQfmhwQBBKyAEQQhqQbyAwABBzIDAABBWAAtBlPXBAEErQaSBwAAQaQALIAMgBUGsp8EAEFoACyAEIAQoAgQ2AgwgBCADNgIIQfmhwQBBKyAEQQhqQbyAwABB3IDAABBWAAsgBkEEOgAAIARBEGokACAGLQAAQQRGBH9BAAUgBiAGKQMANwMIIAZBCGoQGyELQQELIQMgAUEANgIAIAAgAzYCBCAAIAs2AgAgBkEQaiQADwsQhgEACxCHAQALeQEDfyMAQbABayIAJAAgAEEANgIQIABCATcDCCAAQRhqIABBCGoQI0Ghg8IALQAAGgJAQZgBEAUiAUUNACABIABBGGpBmAEQiQEhAkGhg8IALQAAGkEIEAUiAUUNACABIAI2AgQgAUEANgIAIABBsAFqJAAgAQ8LAAtsAQF/IwBBMGsiAyQAIAMgADYCACADIAE2AgQgA0EUakICNwIAIANBLGpBAzYCACADQQI2AgwgA0HAh8AANgIIIANBAzYCJCADIANBIGo2AhAgAyADQQRqNgIoIAMgAzYCICADQQhqIAIQbgALbAEBfyMAQTBrIgMkACADIAE2AgQgAyAANgIAIANBFGpCAjcCACADQSxqQQM2AgAgA0ECNgIMIANB7ILAADYCCCADQQM2AiQgAyADQSBqNgIQIAMgAzYCKCADIANBBGo2AiAgA0EIaiACEG4AC2wBAX8jAEEwayIDJAAgAyAANgIAIAMgATYCBCADQRRqQgI3AgAgA0EsakEDNgIAIANBAjYCDCADQaCHwAA2AgggA0EDNgIkIAMgA0EgajYCECADIANBBGo2AiggAyADNgIgIANBCGogAhBuAAtsAQF/IwBBMGsiAyQAIAMgADYCACADIAE2AgQgA0EUakICNwIAIANBLGpBAzYCACADQQI2AgwgA0H0h8AANgIIIANBAzYCJCADIANBIGo2AhAgAyADQQRqNgIoIAMgAzYCICADQQhqIAIQbgALlAEBAn9BBSEDQbD0wQAhAgJAAkACQAJAAkACQAJAIAAoAgBBBmoOBgQDAgEABgULQar0wQAhAkEGIQMMBQtBpvTBACECQQQhAwwEC0Gj9MEAIQJBAyEDDAMLQaD0wQAhAkEDIQMMAgtBmfTBACECQQchAwwBC0GU9MEAIQILIAEoAhQgAiADIAFBGGooAgAoAgwRAQALcQEDfyMAQSBrIgIkAAJ/QQEgACgCACABEDcNABogAUEYaigCACEDIAEoAhQhBCACQgA3AhQgAkHA9cEANgIQIAJBATYCDCACQaCCwAA2AghBASAEIAMgAkEIahAYDQAaIAAoAgQgARA3CyACQSBqJAALXQEBfyMAQSBrIgIkACAAKAIAIQAgAkEYaiABQRBqKQIANwMAIAJBEGogAUEIaikCADcDACACIAEpAgA3AwggAiAANgIEIAJBBGpBtIbAACACQQhqEBggAkEgaiQAC10BAX8jAEEgayICJAAgACgCACEAIAJBGGogAUEQaikCADcDACACQRBqIAFBCGopAgA3AwAgAiABKQIANwMIIAIgADYCBCACQQRqQbynwQAgAkEIahAYIAJBIGokAAtWAQF/IwBBIGsiAiQAIAIgADYCBCACQRhqIAFBEGopAgA3AwAgAkEQaiABQQhqKQIANwMAIAIgASkCADcDCCACQQRqQbSGwAAgAkEIahAYIAJBIGokAAtWAQF/IwBBIGsiAiQAIAIgADYCBCACQRhqIAFBEGopAgA3AwAgAkEQaiABQQhqKQIANwMAIAIgASkCADcDCCACQQRqQbynwQAgAkEIahAYIAJBIGokAAuJAwEBfyMAQSBrIgMkACADQbykwQA2AgQgAyAANgIAIANBGGogAUEQaikCADcDACADQRBqIAFBCGopAgA3AwAgAyABKQIANwMIIwBB8ABrIgAkACAAQdSnwQA2AgwgACADNgIIIABB1KfBADYCFCAAIANBBGo2AhAgAEECNgIcIABB/ILAADYCGAJAIANBCGoiASgCAEUEQCAAQcwAakEBNgIAIABBxABqQQE2AgAgAEHkAGpCAzcCACAAQQQ2AlwgAEHcg8AANgJYIABBAjYCPCAAIABBOGo2AmAMAQsgAEEwaiABQRBqKQIANwMAIABBKGogAUEIaikCADcDACAAIAEpAgA3AyAgAEHkAGpCBDcCACAAQdQAakEENgIAIABBzABqQQE2AgAgAEHEAGpBATYCACAAQQQ2AlwgAEG4g8AANgJYIABBAjYCPCAAIABBOGo2AmAgACAAQSBqNgJQCyAAIABBEGo2AkggACAAQQhqNgJAIAAgAEEYajYCOCAAQdgAaiACEG4AC20BAX9B1P/BAEHU/8EAKAIAIgFBAWo2AgACQAJAIAFBAEgNAEGgg8IALQAAQQFxDQBBoIPCAEEBOgAAQZyDwgBBnIPCACgCAEEBajYCAEHQ/8EAKAIAQQBIDQBBoIPCAEEAOgAAIAANAQsACwALpwMBBX8CQCABaUEBR0GAgICAeCABayAASXINACAABEBBoYPCAC0AABoCfyABQQlPBEACQEHN/3tBECABIAFBEE0bIgJrIABNDQAgAkEQIABBC2pBeHEgAEELSRsiBGpBDGoQBSIARQ0AIABBCGshAQJAIAJBAWsiAyAAcUUEQCABIQAMAQsgAEEEayIFKAIAIgZBeHEgACADakEAIAJrcUEIayIAIAJBACAAIAFrQRBNG2oiACABayICayEDIAZBA3EEQCAAIAAoAgRBAXEgA3JBAnI2AgQgACADaiIDIAMoAgRBAXI2AgQgBSAFKAIAQQFxIAJyQQJyNgIAIAEgAmoiAyADKAIEQQFyNgIEIAEgAhAODAELIAEoAgAhASAAIAM2AgQgACABIAJqNgIACwJAIAAoAgQiAUEDcUUNACABQXhxIgIgBEEQak0NACAAIAFBAXEgBHJBAnI2AgQgACAEaiIBIAIgBGsiBEEDcjYCBCAAIAJqIgIgAigCBEEBcjYCBCABIAQQDgsgAEEIaiEDCyADDAELIAAQBQsiAUUNAQsgAQ8LAAtMAQF/IwBBEGsiAiQAAn8gACgCACIAKAIARQRAIAFB06HBAEEHEEYMAQsgAiAAQQRqNgIMIAFBxKHBACACQQxqQQkQQgsgAkEQaiQAC0cBAX8gAiAAKAIAIgAoAgQgACgCCCIDa0sEQCAAIAMgAhBMIAAoAgghAwsgACgCACADaiABIAIQiQEaIAAgAiADajYCCEEAC0cBAX8jAEEgayIDJAAgA0EMakIANwIAIANBATYCBCADQcD1wQA2AgggAyABNgIcIAMgADYCGCADIANBGGo2AgAgAyACEG4AC0IBAX8gAiAAKAIEIAAoAggiA2tLBEAgACADIAIQTCAAKAIIIQMLIAAoAgAgA2ogASACEIkBGiAAIAIgA2o2AghBAAs6AQJ/AkAgAARAIAAoAgANASAAQQA2AgAgACgCBCEBIAAoAgggABAMBEAgARAMCw8LEIYBAAsQhwEACzkAAkACfyACQYCAxABHBEBBASAAIAIgASgCEBEAAA0BGgsgAw0BQQALDwsgACADIAQgASgCDBEBAAs/AQF/IwBBIGsiACQAIABBFGpCADcCACAAQQE2AgwgAEHEo8EANgIIIABBwPXBADYCECAAQQhqQfCBwAAQbgALrwEBAX8jAEEgayICJAAgAiAANgIUIAJBqILAADYCDCACQcD1wQA2AgggAkEBOgAYIAIgATYCECMAQRBrIgAkACACQQhqIgEoAgwiAkUEQEGU9cEAQStB+PvBABBpAAsgACABKAIINgIIIAAgATYCBCAAIAI2AgAgACgCACIBQQxqKAIAIQICQAJAIAEoAgQOAgAAAQsgAg0AIAAoAgQtABAQZQALIAAoAgQtABAQZQALNgEBfwJAIAAEQCAAKAIADQEgAEEANgIAIAAoAgQhASAAEAwgARAyIAEQDA8LEIYBAAsQhwEACzYBAX8CQCAABEAgACgCAA0BIABBADYCACAAKAIEIQEgABAMIAEQTSABEAwPCxCGAQALEIcBAAs2AQF/AkAgAARAIAAoAgANASAAQQA2AgAgACgCBCEBIAAQDCABEDYgARAMDwsQhgEACxCHAQALKwEBfyMAQRBrIgIkACACIAA2AgwgAUHdocEAIAJBDGpBCBBCIAJBEGokAAs2AQF/QaGDwgAtAAAaQRAQBSICRQRAAAsgAiABNgIMIAIgATYCCCACIAA2AgQgAkEANgIAIAILJQACQCAABEAgACgCAEF/Rg0BIABBDGooAgAPCxCGAQALEIcBAAsiAAJAIAAEQCAAKAIAQX9GDQEgACgCBA8LEIYBAAsQhwEACx4AIAAoAgAiAK1CACAArH0gAEEATiIAGyAAIAEQMwv5BgIPfwF+An8gACgCACEHIAAoAgghAyABQRRqKAIAIQogAUEYaigCACELQQAhACMAQSBrIgIkAEEBIQ4CQAJAAkAgCkEiIAsoAhAiDBEAAA0AAkAgA0UEQEEAIQMMAQsgAyAHaiEPIAchAQJAA0ACQCABIgksAAAiBEEATgRAIAlBAWohASAEQf8BcSEFDAELIAktAAFBP3EhASAEQR9xIQUgBEFfTQRAIAVBBnQgAXIhBSAJQQJqIQEMAQsgCS0AAkE/cSABQQZ0ciEIIAlBA2ohASAEQXBJBEAgCCAFQQx0ciEFDAELIAVBEnRBgIDwAHEgAS0AAEE/cSAIQQZ0cnIiBUGAgMQARg0CIAlBBGohAQsgAiAFQYGABBANAkACQCACLQAAQYABRg0AIAItAAsgAi0ACmtB/wFxQQFGDQAgACAGSw0HAkAgAEUNACAAIANPBEAgACADRg0BDAkLIAAgB2osAABBQEgNCAsCQCAGRQ0AIAMgBk0EQCADIAZHDQkMAQsgBiAHaiwAAEG/f0wNCAsgCiAAIAdqIAYgAGsgCygCDBEBAA0FIAJBGGoiDSACQQhqKAIANgIAIAIgAikDACIRNwMQAkAgEadB/wFxQYABRgRAQYABIQQDQAJAIARBgAFHBEAgAi0AGiIIIAItABtPDQQgAiAIQQFqOgAaIAhBCk8NBiACQRBqIAhqLQAAIQAMAQtBACEEIA1BADYCACACKAIUIQAgAkIANwMQCyAKIAAgDBEAAEUNAAsMBwtBCiACLQAaIgAgAEEKTRshCCACLQAbIgQgACAAIARJGyENA0AgACANRg0BIAIgAEEBaiIEOgAaIAAgCEYNAyACQRBqIABqIRAgBCEAIAogEC0AACAMEQAARQ0ACwwGCwJ/QQEgBUGAAUkNABpBAiAFQf8PTQ0AGkEDQQQgBUGAgARJGwsgBmohAAsgBiAJayABaiEGIAEgD0cNAQwCCwsgCEEKQfCWwAAQWwALIABFBEBBACEADAELIAAgA08EQCAAIANHDQMgAyAAayADIQAhAwwBCyAAIAdqLAAAQb9/TA0CIAMgAGshAwsgCiAAIAdqIAMgCygCDBEBAA0AIApBIiAMEQAAIQ4LIAJBIGokACAODAILIAcgAyAAIANB3IbAABB9AAsgByADIAAgBkHMhsAAEH0ACwscACABKAIUQYCXwABBBSABQRhqKAIAKAIMEQEACxQAIABBBGooAgAEQCAAKAIAEAwLCxYAIAAgASgCCDYCBCAAIAEoAgA2AgALEwAgASgCFCABQRhqKAIAIAAQGAsUACAAKAIAIAEgACgCBCgCDBEAAAuSCQEFfyMAQfAAayIFJAAgBSADNgIMIAUgAjYCCAJAAkAgAUGBAk8EQEGAAiEGAkAgACwAgAJBv39KDQBB/wEhBiAALAD/AUG/f0oNAEH+ASEGIAAsAP4BQb9/Sg0AQf0BIQYgACwA/QFBv39MDQILIAUgBjYCFCAFIAA2AhBBBSEGQbiIwAAhBwwCCyAFIAE2AhQgBSAANgIQQcD1wQAhBwwBCyAAIAFBAEH9ASAEEH0ACyAFIAY2AhwgBSAHNgIYAkACQAJAAkAgASACSSIGIAEgA0lyRQRAAn8CQAJAIAIgA00EQAJAAkAgAkUNACABIAJNBEAgASACRg0BDAILIAAgAmosAABBQEgNAQsgAyECCyAFIAI2AiAgASIDIAJLBEAgAkEBaiIGIAJBA2siA0EAIAIgA08bIgNJDQYCQCADIAZGDQAgACAGaiAAIANqIghrIQYgACACaiIJLAAAQb9/SgRAIAZBAWshBwwBCyACIANGDQAgCUEBayICLAAAQb9/SgRAIAZBAmshBwwBCyACIAhGDQAgAkEBayICLAAAQb9/SgRAIAZBA2shBwwBCyACIAhGDQAgAkEBayICLAAAQb9/SgRAIAZBBGshBwwBCyACIAhGDQAgBkEFayEHCyADIAdqIQMLIAMEfwJAIAEgA00EQCABIANGDQEMCgsgACADaiwAAEG/f0wNCQsgASADawUgAQtFDQYCQCAAIANqIgEsAAAiAEEASARAIAEtAAFBP3EhByAAQR9xIQIgAEFfSw0BIAJBBnQgB3IhAAwECyAFIABB/wFxNgIkQQEMBAsgAS0AAkE/cSAHQQZ0ciEHIABBcE8NASAHIAJBDHRyIQAMAgsgBUHkAGpBAjYCACAFQdwAakECNgIAIAVB1ABqQQM2AgAgBUE8akIENwIAIAVBBDYCNCAFQZyJwAA2AjAgBUEDNgJMIAUgBUHIAGo2AjggBSAFQRhqNgJgIAUgBUEQajYCWCAFIAVBDGo2AlAgBSAFQQhqNgJIDAcLIAJBEnRBgIDwAHEgAS0AA0E/cSAHQQZ0cnIiAEGAgMQARg0ECyAFIAA2AiRBASAAQYABSQ0AGkECIABB/w9NDQAaQQNBBCAAQYCABEkbCyEAIAUgAzYCKCAFIAAgA2o2AiwgBUE8akIFNwIAIAVB7ABqQQI2AgAgBUHkAGpBAjYCACAFQdwAakEGNgIAIAVB1ABqQQc2AgAgBUEFNgI0IAVB8InAADYCMCAFQQM2AkwgBSAFQcgAajYCOCAFIAVBGGo2AmggBSAFQRBqNgJgIAUgBUEoajYCWCAFIAVBJGo2AlAgBSAFQSBqNgJIDAQLIAUgAiADIAYbNgIoIAVBPGpCAzcCACAFQdwAakECNgIAIAVB1ABqQQI2AgAgBUEDNgI0IAVB4IjAADYCMCAFQQM2AkwgBSAFQcgAajYCOCAFIAVBGGo2AlggBSAFQRBqNgJQIAUgBUEoajYCSAwDCyADIAZBtIrAABBdAAtBlPXBAEErIAQQaQALIAAgASADIAEgBBB9AAsgBUEwaiAEEG4ACxAAIAEgACgCACAAKAIIEAkLEAAgASAAKAIAIAAoAgQQCQsTACAAQSg2AgQgAEHEn8EANgIACw4AIAAoAgAaA0AMAAsACw0AIAA1AgBBASABEDMLDQAgACgCACABIAIQGQsLACAAIwBqJAAjAAsNACABQeyhwQBBDRBGCw0AQeT+wQBBGxCIAQALDgBB//7BAEHPABCIAQALCQAgACABEAEAC7MCAQd/AkAgAiIEQQ9NBEAgACECDAELIABBACAAa0EDcSIDaiEFIAMEQCAAIQIgASEGA0AgAiAGLQAAOgAAIAZBAWohBiACQQFqIgIgBUkNAAsLIAUgBCADayIIQXxxIgdqIQICQCABIANqIgNBA3EiBARAIAdBAEwNASADQXxxIgZBBGohAUEAIARBA3QiCWtBGHEhBCAGKAIAIQYDQCAFIAYgCXYgASgCACIGIAR0cjYCACABQQRqIQEgBUEEaiIFIAJJDQALDAELIAdBAEwNACADIQEDQCAFIAEoAgA2AgAgAUEEaiEBIAVBBGoiBSACSQ0ACwsgCEEDcSEEIAMgB2ohAQsgBARAIAIgBGohAwNAIAIgAS0AADoAACABQQFqIQEgAkEBaiICIANJDQALCyAAC5QFAQd/AkACQAJ/AkAgAiIDIAAgAWtLBEAgASADaiEFIAAgA2ohAiADQQ9LDQEgAAwCCyADQQ9NBEAgACECDAMLIABBACAAa0EDcSIFaiEEIAUEQCAAIQIgASEAA0AgAiAALQAAOgAAIABBAWohACACQQFqIgIgBEkNAAsLIAQgAyAFayIDQXxxIgZqIQICQCABIAVqIgVBA3EiAARAIAZBAEwNASAFQXxxIgdBBGohAUEAIABBA3QiCGtBGHEhCSAHKAIAIQADQCAEIAAgCHYgASgCACIAIAl0cjYCACABQQRqIQEgBEEEaiIEIAJJDQALDAELIAZBAEwNACAFIQEDQCAEIAEoAgA2AgAgAUEEaiEBIARBBGoiBCACSQ0ACwsgA0EDcSEDIAUgBmohAQwCCyACQXxxIQBBACACQQNxIgZrIQcgBgRAIAEgA2pBAWshBANAIAJBAWsiAiAELQAAOgAAIARBAWshBCAAIAJJDQALCyAAIAMgBmsiBkF8cSIDayECQQAgA2shAwJAIAUgB2oiBUEDcSIEBEAgA0EATg0BIAVBfHEiB0EEayEBQQAgBEEDdCIIa0EYcSEJIAcoAgAhBANAIABBBGsiACAEIAl0IAEoAgAiBCAIdnI2AgAgAUEEayEBIAAgAksNAAsMAQsgA0EATg0AIAEgBmpBBGshAQNAIABBBGsiACABKAIANgIAIAFBBGshASAAIAJLDQALCyAGQQNxIgBFDQIgAyAFaiEFIAIgAGsLIQAgBUEBayEBA0AgAkEBayICIAEtAAA6AAAgAUEBayEBIAAgAkkNAAsMAQsgA0UNACACIANqIQADQCACIAEtAAA6AAAgAUEBaiEBIAJBAWoiAiAASQ0ACwsLrwEBA38gASEFAkAgAkEPTQRAIAAhAQwBCyAAQQAgAGtBA3EiA2ohBCADBEAgACEBA0AgASAFOgAAIAFBAWoiASAESQ0ACwsgBCACIANrIgJBfHEiA2ohASADQQBKBEAgBUH/AXFBgYKECGwhAwNAIAQgAzYCACAEQQRqIgQgAUkNAAsLIAJBA3EhAgsgAgRAIAEgAmohAgNAIAEgBToAACABQQFqIgEgAkkNAAsLIAALCQAgAEEANgIACwwAQs30nNHDorikcwsMAEK6h6Oz26KSwX4LDABCk+CHr5iy8+ZeCwMAAQsDAAELC9X/AQQAQYCAwAALxrYBDAAAAAwAAAAEAAAADQAAAAwAAAAMAAAABAAAAA4AAAANAAAAAAAQAA8AAAAQAAAAEQAAAA8AAAASAAAAEwAAAAgAAAAEAAAAFAAAAFxQEABXAAAAAgEAAA4AAABcUBAAVwAAAA4BAAASAAAAXFAQAFcAAAAUAQAAGwAAAFxQEABXAAAAxgAAABkAAABjb3JydXB0IGRlZmxhdGUgc3RyZWFtAABcUBAAVwAAAPAAAAAnAAAAXFAQAFcAAAC+AAAAGwAAAFxQEABXAAAAugAAABsAAABsaWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjLnJz1AAQABwAAAAMAgAABQAAAGxpYnJhcnkvY29yZS9zcmMvZm10L21vZC5ycy4uAAAAGwEQAAIAAAAVAAAAAAAAAAEAAAAWAAAAaW5kZXggb3V0IG9mIGJvdW5kczogdGhlIGxlbiBpcyAgYnV0IHRoZSBpbmRleCBpcyAAADgBEAAgAAAAWAEQABIAAAA9PWFzc2VydGlvbiBmYWlsZWQ6IGAobGVmdCAgcmlnaHQpYAogIGxlZnQ6IGBgLAogcmlnaHQ6IGBgOiB+ARAAGQAAAJcBEAASAAAAqQEQAAwAAAC1ARAAAwAAAGAAAAB+ARAAGQAAAJcBEAASAAAAqQEQAAwAAADYARAAAQAAADogAADAehAAAAAAAPwBEAACAAAAEwAAAAwAAAAEAAAAFwAAABgAAAAZAAAAICAgICB7CiwKIHsgfSB9KAoobGlicmFyeS9jb3JlL3NyYy9mbXQvbnVtLnJzAAAAOgIQABsAAABpAAAAFAAAADB4MDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTkAABMAAAAEAAAABAAAABoAAAAbAAAAHAAAAAABEAAbAAAAFAkAAB4AAAAAARAAGwAAABsJAAAWAAAAcmFuZ2Ugc3RhcnQgaW5kZXggIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIGwDEAASAAAAfgMQACIAAAByYW5nZSBlbmQgaW5kZXggsAMQABAAAAB+AxAAIgAAAHNsaWNlIGluZGV4IHN0YXJ0cyBhdCAgYnV0IGVuZHMgYXQgANADEAAWAAAA5gMQAA0AAABhdHRlbXB0ZWQgdG8gaW5kZXggc2xpY2UgdXAgdG8gbWF4aW11bSB1c2l6ZQQEEAAsAAAAWy4uLl1ieXRlIGluZGV4ICBpcyBvdXQgb2YgYm91bmRzIG9mIGAAAD0EEAALAAAASAQQABYAAADYARAAAQAAAGJlZ2luIDw9IGVuZCAoIDw9ICkgd2hlbiBzbGljaW5nIGAAAHgEEAAOAAAAhgQQAAQAAACKBBAAEAAAANgBEAABAAAAIGlzIG5vdCBhIGNoYXIgYm91bmRhcnk7IGl0IGlzIGluc2lkZSAgKGJ5dGVzICkgb2YgYD0EEAALAAAAvAQQACYAAADiBBAACAAAAOoEEAAGAAAA2AEQAAEAAABsaWJyYXJ5L2NvcmUvc3JjL3N0ci9tb2QucnMAGAUQABsAAAAHAQAAHQAAAGxpYnJhcnkvY29yZS9zcmMvdW5pY29kZS9wcmludGFibGUucnMAAABEBRAAJQAAAAoAAAAcAAAARAUQACUAAAAaAAAANgAAAAABAwUFBgYCBwYIBwkRChwLGQwaDRAODA8EEAMSEhMJFgEXBBgBGQMaBxsBHAIfFiADKwMtCy4BMAMxAjIBpwKpAqoEqwj6AvsF/QL+A/8JrXh5i42iMFdYi4yQHN0OD0tM+/wuLz9cXV/ihI2OkZKpsbq7xcbJyt7k5f8ABBESKTE0Nzo7PUlKXYSOkqmxtLq7xsrOz+TlAAQNDhESKTE0OjtFRklKXmRlhJGbncnOzw0RKTo7RUlXW1xeX2RljZGptLq7xcnf5OXwDRFFSWRlgISyvL6/1dfw8YOFi6Smvr/Fx8/a20iYvc3Gzs9JTk9XWV5fiY6Psba3v8HGx9cRFhdbXPb3/v+AbXHe3w4fbm8cHV99fq6vf7u8FhceH0ZHTk9YWlxefn+1xdTV3PDx9XJzj3R1liYuL6evt7/Hz9ffmkCXmDCPH9LUzv9OT1pbBwgPECcv7u9ubzc9P0JFkJFTZ3XIydDR2Nnn/v8AIF8igt8EgkQIGwQGEYGsDoCrBR8JgRsDGQgBBC8ENAQHAwEHBgcRClAPEgdVBwMEHAoJAwgDBwMCAwMDDAQFAwsGAQ4VBU4HGwdXBwIGFwxQBEMDLQMBBBEGDww6BB0lXyBtBGolgMgFgrADGgaC/QNZBxYJGAkUDBQMagYKBhoGWQcrBUYKLAQMBAEDMQssBBoGCwOArAYKBi8xTQOApAg8Aw8DPAc4CCsFgv8RGAgvES0DIQ8hD4CMBIKXGQsViJQFLwU7BwIOGAmAviJ0DIDWGgwFgP8FgN8M8p0DNwmBXBSAuAiAywUKGDsDCgY4CEYIDAZ0Cx4DWgRZCYCDGBwKFglMBICKBqukDBcEMaEEgdomBwwFBYCmEIH1BwEgKgZMBICNBIC+AxsDDw0ABgEBAwEEAgUHBwIICAkCCgULAg4EEAERAhIFExEUARUCFwIZDRwFHQgfASQBagRrAq8DsQK8As8C0QLUDNUJ1gLXAtoB4AXhAucE6ALuIPAE+AL6A/sBDCc7Pk5Pj56en3uLk5aisrqGsQYHCTY9Plbz0NEEFBg2N1ZXf6qur7014BKHiY6eBA0OERIpMTQ6RUZJSk5PZGVctrcbHAcICgsUFzY5Oqip2NkJN5CRqAcKOz5maY+SEW9fv+7vWmL0/P9TVJqbLi8nKFWdoKGjpKeorbq8xAYLDBUdOj9FUaanzM2gBxkaIiU+P+fs7//FxgQgIyUmKDM4OkhKTFBTVVZYWlxeYGNlZmtzeH1/iqSqr7DA0K6vbm++k14iewUDBC0DZgMBLy6Agh0DMQ8cBCQJHgUrBUQEDiqAqgYkBCQEKAg0C05DgTcJFgoIGDtFOQNjCAkwFgUhAxsFAUA4BEsFLwQKBwkHQCAnBAwJNgM6BRoHBAwHUEk3Mw0zBy4ICoEmUksrCCoWGiYcFBcJTgQkCUQNGQcKBkgIJwl1C0I+KgY7BQoGUQYBBRADBYCLYh5ICAqApl4iRQsKBg0TOgYKNiwEF4C5PGRTDEgJCkZFG0gIUw1JBwqA9kYKHQNHSTcDDggKBjkHCoE2GQc7AxxWAQ8yDYObZnULgMSKTGMNhDAQFo+qgkehuYI5ByoEXAYmCkYKKAUTgrBbZUsEOQcRQAULAg6X+AiE1ioJoueBMw8BHQYOBAiBjIkEawUNAwkHEJJgRwl0PID2CnMIcBVGehQMFAxXCRmAh4FHA4VCDxWEUB8GBoDVKwU+IQFwLQMaBAKBQB8ROgUBgdAqguaA9ylMBAoEAoMRREw9gMI8BgEEVQUbNAKBDiwEZAxWCoCuOB0NLAQJBwIOBoCag9gEEQMNA3cEXwYMBAEPDAQ4CAoGKAgiToFUDB0DCQc2CA4ECQcJB4DLJQqEBmxpYnJhcnkvY29yZS9zcmMvdW5pY29kZS91bmljb2RlX2RhdGEucnMwMTIzNDU2Nzg5YWJjZGVmbGlicmFyeS9jb3JlL3NyYy9lc2NhcGUucnMAAEALEAAaAAAANAAAAAUAAABcdXsAQAsQABoAAABiAAAAIwAAAEVycm9yAAAACAsQACgAAABQAAAAKAAAAAgLEAAoAAAAXAAAABYAAAAAAwAAgwQgAJEFYABdE6AAEhcgHwwgYB/vLKArKjAgLG+m4CwCqGAtHvtgLgD+IDae/2A2/QHhNgEKITckDeE3qw5hOS8YoTkwHGFI8x6hTEA0YVDwaqFRT28hUp28oVIAz2FTZdGhUwDaIVQA4OFVruJhV+zkIVnQ6KFZIADuWfABf1oAcAAHAC0BAQECAQIBAUgLMBUQAWUHAgYCAgEEIwEeG1sLOgkJARgEAQkBAwEFKwM8CCoYASA3AQEBBAgEAQMHCgIdAToBAQECBAgBCQEKAhoBAgI5AQQCBAICAwMBHgIDAQsCOQEEBQECBAEUAhYGAQE6AQECAQQIAQcDCgIeATsBAQEMAQkBKAEDATcBAQMFAwEEBwILAh0BOgECAQIBAwEFAgcCCwIcAjkCAQECBAgBCQEKAh0BSAEEAQIDAQEIAVEBAgcMCGIBAgkLB0kCGwEBAQEBNw4BBQECBQsBJAkBZgQBBgECAgIZAgQDEAQNAQICBgEPAQADAAMdAh4CHgJAAgEHCAECCwkBLQMBAXUCIgF2AwQCCQEGA9sCAgE6AQEHAQEBAQIIBgoCATAfMQQwBwEBBQEoCQwCIAQCAgEDOAEBAgMBAQM6CAICmAMBDQEHBAEGAQMCxkAAAcMhAAONAWAgAAZpAgAEAQogAlACAAEDAQQBGQIFAZcCGhINASYIGQsuAzABAgQCAicBQwYCAgICDAEIAS8BMwEBAwICBQIBASoCCAHuAQIBBAEAAQAQEBAAAgAB4gGVBQADAQIFBCgDBAGlAgAEAAJQA0YLMQR7ATYPKQECAgoDMQQCAgcBPQMkBQEIPgEMAjQJCgQCAV8DAgEBAgYBAgGdAQMIFQI5AgEBAQEWAQ4HAwXDCAIDAQEXAVEBAgYBAQIBAQIBAusBAgQGAgECGwJVCAIBAQJqAQEBAgYBAWUDAgQBBQAJAQL1AQoCAQEEAZAEAgIEASAKKAYCBAgBCQYCAy4NAQIABwEGAQFSFgIHAQIBAnoGAwEBAgEHAQFIAgMBAQEAAgsCNAUFAQEBAAEGDwAFOwcAAT8EUQEAAgAuAhcAAQEDBAUICAIHHgSUAwA3BDIIAQ4BFgUBDwAHARECBwECAQVkAaAHAAE9BAAEAAdtBwBggPAAAAAAAACWMAd3LGEO7rpRCZkZxG0Hj/RqcDWlY+mjlWSeMojbDqS43Hke6dXgiNnSlytMtgm9fLF+By2455Edv5BkELcd8iCwakhxufPeQb6EfdTaGuvk3W1RtdT0x4XTg1aYbBPAqGtkevli/ezJZYpPXAEU2WwGY2M9D/r1DQiNyCBuO14QaUzkQWDVcnFnotHkAzxH1ARL/YUN0mu1CqX6qLU1bJiyQtbJu9tA+bys42zYMnVc30XPDdbcWT3Rq6ww2SY6AN5RgFHXyBZh0L+19LQhI8SzVpmVus8Ppb24nrgCKAiIBV+y2QzGJOkLsYd8by8RTGhYqx1hwT0tZraQQdx2BnHbAbwg0pgqENXviYWxcR+1tgal5L+fM9S46KLJB3g0+QAPjqgJlhiYDuG7DWp/LT1tCJdsZJEBXGPm9FFra2JhbBzYMGWFTgBi8u2VBmx7pQEbwfQIglfED/XG2bBlUOm3Euq4vot8iLn83x3dYkkt2hXzfNOMZUzU+1hhsk3OUbU6dAC8o+Iwu9RBpd9K15XYPW3E0aT79NbTaulpQ/zZbjRGiGet0Lhg2nMtBETlHQMzX0wKqsl8Dd08cQVQqkECJxAQC76GIAzJJbVoV7OFbyAJ1Ga5n+Rhzg753l6YydkpIpjQsLSo18cXPbNZgQ20LjtcvbetbLrAIIO47bazv5oM4rYDmtKxdDlH1eqvd9KdFSbbBIMW3HMSC2PjhDtklD5qbQ2oWmp6C88O5J3/CZMnrgAKsZ4HfUSTD/DSowiHaPIBHv7CBmldV2L3y2dlgHE2bBnnBmtudhvU/uAr04laetoQzErdZ2/fufn5776OQ763F9WOsGDoo9bWfpPRocTC2DhS8t9P8We70WdXvKbdBrU/SzaySNorDdhMGwqv9koDNmB6BEHD72DfVd9nqO+ObjF5vmlGjLNhyxqDZryg0m8lNuJoUpV3DMwDRwu7uRYCIi8mBVW+O7rFKAu9spJatCsEarNcp//XwjHP0LWLntksHa7eW7DCZJsm8mPsnKNqdQqTbQKpBgmcPzYO64VnB3ITVwAFgkq/lRR6uOKuK7F7OBu2DJuO0pINvtXlt+/cfCHf2wvU0tOGQuLU8fiz3Whug9ofzRa+gVsmufbhd7Bvd0e3GOZaCIhwag//yjsGZlwLARH/nmWPaa5i+NP/a2FFz2wWeOIKoO7SDddUgwROwrMDOWEmZ6f3FmDQTUdpSdt3bj5KatGu3FrW2WYL30DwO9g3U668qcWeu95/z7JH6f+1MBzyvb2KwrrKMJOzU6ajtCQFNtC6kwbXzSlX3lS/Z9kjLnpms7hKYcQCG2hdlCtvKje+C7ShjgzDG98FWo3vAi0AAAAAQTEbGYJiNjLDUy0rBMVsZEX0d32Gp1pWx5ZBTwiK2chJu8LRiujv+svZ9OMMT7WsTX6utY4tg57PHJiHURLCShAj2VPTcPR4kkHvYVXXri4U5rU317WYHJaEgwVZmBuCGKkAm9v6LbCayzapXV135hxsbP/fP0HUng5azaIkhJXjFZ+MIEayp2F3qb6m4ejx59Dz6CSD3sNlssXaqq5dXeufRkQozGtvaf1wdq5rMTnvWiogLAkHC204HBLzNkbfsgddxnFUcO0wZWv09/Mqu7bCMaJ1kRyJNKAHkPu8nxe6jYQOed6pJTjvsjz/efNzvkjoan0bxUE8Kt5YBU958ER+YumHLU/CxhxU2wGKFZRAuw6Ng+gjpsLZOL8NxaA4TPS7IY+nlgrOlo0TCQDMXEgx10WLYvpuylPhd1Rdu7oVbKCj1j+NiJcOlpFQmNfeEanMx9L64eyTy/r1XNdich3meWvetVRAn4RPWVgSDhYZIxUP2nA4JJtBIz2na/1l5lrmfCUJy1dkONBOo66RAeKfihghzKczYP28Kq/hJK3u0D+0LYMSn2yyCYarJEjJ6hVT0ClGfvtod2Xi9nk/L7dIJDZ0GwkdNSoSBPK8U0uzjUhScN5leTHvfmD+8+bnv8L9/nyR0NU9oMvM+jaKg7sHkZp4VLyxOWWnqEuYgzsKqZgiyfq1CYjLrhBPXe9fDmz0Rs0/2W2MDsJ0QxJa8wIjQerBcGzBgEF32EfXNpcG5i2OxbUApYSEG7waikFxW7taaJjod0PZ2WxaHk8tFV9+NgycLRsn3RwAPhIAmLlTMYOgkGKui9FTtZIWxfTdV/TvxJSnwu/Vltn26bwHrqiNHLdr3jGcKu8qhe15a8qsSHDTbxtd+C4qRuHhNt5moAfFf2NU6FQiZfNN5fOyAqTCqRtnkYQwJqCfKbiuxeT5n979Oszz1nv96M+8a6mA/VqymT4Jn7J/OISrsCQcLPEVBzUyRioec3cxB7ThcEj10GtRNoNGeneyXWNO1/rLD+bh0sy1zPmNhNfgShKWrwsjjbbIcKCdiUG7hEZdIwMHbDgaxD8VMYUODihCmE9nA6lUfsD6eVWBy2JMH8U4gV70I5idpw6z3JYVqhsAVOVaMU/8mWJi19hTec4XT+FJVn76UJUt13vUHMxiE4qNLVK7ljSR6Lsf0NmgBuzzfl6twmVHbpFIbC+gU3XoNhI6qQcJI2pUJAgrZT8R5HmnlqVIvI9mG5GkJyqKveC8y/KhjdDrYt79wCPv5tm94bwU/NCnDT+DiiZ+spE/uSTQcPgVy2k7RuZCenf9W7VrZdz0Wn7FNwlT7nY4SPexrgm48J8SoTPMP4py/SSTAAAAADdqwgFu1IQDWb5GAtyoCQfrwssGsnyNBIUWTwW4URMOjzvRD9aFlw3h71UMZPkaCVOT2AgKLZ4KPUdcC3CjJhxHyeQdHneiHykdYB6sCy8bm2HtGsLfqxj1tWkZyPI1Ev+Y9xOmJrERkUxzEBRaPBUjMP4Ueo64Fk3kehfgRk041yyPOY6SyTu5+As6PO5EPwuEhj5SOsA8ZVACPVgXXjZvfZw3NsPaNQGpGDSEv1cxs9WVMOpr0zLdAREzkOVrJKePqSX+Me8nyVstJkxNYiN7J6AiIpnmIBXzJCEotHgqH966K0Zg/ClxCj4o9BxxLcN2syyayPUuraI3L8CNmnD351hxrlkec5kz3HIcJZN3K09RdnLxF3RFm9V1eNyJfk+2S38WCA19IWLPfKR0gHmTHkJ4yqAEev3KxnuwLrxsh0R+bd76OG/pkPpubIa1a1vsd2oCUjFoNTjzaQh/r2I/FW1jZqsrYVHB6WDU16Zl471kZLoDImaNaeBnIMvXSBehFUlOH1NLeXWRSvxj3k/LCRxOkrdaTKXdmE2YmsRGr/AGR/ZOQEXBJIJERDLNQXNYD0Aq5klCHYyLQ1Bo8VRnAjNVPrx1VwnWt1aMwPhTu6o6UuIUfFDVfr5R6DniWt9TIFuG7WZZsYekWDSR610D+ylcWkVvXm0vrV+AGzXht3H34O7PseLZpXPjXLM85mvZ/ucyZ7jlBQ165DhKJu8PIOTuVp6i7GH0YO3k4i/o04jt6Yo2q+u9XGnq8LgT/cfS0fyebJf+qQZV/ywQGvobetj7QsSe+XWuXPhI6QDzf4PC8iY9hPARV0bxlEEJ9KMry/X6lY33zf9P9mBdeNlXN7rYDon82jnjPtu89XHei5+z39Ih9d3lSzfc2Axr1+9mqda22O/UgbIt1QSkYtAzzqDRanDm010aJNIQ/l7FJ5ScxH4q2sZJQBjHzFZXwvs8lcOigtPBlegRwKivTcufxY/KxnvJyPERC8l0B0TMQ22GzRrTwM8tuQLOQJavkXf8bZAuQiuSGSjpk5w+pparVGSX8uoilcWA4JT4x7yfz61+npYTOJyhefqdJG+1mBMFd5lKuzGbfdHzmjA1iY0HX0uMXuENjmmLz4/snYCK2/dCi4JJBIm1I8aIiGSag78OWILmsB6A0drcgVTMk4RjplGFOhgXhw1y1Yag0OKpl7ogqM4EZqr5bqSrfHjrrksSKa8SrG+tJcatrBiB8acv6zOmdlV1pEE/t6XEKfig80M6oar9fKOdl76i0HPEtecZBrS+p0C2ic2CtwzbzbI7sQ+zYg9JsVVli7BoIte7X0gVugb2U7gxnJG5tIrevIPgHL3aXlq/7TSYvgAAAABlZ7y4i8gJqu6vtRJXl2KPMvDeN9xfayW5ONed7yi0xYpPCH1k4L1vAYcB17i/1krd2GryM3ff4FYQY1ifVxlQ+jCl6BSfEPpx+KxCyMB7362nx2dDCHJ1Jm/OzXB/rZUVGBEt+7ekP57QGIcn6M8aQo9zoqwgxrDJR3oIPq8yoFvIjhi1ZzsK0ACHsmk4UC8MX+yX4vBZhYeX5T3Rh4ZltOA63VpPj88/KDN3hhDk6uN3WFIN2O1AaL9R+KH4K/DEn5dIKjAiWk9XnuL2b0l/kwj1x32nQNUYwPxtTtCfNSu3I43FGJafoH8qJxlH/bp8IEECko/0EPfoSKg9WBSbWD+oI7aQHTHT96GJas92FA+oyqzhB3++hGDDBtJwoF63FxzmWbip9DzfFUyF58LR4IB+aQ4vy3trSHfDog8Ny8dosXMpxwRhTKC42fWYb0SQ/9P8flBm7hs32lZNJ7kOKEAFtsbvsKSjiAwcGrDbgX/XZzmReNIr9B9ukwP3JjtmkJqDiD8vke1YkylUYES0MQf4DN+oTR66z/Gm7N+S/om4LkZnF5tUAnAn7LtI8HHeL0zJMID521XnRWOcoD9r+ceD0xdoNsFyD4p5yzdd5K5Q4VxA/1ROJZjo9nOIi64W7zcW+ECCBJ0nPrwkH+khQXhVma/X4IvKsFwzO7ZZ7V7R5VWwflBH1Rns/2whO2IJRofa5+kyyIKOjnDUnu0osflRkF9W5II6MVg6gwmPp+ZuMx8IwYYNbaY6taThQL3BhvwFLylJF0pO9a/zdiIylhGeini+K5gd2ZcgS8n0eC6uSMDAAf3SpWZBahxelvd5OSpPl5afXfLxI+UFGWtNYH7X9Y7RYufrtt5fUo4JwjfptXrZRgBovCG80Oox34iPVmMwYfnWIgSeapq9pr0H2MEBvzZutK1TCQgVmk5yHf8pzqURhnu3dOHHD83ZEJKovqwqRhEZOCN2pYB1ZsbYEAF6YP6uz3KbyXPKIvGkV0eWGO+pOa39zF4RRQbuTXZjifHOjSZE3OhB+GRReS/5NB6TQdqxJlO/1prr6cb5s4yhRQtiDvAZB2lMob5RmzzbNieENZmSllD+Li6ZuVQm/N7onhJxXYx3FuE0zi42qatJihFF5j8DIIGDu3aR4OMT9lxb/VnpSZg+VfEhBoJsRGE+1KrOi8bPqTd+OEF/1l0mw26ziXZ81u7KxG/WHVkKsaHh5B4U84F5qEvXacsTsg53q1yhwrk5xn4BgP6pnOWZFSQLNqA2blEcjqcWZobCcdo+LN5vLEm505TwgQQJlea4sXtJDaMeLrEbSD7SQy1ZbvvD9tvpppFnUR+psMx6zgx0lGG5ZvEGBd4AAAAAsClgPWBTwHrQeqBHwKaA9XCP4Mig9UCPENwgssFLcDBxYhANoRiwShEx0HcB7fDFscSQ+GG+ML/Rl1CCgpfgYDK+gF3ixCAaUu1AJ0IxYJXyGACoImKg75JLwNJD3JBQ8/XwbSOPUCqTpjAXg3oQpTNTcJjjKdDfUwCw4gQvwcG0BqH8ZHwBu9RVYYbEiUE0dKAhCaTagU4U8+FzxWSx8XVN0cylN3GLFR4RtgXCMQS161E5ZZHxftW4kUOGuCGhNpFBnObr4dtWwoHmRh6hVPY3wWkmTWEulmQBE0fzUZH32jGsJ6CR65eJ8daHVdFkN3yxWecGER5XL3EjSVjzWPlxk2UpCzMimSJTH4n+c6051xOQ6a2z11mE0+qIE4NoODrjVehAQxJYaSMvSLUDnficY6Ao5sPnmM+j2svPEzh75nMFq5zTQhu1s38LaZPNu0Dz8Gs6U7fbEzOKCoRjCLqtAzVq16Ny2v7DT8oi4/16C4PAqnEjhxpYQ7pNdzKZ/V5SpC0k8uOdDZLejdGybD340lHtgnIWXasSK4w8Qqk8FSKU7G+C01xG4u5MmsJc/LOiYSzJAiac4GIbz+DS+X/JssSvsxKDH5pyvg9GUgy/bzIxbxWSdt888ksOq6LJvoLC9G74YrPe0QKOzg0iPH4kQgGuXuJGHneCe5Kw5rEimYaM8uMmy0LKRvZSFmZE4j8GeTJFpj6CbMYDU/uWgePS9rwzqFb7g4E2xpNdFnQjdHZJ8w7WDkMntjMQJwbRoA5m7HB0xqvAXaaW0IGGJGCo5hmw0kZeAPsmY9FsduFhRRbcsT+2mwEW1qYRyvYUoeOWKXGZNm7BsFZTlp8ncCa2R032zOcKRuWHN1Y5p4XmEMe4Nmpn/4ZDB8JX1FdA5/03fTeHlzqHrvcHl3LXtSdbt4j3IRfPRwh38hQIxxCkIactdFsHasRyZ1fUrkflZIcn2LT9h58E1Oei1UO3IGVq1x21EHdaBTkXZxXlN9WlzFfodbb3r8Wfl5Lb6BXpa8F11Lu71ZMLkrWuG06VHKtn9SF7HVVmyzQ1WxqjZdmqigXkevClo8rZxZ7aBeUsaiyFEbpWJVYKf0VrWX/1ielWlbQ5LDXziQVVzpnZdXwp8BVB+Yq1Bkmj1TuYNIW5KB3lhPhnRcNITiX+WJIFTOi7ZXE4wcU2iOilC9/H1Chv7rQVv5QUUg+9dG8fYVTdr0g04H8ylKfPG/SaHoykGK6lxCV+32RizvYEX94qJO1uA0TQvnnklw5QhKpdUDRI7XlUdT0D9DKNKpQPnfa0vS3f1ID9pXTHTYwU+pwbRHgsMiRF/EiEAkxh5D9cvcSN7JSksDzuBPeMx2TKAAAAAKXTXMsLochNrnKUhhZCkZuzkc1QHeNZ1rgwBR1tglPsyFEPJ2Yjm6HD8Mdqe8DCd94TnrxwYQo61bJW8ZsC1gM+0YrIkKMeTjVwQoWNQEeYKJMbU4bhj9UjMtMe9oCF71NT2ST9IU2iWPIRaeDCFHRFEUi/62PcOU6wgPI2BawHk9bwzD2kZEqYdziBIEc9nIWUYVcr5vXRjjWpGluH/+v+VKMgUCY3pvX1a21NxW5w6BYyu0Zkpj3jt/r2rQd6BAjUJs+mprJJA3XugrtF658elrdUsOQj0hU3fxnAhSnoZVZ1I8sk4aVu971u1se4c3MU5LjdZnA+eLUs9WwKWA/J2QTEZ6uQQsJ4zIl6SMmU35uVX3HpAdnUOl0SAYgL46RbVygKKcOur/qfZRfKmniyGcazHGtSNbm4Dv73CI4MUtvSx/ypRkFZehqK4Uofl0SZQ1zq69faTziLEZqK3eA/WYErkSsVrTT4SWaMyEx7KRsQsIdphDYiutj9Wg/0CP/cqMNRrjxF9H1gjkxNZZPpnjlYR+yt3uI/8RU3jafkkl77Lzwsb6mZ/zNiIc82f4QcarQqbv4yj72i+cENIgtk3n7AyqzqRm9/to3XT7OQcpzvW9zue915PScWrI9x5wlcLSynLrmqAv3lYbrN4HwfHry3sWwoMRS/dPrYFLAefcfs1dO1eFN2ZiSYzlYhhWuFfU7F9+nIYCS1A7WW4/IQRb85vjcrvxvkd3Sj1HJpBgcuoqh1uiQNpubvQxZmHebFOtZIt65Q7WTym1VU94bwh6tNXvU/y/smYwAulDXxi0dpOiU1/byA5qF3ONakap0F+KEzd2wnlqQw7O4RHBlLwkDS5bDUVEBjiJ/4U42CXYDRSfPyRc9WIRkEg5NP9SZAEz6IMoe4LeHbc5XR3m4wAoKlnnAWIzujSuh1E8oa0MCW0X6yAlfbYV6cY1FbgcaCB0po8JPMzSPPBxiRmfa9QsU9EzBRu7bjDXAO0whtqwBUpgVywCCgoZzrtB7oERHNtNq/vyBcGmx8l6JceYoHjyVBqf2xxwwu7QzZnLv9fE/nNtI9c7B37i97z94qZmoNdq3Ef+IrYay+4C8cPhKKz2LZJL32X4FuqpQ5Xq+JnI3zQjL/Z8SXLDsPQp5t/udNMTVJP6Wz7Oz5eFTc/GXxD6CuX300KPquaOOCG0QWJ8gY3Ym6jFssadCQlFnVjTGKiUaf+B3AOitBC++ZF/pKSksx5Djft0Hrg3z524ZhXAjaqvJ6TixXqRLnGRmSFbzKzt4SuFpYt2sGkw9bA46qiF9FBPrLw6Eplwh0m8H50UidMn86CbTa6VV/YtlQYscKDKlpeJgvzKvE5AAAAAC0C3emKRGfl50a6DETJE/0py84Ujo10GOOPqfFZ07vM9NFmJVOX3Ck+lQHAnRqoMfAYddhXXs/UOlwSPbOnN5nepepweeNQfBThjZW3biRk2mz5jX0qQ4EQKJ5oqnSMVQd2UbygMOuwzTI2WW69n6gDv0JBpPn4Tcn7JaRnDm9zygyymm1KCJYASNV/o8d8js7FoWdpgxtrBIHGgr7d1L8T3wlWtJmzWtmbbrN6FMdCFxYaq7BQoKfdUn1OVKlY6jmrhQOe7T8P8+/i5lBgSxc9Ypb+miQs8vcm8RtNeuMm4Hg+z0c+hMMqPFkqibPw2+SxLTJD95c+LvVK155dQtEzX584lBklNPkb+N1alFEsN5aMxZDQNsn90usgR475HeqMJPRNyp74IMhDEYNH6uDuRTcJSQONBSQBUOyt+nVIwPiooWe+Eq0KvM9EqTNmtcQxu1xjdwFQDnXcubQpzoQZKxNtvm2pYdNvdIhw4N15HeIAkLqkupzXpmd1eVMtotRR8EtzF0pHHhWXrr2aPl/QmOO2d95ZuhrchFOggJZuDYJLh6rE8YvHxixiZEmFkwlLWHquDeJ2ww8/n0r0Gjsn9sfSgLB93u2yoDdOPQnGIz/UL4R5biPpe7PKUyeh9/4lfB5ZY8YSNGEb+5fusgr67G/jXarV7zCoCAa8uoWiEbhYS7b+4kfb/D+ueHOWXxVxS7ayN/G63zUsU2VpPm7Ia+OHby1ZiwIvhGKhoC2TzKLwemvkSnYG5pefjx2yO+Ifb9JFWdXeKFsIN4vUocbm1nwvQZDGIyySG8qWzgn3O8zUHpyKbhLxiLP7UgcaCj8Fx+OYQ33v9UGgBlu06tH2tjc4UfCNNDzyUN2fffks8n8kxVU5nsk4O0MggmdRHS9ljPSIIzb45SHrEUauQuArrJ8JjOolBeHo+OxoE91IBREAoaJXuq3PVWdEbNrOtQHYE1ymnqlQy5x0uXHAZoTcwrtte4QBYRaG3Ii1CXV52AuokH9NEpwST891oufHcw/lGpqoo6CWxaF9f2Yu1I4LLAlnrGqza8FoboJ7NHy/1jahVnFwG1occsazv/1vQtL/sqt1uQinGLvVTpFA8Or8Qi0DWwSXDzYGSuaVieMX+Is+/l/NhPIyz1kbiJNLJiWRls+C1yzD79XxKkxaWNshWIUyhh4/Pusc4tdF6agA6Ot16U+tz+UirxIMgSC7/ewiZhRLZNwYJmYB8Zw6E8wxOM4lln50Kft8qcBY8wAxNfHd2JK3Z9T/tbo9dk6fmRtMQnC8Cvh80QgllXKHjGQfhVGNuMPrgdXBNmhvnSRVwp/5vGXZQ7AI255Zq1Q3qMZW6kFhEFBNDBKNpIAAAAAngCqzH0HJULjB4+O+g5KhGQO4EiHCW/GGQnFCrUb5dMrG08fyBzAkVYcal1PFa9X0RUFmzISihWsEiDZKzG7fLUxEbBWNp4+yDY08tE/8fhPP1s0rDjUujI4fnaeKl6vACr0Y+Mte+19LdEhZCQUK/okvucZIzFphyObpVZidvnIYtw1K2VTu7Vl+XesbDx9MmyWsdFrGT9Pa7Pz43mTKn15OeaefrZoAH4cpBl32a6Hd3NiZHD87PpwViB9U82F41NnSQBU6MeeVEILh12HARldLc36WqJDZFoIj8hIKFZWSIKatU8NFCtPp9gyRmLSrEbIHk9BR5DRQe1c7cKdKXPCN+WQxbhrDsUSpxfM162JzH1hasvy7/TLWCNY2Xj6xtnSNiXeXbi73vd0otcyfjzXmLLf0Bc8QdC98MbzJlVY84yZu/QDFyX0qds8/WzRov3GHUH6SZPf+uNfc+jDhu3oaUoO7+bEkO9MCInmiQIX5iPO9OGsQGrhBoy7oOvQJaBBHManzpJYp2ReQa6hVN+uC5g8qYQWoqku2g67DgOQu6TPc7wrQe28gY30tUSHarXuS4myYcUXsssJkJFQrA6R+mDtlnXuc5bfImqfGij0n7DkF5g/aomYlaYlirV/u4ofs1iNkD3GjTrx34T/+0GEVTeig9q5PINwddqFO1NEhZGfp4IeETmCtN0gi3HXvovbG12MVJXDjP5Zb57egPGedEwSmfvCjJlRDpWQlAQLkD7I6JexRnaXG4rxtIAvb7Qq44yzpW0Ssw+hC7rKq5W6YGd2ve/p6L1FJUSvZfzar88wOahAvqeo6nK+oS94IKGFtMOmCjpdpqD2jOdNqhLn52bx4Gjob+DCJHbpBy7o6a3iC+4ibJXuiKA5/Kh5p/wCtUT7jTva+yf3w/Li/V3ySDG+9ce/IPVtc6fW9tY51lwa2tHTlETReVhd2LxSw9gWniDfmRC+3zPcEs0TBYzNuclvyjZH8cqci+jDWYF2w/NNlcR8wwvE1g83R6Z6qUcMtkpAgzjUQCn0zUns/lNJRjKwTsm8Lk5jcIJcQ6kcXOll/1tm62FbzCd4Ugkt5lKj4QVVLG+bVYajHHYdBoJ2t8phcThE/3GSiOZ4V4J4eP1Om39ywAV/2AypbfjVN21SGdRq3ZdKandbU2OyUc1jGJ0uZJcTsGQ932El0IP/JXpPHCL1wYIiXw2bK5oHBSswy+Ysv0V4LBWJ1D41UEo+n5ypORASNzm63i4wf9SwMNUYUzdals038FpKFGv/1BTBMzcTTr2pE+RxsBohey4ai7fNHQQ5Ux2u9f8PjixhDyTgggirbhwIAaIFAcSomwFuZHgG4ermBksmAAAAAEMUexeGKPYuxTyNOQxR7F1PRZdKinkac8ltYWQYoti7W7ajrJ6KLpXdnlWCFPM05lfnT/GS28LI0c+533FCwKwyVru792o2grR+TZV9EyzxPgdX5vs72t+4L6HIaeAYFyr0YwDvyO45rNyVLmWx9EompY9d45kCZKCNeXOjgvGC4JaKlSWqB6xmvny7r9Md3+zHZsgp++vxau+Q5rsgKTn4NFIuPQjfF34cpAC3ccVk9GW+czFZM0pyTUhd0sAxLpHUSjlU6McAF/y8F96R3XOdhaZkWLkrXRutUErKYumViXaSgkxKH7sPXmSsxjMFyIUnft9AG/PmAw+I8QcDkt5EF+nJgStk8MI/H+cLUn6DSEYFlI16iK3ObvO6H6FKZVy1MXKZibxL2p3HXBPwpjhQ5N0vldhQFtbMKwF2QVJyNVUpZfBppFyzfd9LehC+LzkExTj8OEgBvywzFm7jiskt9/He6Mt856vfB/BismaUIaYdg+SakLqnjuutpIFjXOeVGEsiqZVyYb3uZajQjwHrxPQWLvh5L23sAji8I7vn/zfA8DoLTcl5HzbesHJXuvNmLK02WqGUdU7ag9XDo/CW19jnU+tV3hD/LsnZkk+tmoY0ul+6uYMcrsKUzWF7S451AFxLSY1lCF32csEwlxaCJOwBRxhhOAQMGi9PAFVmDBQucckoo0iKPNhfQ1G5OwBFwizFeU8Vhm00Aleijd0UtvbK0Yp785KeAORb82GAGOcal93bl66ez+y5PkKVyn1W7t24amPk+34Y8zITeZdxBwKAtDuPufcv9K4m4E1xZfQ2ZqDIu1/j3MBIKrGhLGml2jusmVcC740sFeyCpOSvlt/zaqpSyim+Kd3g00i5o8czrmb7vpcl78WA9CB8X7c0B0hyCIpxMRzxZvhxkAK7ZesVfllmLD1NHTudwGRI3tQfXxvokmZY/OlxkZGIFdKF8wIXuX47VK0FLIVivPPGdsfkA0pK3UBeMcqJM1CuyicruQ8bpoBMD92XSAPHuAsXvK/OKzGWjT9KgURSK+UHRlDywnrdy4FuptxQoR8DE7VkFNaJ6S2VnZI6XPDzXh/kiEna2AVwmcx+ZzlBBxR6VXwDv2nxOvx9ii01EOtJdgSQXrM4HWfwLGZwIePfr2L3pLinyymB5N9Sli2yM/Jupkjlq5rF3OiOvsvrgTY6qJVNLW2pwBQuvbsD59DaZ6TEoXBh+CxJIuxXXvMj7oGwN5WWdQsYrzYfY7j/cgLcvGZ5y3la9PI6To/lmsP2ltnXjYEc6wC4X/97r5aSGsvVhmHcELrs5VOul/KCYS4twXVVOgRJ2ANHXaMUjjDCcM0kuWcIGDReSwxPSQAAAAA+a8LvPdD1BAO7N+t6oOsJRMsp5kdwHg15G9zi9EDXE8orFfzJkCIX9/vg+I7gPBqwi/71szDJHo1bC/Hoga4n1upsyNVRWyPrOpnMkiFFLqxKh8Gv8bAqkZpyxRzBeTQiqrvbIRGMMB96Tt9mYZI9WApQ0luxZzll2qXW0ANdT+5on6Dt06hL07hqpKqjtkaUyHSpl3NDQqkYga0kQ4pcGihIsxmTf1gn+L23XuNhVWCIo7pjM5RRXVhWvjiC82gG6TGHBVIGbDs5xINCIhhhfEnajn/y7WVBmS+KzMIke/Kp5pTxEtF/z3kTkLZiz3KICQ2di7I6drXZ+JmgB7qenmx4cZ3XT5qjvI112qdRl+TMk3jnd6ST2RxmfFRHbY1qLK9iaZeYiVf8WmYu54aEEIxEaxM3c4AtXLFvSIYUuXbt1lZ1VuG9Sz0jUjIm/7AMTT1fD/YKtDGdyFu8xsOqgq0BRYEWNq6/ffRBxmYoo/gN6kz7tt2nxd0fSHAE59FObyU+TdQS1XO/0DoKpAzYNM/ONzd0+dwJHzszhEQwwrov8i25lMXGh/8HKf7k28vAjxkkwzQuz/1f7CCYhUn2pu6LGaVVvPKbPn4d4iWi/9xOYBDf9Vf74Z6VFGzFnuVSrlwKURVr4W9+qQ4WZXXsKA63Ayu1gOgV3kIHAQkF5j9ixwk82fDiArIyDXup7u9FwiwARnkb63gS2QT1SdL1yyIQGsiZJ/H28uUej+k5/LGC+xOyOcz4jFIOF+mIq8HX42ku1FhexeoznCqTKEDIrUOCJ674tcyQk3cjHch80iOjvj0gGInWHnNLOWdol9tZA1U0Wrhi32TToDDRClip72GaRuzara3SsW9Cq6qzoJXBcU+WekakqBGESyVKj7obIU1VGJp6vibxuFFf6mSzYYGmXGI6kbdcUVNYOYv2jgfgNGEEWwOKOjDBZUMrHYd9QN9ofvvog0CQKmzNyyGd86DjcvAb1JnOcBZ2t2vKlIkACHuKuz+QtND9f6EOv3ifZX2XnN5KfKK1iJPbrlRx5cWWnuZ+oXXYFWOaVU5oa2slqoRonp1vVvVfgC/ug2IRhUGNEj52ZixVtIlJjxFfd+TTsHRf5FtKNCa0My/6Vg1EOLkO/w9SMJTNvb3PxkyDpASjgB8zSL508afHby1F+QTvqvq/2EHE1BqucQ3iN09mINhM3RczcrbV3AutCT41xsvRNn38OggWPtWFTTUkuyb3y7idwCCG9gLP/+3eLcGGHMLCPSsp/FbpxpmMTBCn547/pFy5FJo3e/vjLKcZ3Udl9t78Uh3gl5DybcybA1OnWexQHG4Hbnes6BdscAopB7LlKryFDhTXR+EAAAAAwN+OwcG5bFgBZuKZgnPZsEKsV3FDyrXogxU7KUXhw7qFPk17hFiv4kSHISPHkhoKB02UywYrdlLG9PiTy8T2rgsbeG8KfZr2yqIUN0m3Lx6JaKHfiA5DRkjRzYeOJTUUTvq71U+cWUyPQ9eNDFbspMyJYmXN74D8DTAOPdePnIYXUBJHFjbw3tbpfh9V/EU2lSPL95RFKW5Umqevkm5fPFKx0f1T1zNkkwi9pRAdhozQwghN0aTq1BF7ZBUcS2oo3JTk6d3yBnAdLYixnjizmF7nPVlfgd/An15RAVmqqZKZdSdTmBPFyljMSwvb2XAiGwb+4xpgHHrav5K77xlI1i/GxhcuoCSO7n+qT21qkWattR+nrNP9PmwMc/+q+ItsaicFrWtB5zSrnmn1KItS3OhU3B3pMj6EKe2wRSTdvnjkAjC55WTSICW7XOGmrmfIZnHpCWcXC5CnyIVRYTx9wqHj8wOghRGaYFqfW+NPpHIjkCqzIvbIKuIpRus4ltRQ+ElakfkvuAg58DbJuuUN4Ho6gyF7XGG4u4PveX13F+q9qJkrvM57snwR9XP/BM5aP9tAmz69ogL+YizD81Ii/jONrD8y606m8jTAZ3Eh+06x/nWPsJiXFnBHGde2s+FEdmxvhXcKjRy31QPdNMA49PQftjX1eVSsNababZ814Xdf6m+2XoyNL55TA+4dRjjH3Zm2Btz/VJ8cINpe2tQizRoLrAwbbU6V27LAVFin+32YeHW8mR6XJVnBGeRU8RfZlC6ZGJVIe4FVl/VA1oLOaRZdQKgXO6Ix1+Qs8BEQ1GPRz1qi0Km4OxB2NvqTYw3TU7yDElLaYYuSBe9KSLp98Yhl8zCJAxGpSdyfaMrJpEEKFiqAC3DIGcuvRtgNW75LzYQwiszi0hMMPVzSjyhn+0/36TpOkQujjk6FYoN+i19DoQWeQsfnB4IYacYBDVLvwdLcLsC0PrcAa7B2xp9I5QZAxiQHJiS9x/mqfETskVWEMx+UhVX9DUWKc8xwLKmhsPMnYLGVxflxSks48l9wETKA/tAz5hxJ8zmSiDXNahv1EuTa9HQGQzSriIK3vrOrd2E9anYH3/O22FEyu+hfD3s30c56UTNXuo69ljmbhr/5RAh++CLq5zj9ZCb+CZy1PtYSdD+w8O3/b34sfHpFBbyly8S9wyldfRynnKejNSdnfLvmZhpZf6bF174l0OyX5Q9iVuRpgM8ktg4O4kL2nSKdeFwj+5rF4yQUBGAxLy2g7qHsoYhDdWFXzbRsZ8OJrLhNSK3er9FtASEQ7hQaOS7LlPgvrXZh73L4oCmGADPpWY7y6D9sayjg4qqr9dmDaypXQmpMtduqkzsaAAAAAG9MpZufnjvs8NKed387BgMQd6OY4KU974/pmHT+dgwGkTqpnWHoN+oOpJJxgU0KBe4Br54e0zHpcZ+UcvztGAyTob2XY3Mj4Aw/hnuD1h4P7Jq7lBxIJeNzBIB4ApsUCm3XsZGdBS/m8kmKfX2gEgkS7LeS4j4p5Y1yjH742zEYl5eUg2dFCvQICa9vh+A3G+iskoAYfgz3dzKpbAatPR5p4ZiFmTMG8vZ/o2l5ljsdFtqehuYIAPGJRKVqBDYpFGt6jI+bqBL49OS3Y3sNLxcUQYqM5JMU+4vfsWD6QCUSlQyAiWXeHv4KkrtlhXsjEeo3hooa5Rj9dam9ZvC3YzCf+8arbylY3ABl/UePjGUz4MDAqBASXt9/XvtEDsFvNmGNyq2RX1Ta/hPxQXH6aTUetsyu7mRS2YEo90IMWns8Yxbep5PEQND8iOVLc2F9Pxwt2KTs/0bTg7PjSPIsdzqdYNKhbbJM1gL+6U2NF3E54lvUohKJStV9xe9OCGxSKGcg97OX8mnE+L7MX3dXVCsYG/Gw6Mlvx4eFylz2Gl4umVb7tWmEZcIGyMBZiSFYLeZt/bYWv2PBefPGWvSBSiSbze+/ax9xyART1FOLukwn5PbpvBQkd8t7aNJQCvdGImW747mVaX3O+iXYVXXMQCEagOW66lJ7zYUe3lbgb8dgjyNi+3/x/IwQvVkXn1TBY/AYZPgAyvqPb4ZfFB4Zy2ZxVW79gYfwiu7LVRFhIs1lDm5o/v689omR8FMSHILfbHPOeveDHOSA7FBBG2O52W8M9Xz0/Cfig5NrRxji9NNqjbh28X1q6IYSJk0dnc/VafKDcPICUe6FbR1LHhi09nh3+FPjhyrNlOhmaA9nj/B7CMNV4PgRy5eXXW4M5sL6fomOX+V5XMGSFhBkCZn5/H32tVnmBmfHkWkrYgrkWe50ixVL73vH1ZgUi3ADm2Lod/QuTewE/NOba7B2ABov4nJ1Y0fphbHZnur9fAVlFORxClhB6vqK352VxnoGENikUH+UAcuPRp+84Ao6J2/jolMArwfI8H2Zv58xPCTurqhWgeINzXEwk7oefDYhkZWuVf7ZC84OC5W5YUcwIuw1vFyDeRnHc6uHsBznIiuTDrpf/EIfxAyQgbNj3CQoEkOwWn0PFcGN3Yu24pEuLW14tlkCNBPC8uaNtZ2qKC7oA5VIh08w03edrqQY0Qs/lziTS/h0NtAIpqinZ+oNPBZ1mU55OTzVieuiouanBzlpTp9NBgI61vbQpKGZnAE6FO6NRHuiKN+LcLao5DwTM2vVi0cEmS7c9Euwq5sHFTDqmIFChdQk2XUGuq4aSh81laOHQfrvItoKPbytZXEZNgAAAACF2ZbdS7VcYM5syr2WarnAE7MvHd3f5aBYBnN9bdMDWugKlYcmZl86o7/J5/u5upp+YCxHsAzm+jXVcCfapge0X3+RaZETW9QUys0JTMy+dMkVKKkHeeIUgqB0ybd1BO4yrJIz/MBYjnkZzlMhH70upMYr82qq4U7vc3eT9Ut+s3CS6G6+/iLTOye0DmMhx3Pm+FGuKJSbE61NDc6YmH3pHUHrNNMtIYlW9LdUDvLEKYsrUvRFR5hJwJ4OlC/teQeqNO/aZFglZ+GBs7q5h8DHPF5WGvIynKd36wp6Qj56Xcfn7IAJiyY9jFKw4NRUw51RjVVAn+Gf/Ro4CSCrkY29LkgbYOAk0d1l/UcAPfs0fbgioqB2Tmgd85f+wMZCjudDmxg6jffShwguRFpQKDcn1fGh+huda0eeRP2acTeKCfTuHNQ6gtZpv1tAtOddM8lihKUUrOhvqSkx+XQc5IlTmT0fjldR1TPSiEPuio4wkw9Xpk7BO2zzROL6Ll7a8w7bA2XTFW+vbpC2ObPIsErOTWncE4MFFq4G3IBzMwnwVLbQZol4vKw0/WU66aVjSZQgut9J7tYV9GsPgymEfPS6AaViZ8/JqNpKED4HEhZNepfP26dZoxEa3HqHx+mv9+BsdmE9ohqrgCfDPV1/xU4g+hzY/TRwEkCxqYSdFyVqoJL8/H1ckDbA2UmgHYFP02AElkW9yvqPAE8jGd169mn6/y//JzFDNZq0mqNH7JzQOmlFRuenKYxaIvAah82DbRRIWvvJhjYxdAPvp6lb6dTU3jBCCRBciLSVhR5poFBuTiWJ+JPr5TIubjyk8zY6146z40FTfY+L7vhWHTPibhQTZ7eCzqnbSHMsAt6udASt0/HdOw4/sfGzumhnbo+9F0kKZIGUxAhLKUHR3fQZ166JnA44VFJi8unXu2Q0OMgTp70RhXpzfU/H9qTZGq6iqmcrezy65Rf2B2DOYNpVGxD90MKGIB6uTJ2bd9pAw3GpPUaoP+CIxPVdDR1jgLy05x05bXHA9wG7fXLYLaAq3l7drwfIAGFrAr3kspRg0WfkR1S+cpqa0rgnHwsu+kcNXYfC1MtaDLgB54lhlzpmEuCp48t2dC2nvMmofioU8HhZaXWhz7S7zQUJPhST1AvB4/OOGHUuQHS/k8WtKU6dq1ozGHLM7tYeBlNTx5COSf+ZrswmD3MCSsXOh5NTE9+VIG5aTLazlCB8DhH56tMkLJr0ofUMKW+ZxpTqQFBJskYjNDeften5839UfCrpiZNZnhoWgAjH2OzCel01VKcFMyfagOqxB06Ge7rLX+1n/oqdQHtTC521P8EgMOZX/WjgJIDtObJdI1V44KaM7j0AAAAAduEPna3EbuHbJWF8G4+sGW1uo4S2S8L4wKrNZTYeWTNA/1aum9o30u07OE8tkfUqW3D6t4BVm8v2tJRWbDyyZhrdvfvB+NyHtxnTGnezHn8BUhHi2ndwnqyWfwNaIutVLMPkyPfmhbSBB4opQa1HTDdMSNHsaSmtmogmMNh4ZM2umWtQdbwKLANdBbHD98jUtRbHSW4zpjUY0qmo7mY9/piHMmNDolMfNUNcgvXpkeeDCJ56WC3/Bi7M8Ju0RNarwqXZNhmAuEpvYbfXr8t6stkqdS8CDxRTdO4bzoJaj5j0u4AFL57heVl/7uSZ1SOB7zQsHDQRTWBC8EL98fe5QYcWttxcM9egKtLYPep4FVicmRrFR7x7uTFddCTH6eBysQjv72otjpMczIEO3GZMa6qHQ/ZxoiKKB0MtF53LCyfrKgS6MA9lxkbualuGRKc+8KWooyuAyd9dYcZCq9VSFN00XYkGETz1cPAzaLBa/g3Gu/GQHZ6Q7Gt/n3Epj92MX27SEYRLs23yqrzwMgBxlUThfgifxB906SUQ6R+RhL9pcIsislXqXsS05cMEHiimcv8nO6naRkffO0naRbNv6jNSYHfodwELnpYOll48w/Mo3cxu8/itEoUZoo9zrTbZBUw5RN5pWDioiFelaCKawB7DlV3F5vQhswf7vOLvc4OUDnweTysdYjnKEv/5YN+aj4HQB1SksXsiRb7m1PEqsKIQJS15NURRD9RLzM9+hqm5n4k0YrroSBRb59WO08Hl+DLOeCMXrwRV9qCZlVxt/OO9YmE4mAMdTnkMgLjNmNbOLJdLFQn2N2Po+aqjQjTP1aM7Ug6GWi54Z1WzOpcXTkx2GNOXU3mv4bJ2MiEYu1dX+bTKjNzVtvo92isMiU59emhB4KFNIJzXrC8BFwbiZGHn7fm6woyFzCODGFarpSggSqq1+2/LyY2OxFRNJAkxO8UGrODgZ9CWAWhNYLX8GxZU84bNcZL6u5CdZ3s6UAIN21+f1v4+46AfMX4TGMrCZfnFX77cpCPIPau+CJdm2352aUalUwg607IHpyUGk/FT55xsiML9EP4j8o0+iT/oSGgwdZNNUQnlrF6UfyR4pAnFdznS4BZFpAEZ2GSr1L0SStsgyW+6XL+OtcFJOiGXP9suCuT+T3aSH0DrUrWNjiRUghP/ceNviZDs8stgrg+9gaGSZqTA7hBFz3PQ7wIWpg4Ni30rbPcLymNq/X73PIuf+KFQupndJluWQObxWyWQEFS4SzU1xD3UOlmnXBxp0b0T9AqYcoh8eX0VvNOwcMoyv+0RF96RZ/bRDJFCRVrno0rHPIYru0pnJCaKzelD/Czm3icJh6JR6Ig/AAAAAOjb+7mRsYaoeWp9EWNlfIqLvocz8tT6IhoPAZuHzInPbxdydhZ9D2f+pvTe5Kn1RQxyDvx1GHPtncOIVE+fYkSnRJn93i7k7Db1H1Us+h7OxCHld71LmGZVkGPfyFPriyCIEDJZ4m0jsTmWmqs2lwFD7Wy4OocRqdJc6hCePsWIduU+MQ+PQyDnVLiZ/Vu5AhWAQrts6j+qhDHEExnyTEfxKbf+iEPK72CYMVZ6lzDNkkzLdOsmtmUD/U3c0aGnzDl6XHVAECFkqMva3bLE20ZaHyD/I3Vd7suupldWbS4DvrbVusfcqKsvB1MSNQhSid3TqTCkudQhTGIvmH17+8qVoABz7Mp9YgQRhtseHodA9sV8+Y+vAehndPpR+rdyBRJsibxrBvStg90PFJnSDo9xCfU2CGOIJ+C4c54y5JmO2j9iN6NVHyZLjuSfUYHlBLlaHr3AMGOsKOuYFbUoEEFd8+v4JJmW6cxCbVDWTWzLPpaXckf86mOvJxHa40U+Qguexfty9Ljqmi9DU4AgQsho+7lxEZHEYPlKP9lkibeNjFJMNPU4MSUd48qcB+zLB+83ML6WXU2vfoa2FqzaXAZEAae/PWvartWwIRfPvyCMJ2TbNV4OpiS21V2dKxbVycPNLnC6p1NhUnyo2EhzqUOgqFL62cIv6zEZ1FK78IdOUyt89ypBAebCmvpf2JX7xDBOAH1JJH1sof+G1Tw8DoHU5/U4rY2IKUVWc5BfWXILt4KJss7o9KMmMw8a9G/lChy0HrNl3mOijQWYG5cKmYB/0WI5BrsfKO5g5JFzo2zFm3iXfOIS6m0KyRHUEMYQT/gd6/aBd5bnaaxtXiXOQsbNFbl/tH/EblykP9dGqz5MrnDF9dcauOQ/wUNdogLLCUrZMLAzs02h22i2GMFnt4MpvEw6UNYxK7gNypJqUSCCgorbO/vgpioTO12TCTRcCOHvp7GYhdqgcF4hGe2dqU0FRlL0fCwv5ZT31FyO+NXHZiMufh9JU2/3kqjWxot8hC5Qhz1XOvosv+EBlaXuAA5NNfu3NF+GptyEfR9BR/VLqZwO8tD2c+M4LYhaIiKJwcr5cnizkw9pW0j00IkUHsBhz+V5GKWYaPB+Y9HqcWJKAqqZ83vA5OKTGx9bDtiXD+YDbLafaRGnd7LqHm2964WFZhA8/AxtLRTXlpRYtbkMsG5CtckEP6Qh38QdO9DFhtMLPj+qYUMuQrq4l995MMM3ost6Tsi2a6YTTdK8HExJVMe38C2tyuHFdjFYFyrbSP/xIPGGm13gbkCmWXRPp8KclFx75f4hag0l2tOQ5lKHeD2pPgFX1C/pjC+W84MuDRtY1bRiMqiliulTHAAAAACRkWiuYyWgh/K0yCmHTDHUFt1ZeuRpkVN1+Pn9T58Tc94Oe90surP0vSvbWsjTIqdZQkoJq/aCIDpn6o6ePifmD69PSP0bh2Fsiu/PGXIWMojjfpx6V7a168beG9GhNJVAMFw7soSUEiMV/LxW7QVBx3xt7zXIpcakWc1ofXs/F+zqV7keXp+Qj8/3Pvo3DsNrpmZtmRKuRAiDxuoy5Cxko3VEylHBjOPAUORNtagdsCQ5dR7Wjb03RxzVmeNFGPFy1HBfgGC4dhHx0NhkCSkl9ZhBiwcsiaKWveEMrNoLgj1LYyzP/6sFXm7DqyuWOla6B1L4SLOa0dki8n/69n4ua2cWgJnT3qkIQrYHfbpP+uwrJ1Qen+99jw6H07VpbV0k+AXz1kzN2kfdpXQyJVyJo7Q0J1EA/A7AkZSgZMhZyPVZMWYH7flPlnyR4eOEaBxyFQCygKHImxEwoDUrV0q7usYiFUhy6jzZ44KSrBt7bz2KE8HPPtvoXq+zRoeNQTkWHCmX5KjhvnU5iRAAwXDtkVAYQ2Pk0GrydbjEyBJSSlmDOuSrN/LNOqaaY09eY57ezwswLHvDGb3qq7cZs2bfiCIOcXqWxljrB672nv9XCw9uP6X92veMbEufIlYsdazHvR0CNQnVK6SYvYXRYER4QPEs1rJF5P8j1IxR9O39XGV8lfKXyF3bBlk1dXOhzIjiMKQmEIRsD4EVBKG7cu4vKuOGgdhXTqhJxiYGPD7f+62vt1VfG398zooX0mrT2rr7QrIUCfZ6PZhnEpPtn+tufA6DwI66S+kfKyNHJUzJybTdoWdGaWlO1/gB4KIA+B0zkZCzwSVYmlC0MDSJlsJLGAeq5eqzYsx7IgpiDtrzn59LmzFt/1MY/G47tsYJ0ThXmLmWpSxxvzS9GRFBReDs0NSIQiJgQGuz8SjFF6jlrYY5jQN0jUUq5RwthJDk1HkBdbzX88F0/mJQHFBYN/beyaaecDsSVlmqgz7333vHCk7qr6S8XmeNLc8PIw4bg3KfiuvcbT4j9fyvS1uJV7KmGMbaCOpyEiF743qPQYSQAdAV+K8ioTCGszBYKMbIodVXWcl7pe0BUjR8afyQJaSUAbTMOvMABBNikWy9F2mVQIb4/e50TDXH5d1dad+6t+dOK99JvJ8XYC0Of85Y9oYzyWfunTvTJrSqQk4ac2C8ZeLx1MsQRRzigdR0TPQsjbFlveUflwktNgaYRZg8/68WrW7HuF/aD5HOS2c/u7Oewioi9mzYlj5FSQdW6+1em4N8z/Mtjns7BB/qU6pqEqpX+4PC+Qk3CtCYpmJ+osGI8DNQ4F7B5Ch3UHVA2SWNuSS0HNGKRqgZo9c5cQ0MAAAADAAAAAQAAAANAAAADAAAAAwAAAAEAAAADgAAAA0AAAAETxAADwAAABAAAAARAAAADwAAABIAAABpbnZhbGlkIGd6aXAgaGVhZGVyY29ycnVwdCBnemlwIHN0cmVhbSBkb2VzIG5vdCBoYXZlIGEgbWF0Y2hpbmcgY2hlY2tzdW0TAAAACAAAAAQAAAAdAAAAEwAAAAgAAAAEAAAAFAAAAB0AAACITxAADwAAAB4AAAAfAAAADwAAABIAAABkZXNjcmlwdGlvbigpIGlzIGRlcHJlY2F0ZWQ7IHVzZSBEaXNwbGF5cmVxdWlyZXMgYSBkaWN0aW9uYXJ5ZGVmbGF0ZSBkZWNvbXByZXNzaW9uIGVycm9yOiAAAAFQEAAdAAAAZGVmbGF0ZSBkZWNvbXByZXNzaW9uIGVycm9yAChQEAAbAAAAFQAAAAAAAAABAAAAIAAAAC91c3IvbG9jYWwvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby02ZjE3ZDIyYmJhMTUwMDFmL2ZsYXRlMi0xLjAuMjcvc3JjL3ppby5ycwBcUBAAVwAAADYAAAA0AAAATmVlZHNEaWN0aW9uYXJ5R2VuZXJhbG1zZ0RlY29tcHJlc3NFcnJvckNvbXByZXNzRXJyb3JjYWxsZWQgYFJlc3VsdDo6dW53cmFwKClgIG9uIGFuIGBFcnJgIHZhbHVlEwAAAAQAAAAEAAAAIQAAAC91c3IvbG9jYWwvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby02ZjE3ZDIyYmJhMTUwMDFmL2ZsYXRlMi0xLjAuMjcvc3JjL2ZmaS9ydXN0LnJzNFEQAFwAAABGAAAAMAAAADRREABcAAAAlAAAADAAAABjYXBhY2l0eSBvdmVyZmxvdwAAALBREAARAAAATm9uZS91c3IvbG9jYWwvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby02ZjE3ZDIyYmJhMTUwMDFmL2ZsYXRlMi0xLjAuMjcvc3JjL2d6L3dyaXRlLnJz0FEQAFwAAABVAQAAKAAAAAAAAADQURAAXAAAAJUAAAAJAAAA0FEQAFwAAACNAAAACQAAANBREABcAAAAkAAAABoAAACkVBAASwAAAO0AAAAbAAAADAAAAAwAAAAEAAAAIgAAACMAAAAkAAAAYSBEaXNwbGF5IGltcGxlbWVudGF0aW9uIHJldHVybmVkIGFuIGVycm9yIHVuZXhwZWN0ZWRseQAVAAAAAAAAAAEAAAAlAAAAL3J1c3RjLzhlZGUzYWFlMjhmZTZlNGQ1MmIzODE1N2Q3YmZlMGQzYmNlZWYyMjUvbGlicmFyeS9hbGxvYy9zcmMvc3RyaW5nLnJzAOBSEABLAAAA3AkAAA4AAABhc3NlcnRpb24gZmFpbGVkOiBtaWQgPD0gc2VsZi5sZW4oKS9ydXN0Yy84ZWRlM2FhZTI4ZmU2ZTRkNTJiMzgxNTdkN2JmZTBkM2JjZWVmMjI1L2xpYnJhcnkvYWxsb2Mvc3JjL3ZlYy9tb2QucnMAX1MQAEwAAADIBwAAJAAAABMAAAAEAAAABAAAACYAAAAnAAAAKAAAABMAAAAEAAAABAAAAAkAAAAvcnVzdGMvOGVkZTNhYWUyOGZlNmU0ZDUyYjM4MTU3ZDdiZmUwZDNiY2VlZjIyNS9saWJyYXJ5L3N0ZC9zcmMvaW8vbW9kLnJzAAAA5FMQAEkAAAAsBgAAIQAAAGZhaWxlZCB0byB3cml0ZSB3aG9sZSBidWZmZXJAVBAAHAAAABcAAAAMAAAADAAAAAQAAAANAAAADAAAAAwAAAAEAAAADgAAAA0AAABoVBAADwAAABAAAAARAAAADwAAABIAAAAvcnVzdGMvOGVkZTNhYWUyOGZlNmU0ZDUyYjM4MTU3ZDdiZmUwZDNiY2VlZjIyNS9saWJyYXJ5L3N0ZC9zcmMvaW8vaW1wbHMucnMApFQQAEsAAADzAAAADQAAAGd6aXAgaGVhZGVyIGZpZWxkIHRvbyBsb25nL3Vzci9sb2NhbC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTZmMTdkMjJiYmExNTAwMWYvZmxhdGUyLTEuMC4yNy9zcmMvZ3ovbW9kLnJzGlUQAFoAAACqAAAAPAAAAC91c3IvbG9jYWwvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby02ZjE3ZDIyYmJhMTUwMDFmL21pbml6X294aWRlLTAuNy4xL3NyYy9kZWZsYXRlL2NvcmUucnOEVRAAZAAAACICAAAxAAAAhFUQAGQAAAA8AgAAEwAAAIRVEABkAAAAPQIAACMAAACEVRAAZAAAAFwCAAAWAAAAYXNzZXJ0aW9uIGZhaWxlZDogYml0cyA8PSAoKDF1MzIgPDwgbGVuKSAtIDF1MzIphFUQAGQAAACuAgAACQAAAIRVEABkAAAAsgIAAA0AAACEVRAAZAAAAOcCAAAeAAAAhFUQAGQAAAB1AwAAEQAAAIRVEABkAAAAiAMAACgAAACEVRAAZAAAAIkDAAAtAAAAhFUQAGQAAACJAwAAGQAAAIRVEABkAAAAjQMAABkAAACEVRAAZAAAAJEDAAA3AAAAhFUQAGQAAACSAwAALQAAAIRVEABkAAAAkgMAAEwAAACEVRAAZAAAAJYDAAAtAAAAhFUQAGQAAACdAwAAMQAAAIRVEABkAAAAnQMAACkAAACEVRAAZAAAAKYDAAArAAAAhFUQAGQAAACrAwAAGQAAAIRVEABkAAAAyAMAABUAAACEVRAAZAAAANsDAAARAAAAhFUQAGQAAADpAwAAFAAAAIRVEABkAAAA6gMAABUAAACEVRAAZAAAAPMDAAAWAAAAhFUQAGQAAAD5AwAAEQAAAIRVEABkAAAACQQAACAAAACEVRAAZAAAAAoEAAAVAAAAhFUQAGQAAAATBAAAFgAAAIRVEABkAAAAFAQAAA0AAACEVRAAZAAAACAEAAAcAAAAhFUQAGQAAABWBAAACQAAAIRVEABkAAAAmQQAABgAAABhc3NlcnRpb24gZmFpbGVkOiBjb2RlIDwgTUFYX0hVRkZfU1lNQk9MU18yAIRVEABkAAAAmwQAAA0AAACEVRAAZAAAAKIEAAAfAAAAhFUQAGQAAACjBAAAFQAAAIRVEABkAAAA7QQAAB4AAACEVRAAZAAAAJoBAAAFAAAAhFUQAGQAAACaAQAAGwAAAIRVEABkAAAAzAUAAAkAAACEVRAAZAAAANoFAAAOAAAAhFUQAGQAAAApBgAAGwAAAIRVEABkAAAABAYAAB0AAAABAQIBAwEEAQUBBgEHAQgBCQEJAQoBCgELAQsBDAEMAQ0BDQENAQ0BDgEOAQ4BDgEPAQ8BDwEPARABEAEQARABEQERAREBEQERAREBEQERARIBEgESARIBEgESARIBEgETARMBEwETARMBEwETARMBFAEUARQBFAEUARQBFAEUARUBFQEVARUBFQEVARUBFQEVARUBFQEVARUBFQEVARUBFgEWARYBFgEWARYBFgEWARYBFgEWARYBFgEWARYBFgEXARcBFwEXARcBFwEXARcBFwEXARcBFwEXARcBFwEXARgBGAEYARgBGAEYARgBGAEYARgBGAEYARgBGAEYARgBGQEZARkBGQEZARkBGQEZARkBGQEZARkBGQEZARkBGQEZARkBGQEZARkBGQEZARkBGQEZARkBGQEZARkBGQEZARoBGgEaARoBGgEaARoBGgEaARoBGgEaARoBGgEaARoBGgEaARoBGgEaARoBGgEaARoBGgEaARoBGgEaARoBGgEbARsBGwEbARsBGwEbARsBGwEbARsBGwEbARsBGwEbARsBGwEbARsBGwEbARsBGwEbARsBGwEbARsBGwEbARsBHAEcARwBHAEcARwBHAEcARwBHAEcARwBHAEcARwBHAEcARwBHAEcARwBHAEcARwBHAEcARwBHAEcARwBHAEdAYRVEABkAAAADAYAABsAAAAAAAAAAQAAAAMAAAAHAAAADwAAAB8AAAA/AAAAfwAAAP8AAAD/AQAA/wMAAP8HAAD/DwAA/x8AAP8/AAD/fwAA//8AQdC2wQALpRIBAQEBAQEBAQICAgICAgICAgICAgICAgIDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFAIRVEABkAAAAEAYAAC4AAAAAAQIDBAQFBQYGBgYHBwcHCAgICAgICAgJCQkJCQkJCQoKCgoKCgoKCgoKCgoKCgoLCwsLCwsLCwsLCwsLCwsLDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4ODg4PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREREQAAAAABAQEBAgICAgICAgIDAwMDAwMDAwMDAwMDAwMDBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHAAASExQUFRUWFhYWFxcXFxgYGBgYGBgYGRkZGRkZGRkaGhoaGhoaGhoaGhoaGhoaGxsbGxsbGxsbGxsbGxsbGxwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR2EVRAAZAAAABgGAAAXAAAAAAAICAkJCQkKCgoKCgoKCgsLCwsLCwsLCwsLCwsLCwsMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ2EVRAAZAAAACIGAAAzAAAAhFUQAGQAAABZBgAAJgAAAGFzc2VydGlvbiBmYWlsZWQ6IGQucGFyYW1zLmZsdXNoX3JlbWFpbmluZyA9PSAwAIRVEABkAAAAbAYAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBtYXRjaF9sZW4gPj0gTUlOX01BVENIX0xFTi5pbnRvKCkAhFUQAGQAAADcBgAABQAAAGFzc2VydGlvbiBmYWlsZWQ6IG1hdGNoX2Rpc3QgPj0gMQAAAIRVEABkAAAA3QYAAAUAAABhc3NlcnRpb24gZmFpbGVkOiBtYXRjaF9kaXN0IGFzIHVzaXplIDw9IExaX0RJQ1RfU0laRQAAAIRVEABkAAAA3gYAAAUAAACEVRAAZAAAAPEGAAAQAAAAhFUQAGQAAADxBgAABQAAAIRVEABkAAAAFAcAABgAAACEVRAAZAAAACYHAAAYAAAAhFUQAGQAAABQBwAAIQAAAGFzc2VydGlvbiBmYWlsZWQ6IGxvb2thaGVhZF9zaXplID49IGxlbl90b19tb3ZlAIRVEABkAAAAlAcAAAkAAACEVRAAZAAAANAHAAANAAAAhFUQAGQAAADQBwAAQgAAAIRVEABkAAAA1AcAABEAAACEVRAAZAAAANUHAAAnAAAAhFUQAGQAAAAnCAAAIgAAAIRVEABkAAAAKggAACkAAACEVRAAZAAAACoIAAAZAAAAhFUQAGQAAACDCAAAEwAAAIRVEABkAAAAhAgAACMAAACEVRAAZAAAAPgIAABCAAAAAAAAAAEAAAAGAAAAIAAAABAAAAAgAAAAgAAAAAABAAAAAgAAAAMAANwFAAAvdXNyL2xvY2FsL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tNmYxN2QyMmJiYTE1MDAxZi9taW5pel9veGlkZS0wLjcuMS9zcmMvaW5mbGF0ZS9jb3JlLnJz5GMQAGQAAAA3AAAAIAAAAORjEABkAAAAhAEAABkAAADkYxAAZAAAAAgCAAAdAEH/yMEAC7YlgAAAAEAAAADAAAAAIAAAAKAAAABgAAAA4AAAABAAAACQAAAAUAAAANAAAAAwAAAAsAAAAHAAAADwAAAACAAAAIgAAABIAAAAyAAAACgAAACoAAAAaAAAAOgAAAAYAAAAmAAAAFgAAADYAAAAOAAAALgAAAB4AAAA+AAAAAQAAACEAAAARAAAAMQAAAAkAAAApAAAAGQAAADkAAAAFAAAAJQAAABUAAAA1AAAADQAAAC0AAAAdAAAAPQAAAAMAAAAjAAAAEwAAADMAAAALAAAAKwAAABsAAAA7AAAABwAAACcAAAAXAAAANwAAAA8AAAAvAAAAHwAAAD8AAAAAgAAAIIAAABCAAAAwgAAACIAAACiAAAAYgAAAOIAAAASAAAAkgAAAFIAAADSAAAAMgAAALIAAAByAAAA8gAAAAoAAACKAAAASgAAAMoAAAAqAAAAqgAAAGoAAADqAAAAGgAAAJoAAABaAAAA2gAAADoAAAC6AAAAegAAAPoAAAAGAAAAhgAAAEYAAADGAAAAJgAAAKYAAABmAAAA5gAAABYAAACWAAAAVgAAANYAAAA2AAAAtgAAAHYAAAD2AAAADgAAAI4AAABOAAAAzgAAAC4AAACuAAAAbgAAAO4AAAAeAAAAngAAAF4AAADeAAAAPgAAAL4AAAB+AAAA/gAAAAEAAACBAAAAQQAAAMEAAAAhAAAAoQAAAGEAAADhAAAAEQAAAJEAAABRAAAA0QAAADEAAACxAAAAcQAAAPEAAAAJAAAAiQAAAEkAAADJAAAAKQAAAKkAAABpAAAA6QAAABkAAACZAAAAWQAAANkAAAA5AAAAuQAAAHkAAAD5AAAABQAAAIUAAABFAAAAxQAAACUAAAClAAAAZQAAAOUAAAAVAAAAlQAAAFUAAADVAAAANQAAALUAAAB1AAAA9QAAAA0AAACNAAAATQAAAM0AAAAtAAAArQAAAG0AAADtAAAAHQAAAJ0AAABdAAAA3QAAAD0AAAC9AAAAfQAAAP0AAAADAAAAgwAAAEMAAADDAAAAIwAAAKMAAABjAAAA4wAAABMAAACTAAAAUwAAANMAAAAzAAAAswAAAHMAAADzAAAACwAAAIsAAABLAAAAywAAACsAAACrAAAAawAAAOsAAAAbAAAAmwAAAFsAAADbAAAAOwAAALsAAAB7AAAA+wAAAAcAAACHAAAARwAAAMcAAAAnAAAApwAAAGcAAADnAAAAFwAAAJcAAABXAAAA1wAAADcAAAC3AAAAdwAAAPcAAAAPAAAAjwAAAE8AAADPAAAALwAAAK8AAABvAAAA7wAAAB8AAACfAAAAXwAAAN8AAAA/AAAAvwAAAH8AAAD/AACAAAAAgIAAAIBAAACAwAAAgCAAAICgAACAYAAAgOAAAIAQAACAkAAAgFAAAIDQAACAMAAAgLAAAIBwAACA8AAAgAgAAICIAACASAAAgMgAAIAoAACAqAAAgGgAAIDoAACAGAAAgJgAAIBYAACA2AAAgDgAAIC4AACAeAAAgPgAAIAEAACAhAAAgEQAAIDEAACAJAAAgKQAAIBkAACA5AAAgBQAAICUAACAVAAAgNQAAIA0AACAtAAAgHQAAID0AACADAAAgIwAAIBMAACAzAAAgCwAAICsAACAbAAAgOwAAIAcAACAnAAAgFwAAIDcAACAPAAAgLwAAIB8AACA/AAAgAIAAICCAACAQgAAgMIAAIAiAACAogAAgGIAAIDiAACAEgAAgJIAAIBSAACA0gAAgDIAAICyAACAcgAAgPIAAIAKAACAigAAgEoAAIDKAACAKgAAgKoAAIBqAACA6gAAgBoAAICaAACAWgAAgNoAAIA6AACAugAAgHoAAID6AACABgAAgIYAAIBGAACAxgAAgCYAAICmAACAZgAAgOYAAIAWAACAlgAAgFYAAIDWAACANgAAgLYAAIB2AACA9gAAgA4AAICOAACATgAAgM4AAIAuAACArgAAgG4AAIDuAACAHgAAgJ4AAIBeAACA3gAAgD4AAIC+AACAfgAAgP4AAIABAACAgQAAgEEAAIDBAACAIQAAgKEAAIBhAACA4QAAgBEAAICRAACAUQAAgNEAAIAxAACAsQAAgHEAAIDxAACACQAAgIkAAIBJAACAyQAAgCkAAICpAACAaQAAgOkAAIAZAACAmQAAgFkAAIDZAACAOQAAgLkAAIB5AACA+QAAgAUAAICFAACARQAAgMUAAIAlAACApQAAgGUAAIDlAACAFQAAgJUAAIBVAACA1QAAgDUAAIC1AACAdQAAgPUAAIANAACAjQAAgE0AAIDNAACALQAAgK0AAIBtAACA7QAAgB0AAICdAACAXQAAgN0AAIA9AACAvQAAgH0AAID9AACAAwAAgIMAAIBDAACAwwAAgCMAAICjAACAYwAAgOMAAIATAACAkwAAgFMAAIDTAACAMwAAgLMAAIBzAACA8wAAgAsAAICLAACASwAAgMsAAIArAACAqwAAgGsAAIDrAACAGwAAgJsAAIBbAACA2wAAgDsAAIC7AACAewAAgPsAAIAHAACAhwAAgEcAAIDHAACAJwAAgKcAAIBnAACA5wAAgBcAAICXAACAVwAAgNcAAIA3AACAtwAAgHcAAID3AACADwAAgI8AAIBPAACAzwAAgC8AAICvAACAbwAAgO8AAIAfAACAnwAAgF8AAIDfAACAPwAAgL8AAIB/AACA/wAAQAAAAECAAABAQAAAQMAAAEAgAABAoAAAQGAAAEDgAABAEAAAQJAAAEBQAABA0AAAQDAAAECwAABAcAAAQPAAAEAIAABAiAAAQEgAAEDIAABAKAAAQKgAAEBoAABA6AAAQBgAAECYAABAWAAAQNgAAEA4AABAuAAAQHgAAED4AABABAAAQIQAAEBEAABAxAAAQCQAAECkAABAZAAAQOQAAEAUAABAlAAAQFQAAEDUAABANAAAQLQAAEB0AABA9AAAQAwAAECMAABATAAAQMwAAEAsAABArAAAQGwAAEDsAABAHAAAQJwAAEBcAABA3AAAQDwAAEC8AABAfAAAQPwAAEACAABAggAAQEIAAEDCAABAIgAAQKIAAEBiAABA4gAAQBIAAECSAABAUgAAQNIAAEAyAABAsgAAQHIAAEDyAABACgAAQIoAAEBKAABAygAAQCoAAECqAABAagAAQOoAAEAaAABAmgAAQFoAAEDaAABAOgAAQLoAAEB6AABA+gAAQAYAAECGAABARgAAQMYAAEAmAABApgAAQGYAAEDmAABAFgAAQJYAAEBWAABA1gAAQDYAAEC2AABAdgAAQPYAAEAOAABAjgAAQE4AAEDOAABALgAAQK4AAEBuAABA7gAAQB4AAECeAABAXgAAQN4AAEA+AABAvgAAQH4AAED+AABAAQAAQIEAAEBBAABAwQAAQCEAAEChAABAYQAAQOEAAEARAABAkQAAQFEAAEDRAABAMQAAQLEAAEBxAABA8QAAQAkAAECJAABASQAAQMkAAEApAABAqQAAQGkAAEDpAABAGQAAQJkAAEBZAABA2QAAQDkAAEC5AABAeQAAQPkAAEAFAABAhQAAQEUAAEDFAABAJQAAQKUAAEBlAABA5QAAQBUAAECVAABAVQAAQNUAAEA1AABAtQAAQHUAAED1AABADQAAQI0AAEBNAABAzQAAQC0AAECtAABAbQAAQO0AAEAdAABAnQAAQF0AAEDdAABAPQAAQL0AAEB9AABA/QAAQAMAAECDAABAQwAAQMMAAEAjAABAowAAQGMAAEDjAABAEwAAQJMAAEBTAABA0wAAQDMAAECzAABAcwAAQPMAAEALAABAiwAAQEsAAEDLAABAKwAAQKsAAEBrAABA6wAAQBsAAECbAABAWwAAQNsAAEA7AABAuwAAQHsAAED7AABABwAAQIcAAEBHAABAxwAAQCcAAECnAABAZwAAQOcAAEAXAABAlwAAQFcAAEDXAABANwAAQLcAAEB3AABA9wAAQA8AAECPAABATwAAQM8AAEAvAABArwAAQG8AAEDvAABAHwAAQJ8AAEBfAABA3wAAQD8AAEC/AABAfwAAQP8AAMAAAADAgAAAwEAAAMDAAADAIAAAwKAAAMBgAADA4AAAwBAAAMCQAADAUAAAwNAAAMAwAADAsAAAwHAAAMDwAADACAAAwIgAAMBIAADAyAAAwCgAAMCoAADAaAAAwOgAAMAYAADAmAAAwFgAAMDYAADAOAAAwLgAAMB4AADA+AAAwAQAAMCEAADARAAAwMQAAMAkAADApAAAwGQAAMDkAADAFAAAwJQAAMBUAADA1AAAwDQAAMC0AADAdAAAwPQAAMAMAADAjAAAwEwAAMDMAADALAAAwKwAAMBsAADA7AAAwBwAAMCcAADAXAAAwNwAAMA8AADAvAAAwHwAAMD8AADAAgAAwIIAAMBCAADAwgAAwCIAAMCiAADAYgAAwOIAAMASAADAkgAAwFIAAMDSAADAMgAAwLIAAMByAADA8gAAwAoAAMCKAADASgAAwMoAAMAqAADAqgAAwGoAAMDqAADAGgAAwJoAAMBaAADA2gAAwDoAAMC6AADAegAAwPoAAMAGAADAhgAAwEYAAMDGAADAJgAAwKYAAMBmAADA5gAAwBYAAMCWAADAVgAAwNYAAMA2AADAtgAAwHYAAMD2AADADgAAwI4AAMBOAADAzgAAwC4AAMCuAADAbgAAwO4AAMAeAADAngAAwF4AAMDeAADAPgAAwL4AAMB+AADA/gAAwAEAAMCBAADAQQAAwMEAAMAhAADAoQAAwGEAAMDhAADAEQAAwJEAAMBRAADA0QAAwDEAAMCxAADAcQAAwPEAAMAJAADAiQAAwEkAAMDJAADAKQAAwKkAAMBpAADA6QAAwBkAAMCZAADAWQAAwNkAAMA5AADAuQAAwHkAAMD5AADABQAAwIUAAMBFAADAxQAAwCUAAMClAADAZQAAwOUAAMAVAADAlQAAwFUAAMDVAADANQAAwLUAAMB1AADA9QAAwA0AAMCNAADATQAAwM0AAMAtAADArQAAwG0AAMDtAADAHQAAwJ0AAMBdAADA3QAAwD0AAMC9AADAfQAAwP0AAMADAADAgwAAwEMAAMDDAADAIwAAwKMAAMBjAADA4wAAwBMAAMCTAADAUwAAwNMAAMAzAADAswAAwHMAAMDzAADACwAAwIsAAMBLAADAywAAwCsAAMCrAADAawAAwOsAAMAbAADAmwAAwFsAAMDbAADAOwAAwLsAAMB7AADA+wAAwAcAAMCHAADARwAAwMcAAMAnAADApwAAwGcAAMDnAADAFwAAwJcAAMBXAADA1wAAwDcAAMC3AADAdwAAwPcAAMAPAADAjwAAwE8AAMDPAADALwAAwK8AAMBvAADA7wAAwB8AAMCfAADAXwAAwN8AAMA/AADAvwAAwH8AAMD/5GMQAGQAAACxAgAAGgAAAORjEABkAAAAuAIAABwAAADkYxAAZAAAALkCAAANAAAA5GMQAGQAAADMAgAAHQAAAORjEABkAAAA0QIAACAAAADkYxAAZAAAAPQCAAAUAAAA5GMQAGQAAAD/AgAADQAAAORjEABkAAAAPgMAABQAAADkYxAAZAAAAEEDAAAJAAAA5GMQAGQAAABIAwAAFwAAAORjEABkAAAATgMAACIAAADkYxAAZAAAAE4DAAANAAAA5GMQAGQAAABPAwAAJgAAAORjEABkAAAATwMAAA0AAADkYxAAZAAAAFADAAAmAAAA5GMQAGQAAABQAwAADQAAAORjEABkAAAAUQMAACYAAADkYxAAZAAAAFEDAAANAAAA5GMQAGQAAABfAwAAIgAAAORjEABkAAAAXwMAAA0AAADkYxAAZAAAAGADAAAmAAAA5GMQAGQAAABgAwAADQAAAORjEABkAAAAYQMAACYAAADkYxAAZAAAAGEDAAANAAAA5GMQAGQAAABbAwAAIgAAAORjEABkAAAAWwMAAA0AAADkYxAAZAAAAFwDAAAmAAAA5GMQAGQAAABcAwAADQAAAORjEABkAAAAWQMAACMAAADkYxAAZAAAAFkDAAAOAAAA5GMQAGQAAAB2AwAAHgAAAORjEABkAAAAdgMAAAkAAADkYxAAZAAAAHcDAAAiAAAA5GMQAGQAAAB3AwAACQAAAORjEABkAAAAeAMAACIAAADkYxAAZAAAAHgDAAAJAAAAL3Vzci9sb2NhbC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTZmMTdkMjJiYmExNTAwMWYvbWluaXpfb3hpZGUtMC43LjEvc3JjL2luZmxhdGUvb3V0cHV0X2J1ZmZlci5ycwAAALh2EABtAAAAIAAAAAkAQcDuwQALjhEBAQEBAgICAgMDAwMEBAQEBQUFBQAAAAADAAQABQAGAAcACAAJAAoACwANAA8AEQATABcAGwAfACMAKwAzADsAQwBTAGMAcwCDAKMAwwDjAAIBAAIAAgACAAAAAAEBAgIDAwQEBQUGBgcHCAgJCQoKCwsMDA0NDQ0BAAIAAwAEAAUABwAJAA0AEQAZACEAMQBBAGEAgQDBAAEBgQEBAgEDAQQBBgEIAQwBEAEYASABMAFAAWAAgACA5GMQAGQAAAB1BgAAHwAAAORjEABkAAAAaQUAABUAAADkYxAAZAAAAG8FAAAVAAAA5GMQAGQAAABwBQAAKwAAAORjEABkAAAAGgUAACoAAAC4dhAAbQAAACoAAAAJAAAA5GMQAGQAAADMBgAAPAAAAAEBAQAEABAREgAIBwkGCgULBAwDDQIOAQ8AAADkYxAAZAAAAEkFAAAoAAAA5GMQAGQAAABbBQAAIQAAAORjEABkAAAAYQUAAC8AAADkYxAAZAAAAHsFAAAjAAAA5GMQAGQAAAB9BQAAGQAAAORjEABkAAAAgwUAAB4AAABkZXN0IGlzIG91dCBvZiBib3VuZHMAAADkeBAAFQAAAC91c3IvbG9jYWwvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby02ZjE3ZDIyYmJhMTUwMDFmL21pbml6X294aWRlLTAuNy4xL3NyYy9pbmZsYXRlL3N0cmVhbS5ycwAABHkQAGYAAAA5AQAAFQAAAAR5EABmAAAAaQEAACYAAAAvdXNyL2xvY2FsL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tNmYxN2QyMmJiYTE1MDAxZi9taW5pel9veGlkZS0wLjcuMS9zcmMvZGVmbGF0ZS9zdHJlYW0ucnMAAIx5EABmAAAAPAAAABQAAACMeRAAZgAAAD0AAAAZAAAAUGFyYW1WZXJzaW9uQnVmTWVtRGF0YVN0cmVhbUVyck5vL3J1c3RjLzhlZGUzYWFlMjhmZTZlNGQ1MmIzODE1N2Q3YmZlMGQzYmNlZWYyMjUvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pbmRleC5yczV6EABPAAAAxgIAADIAAABjYWxsZWQgYE9wdGlvbjo6dW53cmFwKClgIG9uIGEgYE5vbmVgIHZhbHVlAMB6EAAAAAAAdW5jYXRlZ29yaXplZCBlcnJvcm90aGVyIGVycm9yb3V0IG9mIG1lbW9yeXVuZXhwZWN0ZWQgZW5kIG9mIGZpbGV1bnN1cHBvcnRlZG9wZXJhdGlvbiBpbnRlcnJ1cHRlZGFyZ3VtZW50IGxpc3QgdG9vIGxvbmdpbnZhbGlkIGZpbGVuYW1ldG9vIG1hbnkgbGlua3Njcm9zcy1kZXZpY2UgbGluayBvciByZW5hbWVkZWFkbG9ja2V4ZWN1dGFibGUgZmlsZSBidXN5cmVzb3VyY2UgYnVzeWZpbGUgdG9vIGxhcmdlZmlsZXN5c3RlbSBxdW90YSBleGNlZWRlZHNlZWsgb24gdW5zZWVrYWJsZSBmaWxlbm8gc3RvcmFnZSBzcGFjZXdyaXRlIHplcm90aW1lZCBvdXRpbnZhbGlkIGRhdGFpbnZhbGlkIGlucHV0IHBhcmFtZXRlcnN0YWxlIG5ldHdvcmsgZmlsZSBoYW5kbGVmaWxlc3lzdGVtIGxvb3Agb3IgaW5kaXJlY3Rpb24gbGltaXQgKGUuZy4gc3ltbGluayBsb29wKXJlYWQtb25seSBmaWxlc3lzdGVtIG9yIHN0b3JhZ2UgbWVkaXVtZGlyZWN0b3J5IG5vdCBlbXB0eWlzIGEgZGlyZWN0b3J5bm90IGEgZGlyZWN0b3J5b3BlcmF0aW9uIHdvdWxkIGJsb2NrZW50aXR5IGFscmVhZHkgZXhpc3RzYnJva2VuIHBpcGVuZXR3b3JrIGRvd25hZGRyZXNzIG5vdCBhdmFpbGFibGVhZGRyZXNzIGluIHVzZW5vdCBjb25uZWN0ZWRjb25uZWN0aW9uIGFib3J0ZWRuZXR3b3JrIHVucmVhY2hhYmxlaG9zdCB1bnJlYWNoYWJsZWNvbm5lY3Rpb24gcmVzZXRjb25uZWN0aW9uIHJlZnVzZWRwZXJtaXNzaW9uIGRlbmllZGVudGl0eSBub3QgZm91bmQgKG9zIGVycm9yICkAAADAehAAAAAAALV9EAALAAAAwH0QAAEAAABsaWJyYXJ5L3N0ZC9zcmMvcGFuaWNraW5nLnJz3H0QABwAAABQAgAAHgAAAG9wZXJhdGlvbiBzdWNjZXNzZnVsEAAAABEAAAASAAAAEAAAABAAAAATAAAAEgAAAA0AAAAOAAAAFQAAAAwAAAALAAAAFQAAABUAAAAPAAAADgAAABMAAAAmAAAAOAAAABkAAAAXAAAADAAAAAkAAAAKAAAAEAAAABcAAAAZAAAADgAAAA0AAAAUAAAACAAAABsAAAAOAAAAEAAAABYAAAAVAAAACwAAABYAAAANAAAACwAAABMAAAClfRAAlH0QAIJ9EAByfRAAYn0QAE99EAA9fRAAMH0QACJ9EAANfRAAAX0QAPZ8EADhfBAAzHwQAL18EACvfBAAnHwQAHZ8EAA+fBAAJXwQAA58EAACfBAA+XsQAO97EADfexAAyHsQAK97EAChexAAlHsQAIB7EAB4exAAXXsQAE97EAA/exAAKXsQABR7EAAJexAA83oQAOZ6EADbehAAyHoQAG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdHJlY3Vyc2l2ZSB1c2Ugb2YgYW4gb2JqZWN0IGRldGVjdGVkIHdoaWNoIHdvdWxkIGxlYWQgdG8gdW5zYWZlIGFsaWFzaW5nIGluIHJ1c3QAewlwcm9kdWNlcnMCCGxhbmd1YWdlAQRSdXN0AAxwcm9jZXNzZWQtYnkDBXJ1c3RjHTEuNzEuMCAoOGVkZTNhYWUyIDIwMjMtMDctMTIpBndhbHJ1cwYwLjE5LjAMd2FzbS1iaW5kZ2VuEjAuMi44NyAoZjBhOGFlM2I5KQAsD3RhcmdldF9mZWF0dXJlcwIrD211dGFibGUtZ2xvYmFscysIc2lnbi1leHQ=";

// node_modules/@hazae41/foras/dist/esm/src/node/mods/index.mjs
var output = void 0;
async function initBundledOnce() {
  return output ??= await __wbg_init(data);
}

// src/image/compress-worker.ts
var import_zstd_wasm = __toESM(require_index_node(), 1);
var EMPTY_FINAL_BLOCK = Buffer.from([3, 0]);
var deflateReady;
var zstdReady;
function deflateChunk(data2, level, final) {
  const encoder = new DeflateEncoder(level);
  const input = new Memory(data2);
  try {
    encoder.write(input);
  } finally {
    input.free();
  }
  if (final) return encoder.finish().copyAndDispose();
  encoder.flush();
  encoder.flush();
  const out = encoder.read().copyAndDispose();
  const rest = Buffer.from(encoder.finish().copyAndDispose());
  if (!rest.equals(EMPTY_FINAL_BLOCK)) {
    throw new Error(`deflate kept ${rest.length} bytes back after a sync flush`);
  }
  return out;
}
async function compressChunk(job) {
  if (job.codec === "deflate") {
    await (deflateReady ??= initBundledOnce());
    return deflateChunk(job.data, job.level, job.final);
  }
  await (zstdReady ??= (0, import_zstd_wasm.init)());
  return (0, import_zstd_wasm.compress)(job.data, job.level);
}
import_node_worker_threads.parentPort?.on("message", (job) => {
  compressChunk(job).then((out) => {
    const data2 = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? out : out.slice();
    const result = { id: job.id, data: data2, input: job.data };
    const transfer = [data2.buffer];
    if (job.data.buffer !== data2.buffer) transfer.push(job.data.buffer);
    import_node_worker_threads.parentPort?.postMessage(result, transfer);
  }).catch((err) => {
    const result = { id: job.id, error: String(err) };
    import_node_worker_threads.parentPort?.postMessage(result);
  });
});
