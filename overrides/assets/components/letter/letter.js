/* Letters: what is typed fills the letter as the person types. It belongs to the child chosen in the record
   switcher and is kept only as the person chooses (records.js). Adds Print (the letter only), Copy text and Clear. */
(function () {
  "use strict";
  var saved = window.sendGuideSaved, records = window.sendGuideRecords;

  /* The letter as plain text, one paragraph a line, for an email or a document. */
  function letterText(sheet) {
    return [].slice.call(sheet.querySelectorAll("p")).map(function (p) { return p.textContent.trim(); })
      .filter(Boolean).join("\n\n");
  }
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {  /* older browsers, and pages not served over https */
      var box = document.createElement("textarea");
      box.value = text;
      box.setAttribute("readonly", "");
      box.className = "letter__copy-box";
      document.body.appendChild(box);
      box.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      document.body.removeChild(box);
      if (done) resolve(); else reject(new Error("copy refused"));
    });
  }

  /* Dates a calculator carried across in the address (?request-date=1 March 2027) fill their boxes, and the page says so. */
  function fromCalculator(root) {
    var given = new URLSearchParams(window.location.search), filled = [];
    root.querySelectorAll("[data-field]").forEach(function (field) {
      var value = given.get(field.getAttribute("data-field"));
      if (!value) return;
      field.value = value;
      field.dispatchEvent(new Event("input", { bubbles: true }));
      filled.push(root.querySelector('label[for="' + field.id + '"]').textContent);
    });
    if (!filled.length) return;
    var note = document.createElement("p");
    note.className = "letter-form__from-calculator";
    note.textContent = "Filled in from the date calculator: " + filled.join(", ") + ". Check them and change them if you need to.";
    var fields = root.querySelector(".letter-form__fields");
    fields.insertBefore(note, fields.querySelector(".letter-form__field"));
  }

  /* The sender's details typed for another letter, offered (never copied unasked) while this letter has none. */
  var SENDER = ["sender-name", "sender-address", "sender-contact"];
  function otherSender(slot) {
    var mine = slot.child().id, found = null;
    records.children().sort(function (a) { return a.id === mine ? -1 : 1; }).forEach(function (child) {
      Object.keys(child.records).forEach(function (key) {
        var fields = (child.records[key].data || {}).fields || {};
        if (!found && key !== slot.key && key.indexOf("letter/") === 0 && fields["sender-name"]) found = fields;
      });
    });
    return found;
  }
  function offerSender(root, slot) {
    var own = root.querySelector('[data-field="sender-name"]'), fields = root.querySelector(".letter-form__fields");
    if (!own) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button letter-form__use-sender";
    button.textContent = "Use your name and address from your other letter";
    fields.insertBefore(button, fields.querySelector(".letter-form__field"));
    function show() { button.hidden = !!own.value || !otherSender(slot); }
    button.addEventListener("click", function () {
      var found = otherSender(slot) || {};
      SENDER.forEach(function (id) {
        var field = root.querySelector('[data-field="' + id + '"]');
        if (field && !field.value && found[id]) {
          field.value = found[id];
          field.dispatchEvent(new Event("input", { bubbles: true }));
        }
      });
      own.focus();
      show();
    });
    root.addEventListener("input", show);
    slot.onSwitch(function () { setTimeout(show, 0); });
    show();
  }

  saved.each("[data-letter]", function (root) {
    var slot = records.slot(root), sheet = root.querySelector("[data-letter-sheet]"), form;
    var status = document.createElement("p");  /* announces what a button did */
    status.className = "send-no-print";
    status.setAttribute("role", "status");
    var blanks = [].slice.call(sheet.querySelectorAll("[data-fill]"));
    function fill(values) {
      blanks.forEach(function (blank) {
        var value = (values[blank.getAttribute("data-fill")] || "").trim();
        blank.textContent = value || blank.getAttribute("data-label");
        blank.classList.toggle("letter__fill--done", !!value || blank.hasAttribute("data-default"));
      });
    }
    if (records.keptAside(slot.key)) saved.warn(root, saved.ASIDE);
    form = records.bindFields(root, slot, { onFill: fill });
    fill(form.values());
    root.addEventListener("input", function (event) {
      if (event.target.hasAttribute("data-field")) fill(form.values());
      status.textContent = "";
    });
    fromCalculator(root);
    offerSender(root, slot, records);

    var paper = root.querySelector(".letter__paper");
    paper.insertBefore(saved.toolbar([
      ["Print the letter", function () { window.print(); }],
      ["Copy the text", function () {
        copy(letterText(sheet)).then(function () {
          status.textContent = "The letter is copied. You can paste it into an email or a document.";
        }, function () {
          status.textContent = "Your browser did not let us copy. Select the letter's text and copy it yourself.";
        });
      }],
      ["Download the letter (Word)", function () {
        var blocks = [].slice.call(sheet.querySelectorAll("p")).map(function (p) {
          return { text: p.textContent.trim(), style: p.classList.contains("letter__subject") ? "Label" : "Normal" };
        });
        var who = records.fileName(form.values()["child-name"] || form.values()["sender-name"] || slot.name());
        saved.wordFile({ title: root.getAttribute("data-docx-title"), author: root.getAttribute("data-docx-author"),
          blocks: blocks }, (who ? who + "-" : "") + root.getAttribute("data-letter") + ".docx");
        status.textContent = "The Word file is saved to your downloads.";
      }],
      ["Clear the letter", function () {
        if (!form.fields.some(function (field) { return field.value; })) return;
        if (!window.confirm("Clear everything you have typed for this letter?")) return;
        form.clear();
        status.textContent = "The letter is cleared.";
        form.fields[0].focus();
      }]
    ]), paper.firstChild);
    paper.insertBefore(status, paper.children[1]);
  });
})();
