/* Templates: what is typed belongs to the child chosen in the record switcher and is kept only as the person
   chooses (records.js); boxes grow to fit; clear with confirmation; print with the pupil's name on every sheet. */
(function () {
  "use strict";
  var saved = window.sendGuideSaved, records = window.sendGuideRecords;
  function fit(box) {
    box.rows = +box.getAttribute("data-rows");
    while (box.scrollHeight > box.clientHeight && box.rows < 60) box.rows += 1;
  }
  saved.each("[data-template]", function (root) {
    var slot = records.slot(root), form;

    /* The head of every printed sheet (template-form.css @page): the pupil's name (typed, or the child's
       name in the switcher) and the date it is printed; blank lines to write on while the form is empty. */
    function printHead() {
      var name = root.querySelector('[data-field="pupil-name"], [data-field="child-name"]'), style = document.documentElement.style;
      var who = (name && name.value) || slot.name();
      var filled = form.fields.some(function (field) { return field.value; });
      if (!name && !slot.name()) style.setProperty("--send-print-who", '"Name "');  /* a meeting record, not about one pupil */
      else style.removeProperty("--send-print-who");
      if (who) style.setProperty("--send-print-pupil", JSON.stringify(who));
      else style.removeProperty("--send-print-pupil");
      if (filled) style.setProperty("--send-print-date", JSON.stringify(new Date().toLocaleDateString("en-GB",
        { day: "numeric", month: "long", year: "numeric" })));
      else style.removeProperty("--send-print-date");
    }
    /* Once something is typed, a numbered section left empty (an outcome the pupil does not need) is not printed:
       no blank pages. A form with nothing typed prints every section, to fill in by hand. */
    function markUnused() {
      var filled = form.fields.some(function (field) { return field.value; });
      root.querySelectorAll(".template-form__section--whole").forEach(function (section) {
        var used = [].some.call(section.querySelectorAll("[data-field]"), function (field) { return field.value.trim(); });
        section.classList.toggle("template-form__section--unused", filled && !used);
      });
    }
    /* A field that starts from another template's answer for the same child (data-from="template/ID#key", the pupil
       passport from the SEN Support Plan and the pupil voice form) shows it while it is empty; typing wins. */
    function fillDefaults() {
      var child = records.get(records.current());
      form.fields.forEach(function (field) {
        var from = field.getAttribute("data-from"), line = field.getAttribute("data-from-line");
        if (!from || field.value) return;
        var parts = from.split("#"), record = child && child.records && child.records[parts[0]];
        var value = record && record.data && record.data.fields && record.data.fields[parts[1]];
        if (typeof value !== "string") return;
        if (line) value = value.split("\n").map(function (text) { return text.trim(); }).filter(Boolean)[+line - 1] || "";
        field.value = value;
      });
    }
    function refit() { form.fields.forEach(function (field) { if (field.tagName === "TEXTAREA") fit(field); }); }

    if (records.keptAside(slot.key)) saved.warn(root, saved.ASIDE);
    form = records.bindFields(root, slot, { onFill: function () {
      if (form) { fillDefaults(); refit(); printHead(); markUnused(); }
      root.dispatchEvent(new CustomEvent("send-template-filled"));  /* scripts that work from the fields (provision-cost) */
    } });
    fillDefaults();
    refit();
    printHead();
    markUnused();
    root.addEventListener("input", function (event) {
      if (!event.target.hasAttribute("data-field")) return;
      markUnused();
      if (event.target.tagName === "TEXTAREA") fit(event.target);
      printHead();
    });
    var status = document.createElement("p");  /* announces what a button did */
    status.className = "send-no-print";
    status.setAttribute("role", "status");
    var first = root.querySelector("fieldset.template-form__section");
    /* The Word file of what was typed: each section's heading, each label and its answer. A numbered section
       left empty (an outcome the pupil does not need) is left out, so the file has no blank pages. */
    function wordFile() {
      var blocks = [{ text: root.getAttribute("data-docx-title"), style: "Title" }];
      root.querySelectorAll("fieldset.template-form__section").forEach(function (section) {
        var fields = [].slice.call(section.querySelectorAll("[data-field]"));
        if (section.classList.contains("template-form__section--whole") && !fields.some(function (f) { return f.value.trim(); })) return;
        blocks.push({ text: section.querySelector("legend").textContent.trim(), style: "Heading1" });
        fields.forEach(function (field) {
          blocks.push({ text: root.querySelector('label[for="' + field.id + '"]').textContent.trim(), style: "Label" });
          blocks.push({ text: field.value, style: "Normal" });
        });
      });
      var who = records.fileName(form.values()["pupil-name"] || slot.name());
      saved.wordFile({ title: root.getAttribute("data-docx-title"), author: root.getAttribute("data-docx-author"),
        blocks: blocks }, (who ? who + "-" : "") + root.getAttribute("data-template") + ".docx");
      status.textContent = "The Word file is saved to your downloads.";
    }
    root.insertBefore(saved.toolbar([
      ["Print", function () { window.print(); }],
      ["Download what you typed (Word)", wordFile],
      ["Clear the form", function () {
        if (!form.fields.some(function (field) { return field.value; })) return;
        if (!window.confirm("Clear everything you have typed in this form?")) return;
        form.clear();
        status.textContent = "The form is cleared.";
        form.fields[0].focus();  /* focus moves to the emptied form */
      }]
    ]), first);
    root.insertBefore(status, first);
    root.addEventListener("input", function () { status.textContent = ""; });
  });
})();
