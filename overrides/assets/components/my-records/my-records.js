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

  function enhance(root) {
    if (root.hasAttribute("data-enhanced")) return;
    root.setAttribute("data-enhanced", "");
    var pages = JSON.parse(root.getAttribute("data-pages")), groups = JSON.parse(root.getAttribute("data-groups"));
    var list = root.querySelector(".my-records__list"), status = root.querySelector(".my-records__status");
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
      if (!children.length) list.append(el("p", { class: "my-records__empty" }, "This guide keeps nothing in this browser at the moment."));
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
        var result = records.importText(text, keep);
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
