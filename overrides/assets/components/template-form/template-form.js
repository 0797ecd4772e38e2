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

    /* The head of every printed sheet (template-form.css @page): the pupil's name once it is typed,
       and the date it is printed; blank lines to write on while the form is empty. */
    function printHead() {
      var name = root.querySelector('[data-field="pupil-name"], [data-field="child-name"]'), style = document.documentElement.style;
      var filled = fields.some(function (field) { return field.value; });
      if (!name) style.setProperty("--send-print-who", '"Name "');  /* a meeting record, not about one pupil */
      if (name && name.value) style.setProperty("--send-print-pupil", JSON.stringify(name.value));
      else style.removeProperty("--send-print-pupil");
      if (filled) style.setProperty("--send-print-date", JSON.stringify(new Date().toLocaleDateString("en-GB",
        { day: "numeric", month: "long", year: "numeric" })));
      else style.removeProperty("--send-print-date");
    }

    if (stored === null) blocked();
    fields.forEach(function (field) {
      var value = values[field.getAttribute("data-field")];
      if (typeof value === "string") field.value = value;
      if (field.tagName === "TEXTAREA") fit(field);
    });
    printHead();
    root.addEventListener("input", function (event) {
      if (!event.target.hasAttribute("data-field")) return;
      if (event.target.tagName === "TEXTAREA") fit(event.target);
      save();
      printHead();
    });
    root.insertBefore(saved.toolbar([
      ["Print", function () { window.print(); }],
      ["Clear the form", function () {
        if (!fields.some(function (field) { return field.value; })) return;
        if (!window.confirm("Clear everything you have typed in this form?")) return;
        fields.forEach(function (field) { field.value = ""; if (field.tagName === "TEXTAREA") fit(field); });
        save();
        printHead();
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
