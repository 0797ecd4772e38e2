/* Templates: save what is typed in this browser, grow boxes to fit, clear with confirmation, print. */
(function () {
  "use strict";
  var saved = window.sendGuideSaved;
  function fit(box) {
    box.rows = +box.getAttribute("data-rows");
    while (box.scrollHeight > box.clientHeight && box.rows < 60) box.rows += 1;
  }
  saved.each("[data-template]", function (root) {
    var id = root.getAttribute("data-template");
    var fields = [].slice.call(root.querySelectorAll("[data-field]"));
    var stored = saved.read("template", id);
    var values = (stored && stored.fields) || {};

    function blocked() { saved.warn(root, "Your browser is not saving this form, so what you type will be lost when you leave this page."); }
    function save() {
      var all = {};
      fields.forEach(function (field) { if (field.value) all[field.getAttribute("data-field")] = field.value; });
      if (!saved.write("template", id, { fields: all })) blocked();
    }

    if (stored === null) blocked();
    fields.forEach(function (field) {
      var value = values[field.getAttribute("data-field")];
      if (typeof value === "string") field.value = value;
      if (field.tagName === "TEXTAREA") fit(field);
    });
    root.addEventListener("input", function (event) {
      if (!event.target.hasAttribute("data-field")) return;
      if (event.target.tagName === "TEXTAREA") fit(event.target);
      save();
    });
    root.insertBefore(saved.toolbar([
      ["Print", function () { window.print(); }],
      ["Clear the form", function () {
        if (!fields.some(function (field) { return field.value; })) return;
        if (!window.confirm("Clear everything you have typed in this form?")) return;
        fields.forEach(function (field) { field.value = ""; if (field.tagName === "TEXTAREA") fit(field); });
        save();
        status.textContent = "The form is cleared.";
        fields[0].focus();  /* focus moves to the emptied form */
      }]
    ]), root.querySelector("fieldset"));
    var status = document.createElement("p");  /* announces what a button did */
    status.className = "send-no-print";
    status.setAttribute("role", "status");
    root.insertBefore(status, root.querySelector("fieldset"));
    root.addEventListener("input", function () { status.textContent = ""; });
  });
})();
