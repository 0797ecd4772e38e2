/* Versioned JSON in localStorage under send-guide:<kind>:<id>, shared by checklists and templates.
   When storage is blocked, read() answers null and pages keep working for the visit.
   A saved value this code cannot read (a newer version, or not JSON) is never lost: read()
   copies it to <key>:backup-<version>-<hash> before any save can replace it, and each()
   then tells the person. If that copy fails, the key is left alone and nothing is saved. */
(function () {
  "use strict";
  var VERSION = 1, keptAside = false, locked = {};
  var me = document.currentScript && document.currentScript.src;  /* where the Word writer is, beside this file */
  var ASIDE = "Answers you saved earlier could not be opened. They are kept aside in this browser, not deleted.";
  function key(kind, id) { return "send-guide:" + kind + ":" + id; }
  /* The same value always gets the same backup key, so reloading does not pile up copies. */
  function hash(text) {
    for (var h = 0, i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
    return (h >>> 0).toString(36);
  }
  window.sendGuideSaved = {
    ASIDE: ASIDE,
    /* The saved object ({} if nothing usable is saved), or null if storage is blocked. */
    read: function (kind, id) {
      var name = key(kind, id), text, saved = null;
      try { text = window.localStorage.getItem(name); } catch (e) { return null; }
      if (text === null) return {};
      try { saved = JSON.parse(text); } catch (e) { saved = null; }
      if (saved && saved.version === VERSION) return saved;
      var label = saved && typeof saved.version === "number" ? "v" + saved.version : "unreadable";
      try { window.localStorage.setItem(name + ":backup-" + label + "-" + hash(text), text); }
      catch (e) { locked[name] = true; return null; }
      keptAside = true;
      return {};
    },
    /* Saves `value` with its version; false if the browser refused. */
    write: function (kind, id, value) {
      value.version = VERSION;
      if (locked[key(kind, id)]) return false;
      try { window.localStorage.setItem(key(kind, id), JSON.stringify(value)); return true; } catch (e) { return false; }
    },
    /* A short polite message, added once: nothing will be kept, or earlier answers were kept aside. */
    warn: function (root, text) {
      if (root.querySelector(".send-blocked")) return;
      var note = document.createElement("p");
      note.className = "send-blocked send-no-print";
      note.setAttribute("role", "status");
      note.textContent = text;
      root.insertBefore(note, root.firstChild);
    },
    /* A toolbar of buttons, made here because they only work with JavaScript. */
    toolbar: function (buttons) {
      var bar = document.createElement("div");
      bar.className = "send-toolbar send-no-print";
      buttons.forEach(function (spec) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "md-button";
        button.textContent = spec[0];
        button.addEventListener("click", spec[1]);
        bar.appendChild(button);
      });
      return bar;
    },
    /* Saves a Word file of `doc` (docx-writer.js), fetching the writer on first use so pages stay light. */
    wordFile: function (doc, fileName) {
      if (window.sendGuideDocx) return window.sendGuideDocx.download(doc, fileName);
      var script = document.createElement("script");
      script.src = me.replace(/saved-locally\/saved-locally\.js.*$/, "docx-writer/docx-writer.js");
      script.onload = function () { window.sendGuideDocx.download(doc, fileName); };
      document.head.appendChild(script);
    },
    /* Runs `enhance` once per matching element, on every page Material shows; says if its read() kept a value aside. */
    each: function (selector, enhance) {
      function init() {
        document.querySelectorAll(selector + ":not([data-enhanced])").forEach(function (root) {
          root.setAttribute("data-enhanced", "");
          keptAside = false;
          enhance(root);
          if (keptAside) window.sendGuideSaved.warn(root, ASIDE);
        });
      }
      if (window.document$) window.document$.subscribe(init);
      else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
      else init();
    }
  };
})();
