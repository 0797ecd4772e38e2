/* My records (macros/components/my_records.py): everything kept in this browser, by child or by kind, with the date
   each was last changed; open, export or delete each; export all; import a file. Works on window.sendGuideRecords. */
(function () {
  "use strict";
  var records = window.sendGuideRecords;
  var KEPT = { none: "Not kept: open on a page only", session: "Kept until this browser tab is closed",
    "30-days": "Kept until {date}", "until-cleared": "Kept until you clear it" };

  function el(name, attrs, text) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text != null) node.textContent = text;
    return node;
  }
  function when(iso, time) {
    var d = new Date(iso), text = d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    return time ? text + ", " + d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" }) : text;
  }
  function nameOf(child) { return child.id === records.UNNAMED ? "Not named" : child.name; }
  function download(object, name) {
    var url = URL.createObjectURL(new Blob([JSON.stringify(object, null, 1)], { type: "application/json" }));
    var link = el("a", { href: url, download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }
  function today() { return new Date().toISOString().slice(0, 10); }

  /* ---------- import: an export file checked whole, then written ---------- */
  var KINDS = /^[a-z][a-z0-9-]{0,39}\/[a-z0-9][a-z0-9-]{0,79}$/, IDS = /^(unnamed|c[a-z0-9]{10})$/, MAX_FILE = 5e6;
  function isDate(text) { return typeof text === "string" && /^\d{4}-\d\d-\d\dT/.test(text) && !isNaN(Date.parse(text)); }
  function checkChild(child, n) {
    var where = "Child " + (n + 1);
    if (!child || typeof child !== "object" || Array.isArray(child)) return where + " is not a record.";
    if (typeof child.id !== "string" || !IDS.test(child.id)) return where + " has no valid id.";
    if (typeof child.name !== "string" || child.name.length > 100) return where + " has no valid name.";
    if (child.id !== records.UNNAMED && !child.name.trim()) return where + " has no name.";
    if (!isDate(child.created) || !isDate(child.changed)) return where + " (" + child.name + ") has a date that is not valid.";
    if (!child.records || typeof child.records !== "object" || Array.isArray(child.records)) return where + " (" + child.name + ") has no records.";
    var bad = Object.keys(child.records).filter(function (key) {
      var r = child.records[key];
      return !KINDS.test(key) || !r || typeof r !== "object" || !isDate(r.changed) || !r.data || typeof r.data !== "object" ||
        Array.isArray(r.data) || (r.plain && !Array.isArray(r.plain));
    });
    return bad.length ? where + " (" + child.name + ") has a record that cannot be read: " + bad[0] + "." : null;
  }
  /* The file's children, or a message saying what is wrong with it. */
  function readFile(text) {
    if (typeof text !== "string" || !text.trim()) return { message: "The file is empty." };
    if (text.length > MAX_FILE) return { message: "The file is too big to be an export of this guide's records." };
    var file = null;
    try { file = JSON.parse(text); } catch (e) { file = null; }
    if (!file || typeof file !== "object") return { message: "This file cannot be read: it is not an export of this guide's records (it is not JSON, or it is damaged)." };
    if (file.format !== "send-guide-records") return { message: "This file is not an export of this guide's records." };
    if (typeof file.version !== "number" || file.version > 2) return { message: "This file was made by a newer version of this guide (format version " + file.version + "). Update the guide, or import it where it was made." };
    if (file.version < 2) return { message: "This file's format version " + file.version + " is not one this guide can import." };
    if (!Array.isArray(file.children)) return { message: "This file has no list of children: it may be damaged." };
    for (var i = 0; i < file.children.length; i++) {
      var problem = checkChild(file.children[i], i);
      if (problem) return { message: "This file is damaged, so nothing was imported. " + problem };
    }
    return { children: file.children };
  }
  function sameRecords(a, b) { return JSON.stringify(a.records) === JSON.stringify(b.records) && a.name === b.name; }
  function dayMonth(date) { return date.toLocaleDateString("en-GB", { day: "numeric", month: "long" }); }

  /* Checks the whole file first; writes nothing unless every child is valid, and undoes its writes if one fails. */
  function importText(text, keep) {
    var read = readFile(text);
    if (!read.children) return { ok: false, message: read.message };
    if (records.KEEPS.indexOf(keep) < 1) keep = "session";
    var added = [], copies = [], same = [], written = [];
    for (var i = 0; i < read.children.length; i++) {
      var incoming = JSON.parse(JSON.stringify(read.children[i])), here = records.get(incoming.id);
      delete incoming.where; delete incoming.unsaved; delete incoming.format; delete incoming.version;
      if (here && (here.id === records.UNNAMED ? !Object.keys(here.records).length : false)) here = null;
      if (here && sameRecords(here, incoming)) { same.push(incoming.name || "Not named"); continue; }
      if (here) {
        incoming.id = records.newId();
        incoming.name = (incoming.name || "Not named") + " (imported " + dayMonth(new Date()) + ")";
        copies.push(incoming.name);
      } else added.push(incoming.name || "Not named");
      incoming.keep = keep; incoming.changed = new Date().toISOString();
      var result = records.put(incoming);
      if (result.problem) {
        records.undo(written.concat([incoming.id]));
        return { ok: false, message: result.problem === "full"
          ? "Nothing was imported: this browser's storage is full. Export and delete some records, then try again."
          : "Nothing was imported: this browser does not let the guide keep anything." };
      }
      written.push(incoming.id);
    }
    var said = [], stop = function (text) { return /[.!?]$/.test(text) ? text : text + "."; };
    if (added.length) said.push(stop("Imported: " + added.join(", ")));
    if (copies.length) said.push(stop("Imported as a copy, because a different version is already here: " + copies.join(", ")));
    if (same.length) said.push(stop("Already here, unchanged: " + same.join(", ")));
    if (!read.children.length) said.push("The file has no records in it.");
    records.changed();
    return { ok: true, added: added, copies: copies, same: same, message: said.join(" ") };
  }

  function enhance(root) {
    if (root.hasAttribute("data-enhanced")) return;
    root.setAttribute("data-enhanced", "");
    var pages = JSON.parse(root.getAttribute("data-pages")), groups = JSON.parse(root.getAttribute("data-groups"));
    var list = root.querySelector(".my-records__list"), status = root.querySelector(".my-records__status");
    var empty = list.querySelector(".my-records__empty");   /* written in the page (my_records.py): nothing moves on first load */
    var view = "child", viewButtons = [].slice.call(root.querySelectorAll("[data-view]"));

    function page(key) {
      return pages[key] || { title: key, url: null, group: "Other" };
    }
    /* Asks in place (no pop-up): the question and Yes / Cancel after the button that asked. */
    function confirmAfter(button, question, yes, done) {
      var box = el("div", { class: "forget-everything__confirm my-records__confirm" });
      var text = el("p", { class: "forget-everything__question", tabindex: "-1" }, question);
      var ok = el("button", { type: "button", class: "md-button md-button--primary" }, yes);
      var cancel = el("button", { type: "button", class: "md-button" }, "Cancel");
      box.append(text, ok, cancel);
      button.after(box);
      button.disabled = true;
      text.focus();
      cancel.addEventListener("click", function () { box.remove(); button.disabled = false; button.focus(); });
      ok.addEventListener("click", function () { box.remove(); done(); });
    }
    function actions(child, key) {
      var cell = el("td", { class: "my-records__actions" }), info = page(key);
      if (info.url) cell.append(el("a", { href: info.url + (child.id === records.UNNAMED ? "" : "?child=" + child.id) }, "Open"), " ");
      var remove = el("button", { type: "button", class: "md-button" }, "Delete");
      remove.setAttribute("aria-label", "Delete " + info.title + " for " + nameOf(child));
      remove.addEventListener("click", function () {
        confirmAfter(remove, "Delete " + info.title + " for " + nameOf(child) + "? This cannot be undone.", "Yes, delete", function () {
          records.removeRecord(child.id, key);
          render("Deleted " + info.title + " for " + nameOf(child) + ".");
        });
      });
      cell.append(remove);
      return cell;
    }
    function table(heads, rows, caption) {
      var t = el("table", { class: "my-records__table" }), head = el("tr");
      t.append(el("caption", {}, caption));
      heads.forEach(function (h) { head.append(el("th", { scope: "col" }, h)); });
      t.append(el("thead")); t.tHead.append(head);
      var body = el("tbody");
      rows.forEach(function (r) { body.append(r); });
      t.append(body);
      return t;
    }
    function keptText(child) {
      if (child.where === "page") return KEPT.none;
      if (child.id === records.UNNAMED && child.keep === "none") return "Ticks only, kept until you clear them";
      return KEPT[child.keep].replace("{date}", child.expires ? when(child.expires) : "");
    }
    function byChild(children) {
      children.forEach(function (child) {
        var keys = Object.keys(child.records), section = el("section", { class: "my-records__child", "aria-label": nameOf(child) });
        section.append(el("h2", {}, nameOf(child)));
        section.append(el("p", {}, keptText(child) + ". Last changed " + when(child.changed, true) + "."));
        if (keys.length) {
          var rows = keys.sort().map(function (key) {
            var row = el("tr");
            row.append(el("td", {}, page(key).title), el("td", {}, page(key).group), el("td", {}, when(child.records[key].changed, true)), actions(child, key));
            return row;
          });
          section.append(table(["Record", "Kind", "Last changed", "Actions"], rows, "Records for " + nameOf(child)));
        } else section.append(el("p", {}, "No pages saved yet."));
        var tools = el("p"), exp = el("button", { type: "button", class: "md-button" }, "Export " + nameOf(child) + "'s records");
        exp.addEventListener("click", function () {
          download(records.exportData([child.id]), "send-guide-records-" + (records.fileName(child.name) || "not-named") + "-" + today() + ".json");
          status.textContent = "Exported " + nameOf(child) + "'s records.";
        });
        var del = el("button", { type: "button", class: "md-button" }, "Delete all of " + nameOf(child) + "'s records");
        del.addEventListener("click", function () {
          confirmAfter(del, "Delete all of " + nameOf(child) + "'s records on this device? This cannot be undone.", "Yes, delete", function () {
            records.remove(child.id);
            render("Deleted " + nameOf(child) + "'s records.");
          });
        });
        tools.append(exp, " ", del);
        section.append(tools);
        list.append(section);
      });
    }
    function byKind(children) {
      groups.concat(["Other"]).forEach(function (group) {
        var rows = [];
        children.forEach(function (child) {
          Object.keys(child.records).forEach(function (key) {
            if (page(key).group !== group) return;
            var row = el("tr");
            row.append(el("td", {}, nameOf(child)), el("td", {}, page(key).title), el("td", {}, when(child.records[key].changed, true)), actions(child, key));
            rows.push(row);
          });
        });
        if (!rows.length && group === "Other") return;
        var section = el("section", { class: "my-records__kind", "aria-label": group });
        section.append(el("h2", {}, group));
        section.append(rows.length ? table(["Child", "Record", "Last changed", "Actions"], rows, group) : el("p", {}, "Nothing kept."));
        list.append(section);
      });
    }
    function render(message) {
      var children = records.children().filter(function (c) { return c.id !== records.UNNAMED || Object.keys(c.records).length; });
      list.textContent = "";
      if (!children.length) list.append(empty);
      else if (view === "child") byChild(children); else byKind(children);
      var aside = records.ownKeys().filter(function (k) { return /:backup-/.test(k[1]); });
      if (aside.length) list.append(el("p", {}, plural(aside.length) + " saved by an earlier version could not be opened and " +
        "are kept aside. Forget everything removes them."));
      if (message != null) status.textContent = message;
    }
    function plural(n) { return n === 1 ? "One set of answers" : n + " sets of answers"; }

    viewButtons.forEach(function (button) {
      button.addEventListener("click", function () {
        view = button.getAttribute("data-view");
        viewButtons.forEach(function (b) { b.setAttribute("aria-pressed", String(b === button)); });
        render("Showing records by " + view + ".");
      });
    });
    root.querySelector("[data-action=export-all]").addEventListener("click", function () {
      download(records.exportData(), "send-guide-records-" + today() + ".json");
      status.textContent = "Exported every record kept in this browser.";
    });
    var form = root.querySelector(".my-records__import"), file = form.querySelector("input[type=file]");
    var error = form.querySelector(".record-switcher__error");
    function fail(text) {
      error.textContent = "Error: " + text;
      error.hidden = false;
      file.setAttribute("aria-invalid", "true");
      file.setAttribute("aria-describedby", "import-file-hint " + error.id);
      status.textContent = "";
      file.focus();
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      error.hidden = true;
      file.removeAttribute("aria-invalid");
      file.setAttribute("aria-describedby", "import-file-hint");
      if (!file.files.length) return fail("choose a file to import");
      var keep = (form.querySelector("input[name=import-keep]:checked") || {}).value;
      file.files[0].text().then(function (text) {
        var result = importText(text, keep);
        if (!result.ok) return fail(result.message);
        form.reset();
        render(result.message);
      }, function () { fail("the file could not be read. Choose it again."); });
    });
    records.on(function (event) { if (event.type !== "save") render(); });
    render();
  }
  function init() { document.querySelectorAll(".my-records").forEach(enhance); }
  if (window.document$) window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
