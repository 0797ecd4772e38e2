/* Deadline calculators (one per journey, one engine). The rules and every number come from the
   page's data-rules, made at build time from the data by macros/core/dates/deadlines.py; the dates
   are worked out by deadline-engine.js, which mirrors its journey_dates() (tests compare them).
   Nothing leaves the browser; dates are kept on the device only if the person ticks the box. */
(function () {
  "use strict";
  var engine = window.sendGuideDeadlineEngine, saved = window.sendGuideSaved, boxes = window.sendGuideDateInput;
  var dayOf = engine.dayOf, parts = engine.parts, iso = engine.iso, fromIso = engine.fromIso;
  var longDate = engine.longDate, fill = engine.fill, upper = engine.upper, addMonths = engine.addMonths;
  var journeyDates = engine.journeyDates;
  // For the browser tests: the engine on ISO dates, answering ISO dates.
  window.sendGuideDeadlines = engine.isoDates;

  function escapeText(text) { return text.replace(/[\\;,]/g, "\\$&").replace(/\n/g, "\\n"); }
  // RFC 5545 3.1: lines of at most 75 octets, continued with CRLF and a space.
  function fold(line) {
    var out = "", size = 0, encoder = new TextEncoder();
    for (var ch of line) {
      var bytes = encoder.encode(ch).length;
      if (size + bytes > 75) { out += "\r\n "; size = 1; }
      out += ch; size += bytes;
    }
    return out;
  }
  // The person's own dates, each an all-day event with a reminder 3 days before.
  // Each event is named for the child (when named) and has an id unique per child and event (slot.uid).
  function calendar(rules, dates, slot) {
    var name = slot.name();
    var stamp = new Date().toISOString().replace(/[-:]|\.\d+/g, "");
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SEND guide//Deadline calculator//EN",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
    dates.forEach(function (item) {
      var summary = escapeText((name ? name + ": " : "") + item.row.sentence);
      lines.push("BEGIN:VEVENT", "UID:" + slot.uid(rules.journey + "-" + item.row.id, iso(item.day, "")) + "@send-guide",
        "DTSTAMP:" + stamp, "DTSTART;VALUE=DATE:" + iso(item.day, ""), "DTEND;VALUE=DATE:" + iso(item.day + 1, ""),
        "SUMMARY:" + summary, "DESCRIPTION:" + escapeText(rules.messages.calendar), "TRANSP:TRANSPARENT",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + summary, "TRIGGER:-P3D", "END:VALARM", "END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function enhance(root) {
    var rules = JSON.parse(root.getAttribute("data-rules")), say = rules.messages, kind = rules.journey;
    var form = root.querySelector("form"), summary = root.querySelector(".deadline-calculator__summary");
    var result = root.querySelector(".deadline-calculator__result"), list = result.querySelector("ol");
    var heading = result.querySelector(".deadline-calculator__heading"), slot = window.sendGuideRecords.slot(root);
    var choice = root.querySelector("[data-choice]"), shown = [], status = element("p", "deadline-calculator__status");
    var groups = {};
    root.querySelectorAll("[data-date-input]").forEach(function (group) { groups[group.id.replace("calc-" + kind + "-", "")] = group; });
    status.setAttribute("role", "status");

    function today() { var now = new Date(); return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate()); }
    function rangeOf(input, now) {
      if (input.id === "date-of-birth") return [addMonths(now, -12 * rules.birthYears), now, "why-birth"];
      return [addMonths(now, -rules.monthsBefore), addMonths(now, rules.monthsAfter), "why-event"];
    }
    function partsText(missing) {
      var named = missing.map(function (p) { return "a " + p; });
      return named.length > 1 ? named.slice(0, -1).join(", ") + " and " + named[named.length - 1] : named[0];
    }
    // Reads every answer; returns [values, problems] where a problem is [group, message, box].
    function answers() {
      var values = {}, problems = [], now = today(), raw = {};
      if (choice) {
        var picked = choice.querySelector("input:checked");
        if (picked) values.move = picked.value;
        else problems.push([choice, say.move, choice.querySelector("input")]);
      }
      rules.inputs.forEach(function (input) {
        var group = groups[input.id], read = boxes.read(group), name = input.name, words = { name: name, Name: upper(name) };
        raw[input.id] = read;
        boxes.show(group, "");
        if (read.empty) {
          var needed = !input.optional && !(input.id === "date-of-birth" && raw["move-year"] && !raw["move-year"].empty);
          if (needed) problems.push([group, input.id === "date-of-birth" ? say["birth-or-year"] : fill(say.enter, words), read.box]);
          return;
        }
        if (read.problem) {
          var message = read.problem === "include" ? fill(say.include, Object.assign({ parts: partsText(read.parts) }, words))
            : fill(say[read.problem], words);
          problems.push([group, message, read.box]);
          return;
        }
        if (input.kind === "year") {
          var year = parts(now)[0];
          if (read.y < year - 2 || read.y > year + 20)
            problems.push([group, fill(say.range, Object.assign({ from: year - 2, to: year + 20, why: say["why-move"] }, words)), read.box]);
          else values[input.id] = read.y;
          return;
        }
        var n = dayOf(read.y, read.m, read.d), range = rangeOf(input, now);
        if (n < range[0] || n > range[1])
          problems.push([group, fill(say.range, Object.assign({ from: longDate(range[0]), to: longDate(range[1]), why: say[range[2]] }, words)), read.box]);
        else values[input.id] = n;
      });
      // move-year given: the date of birth may stay empty (read again now that both are known)
      if (raw["move-year"] && !raw["move-year"].empty) problems = problems.filter(function (p) { return p[1] !== say["birth-or-year"]; });
      // A move whose year group varies by area (middle schools): only the year of the move will do.
      var move = (rules.moves || []).filter(function (m) { return m.id === values.move; })[0];
      if (move && move.group == null && (!raw["move-year"] || raw["move-year"].empty)) {
        problems = problems.filter(function (p) { return p[1] !== say["birth-or-year"]; });
        problems.push([groups["move-year"], say.middle, groups["move-year"].querySelector("input")]);
      }
      if (!problems.length && rules.holidaysUntil) journeyDates(rules, values).forEach(function (item) {
        if (item.row.adjust && item.day > fromIso(rules.holidaysUntil)) {
          var input = rules.inputs.filter(function (i) { return i.id === item.row.from; })[0];
          problems.push([groups[input.id], fill(say.holidays, { Name: upper(input.name), date: longDate(fromIso(rules.holidaysUntil)) }), null]);
        }
      });
      return [values, problems];
    }
    function report(problems) {
      var items = summary.querySelector("ul");
      items.textContent = "";
      problems.forEach(function (problem) {
        if (problem[0].hasAttribute("data-date-input")) boxes.show(problem[0], problem[1], problem[2]);
        else {
          var error = problem[0].querySelector(".date-input__error");
          error.textContent = "Error: " + problem[1]; error.hidden = false;
          problem[0].classList.add("date-input--error");
        }
        var target = problem[2] || problem[0].querySelector("input"), link = element("a", "", problem[1]), item = element("li");
        link.href = "#" + target.id;
        link.addEventListener("click", function (event) { event.preventDefault(); target.focus(); });
        item.append(link);
        items.append(item);
      });
      summary.hidden = false;
      result.hidden = true;
      summary.focus();
    }
    function clearChoice() {
      if (!choice) return;
      choice.querySelector(".date-input__error").hidden = true;
      choice.classList.remove("date-input--error");
    }
    // A passed date is late only while the step is still to do: not once a later answer shows it happened
    // (doneWhen), and never for a date counted back from an event that has already taken place.
    function stillToDo(item, values, now) {
      if (item.row.doneWhen.some(function (id) { return values[id] != null; })) return false;
      return !(item.row.back && values[item.row.from] != null && values[item.row.from] <= now);
    }
    // A late date that leads to a letter carries the dates the letter needs (?request-date=1 March 2027).
    function carried(row, values) {
      var query = Object.keys(row.carry || {}).filter(function (id) { return values[id] != null; }).map(function (id) {
        return encodeURIComponent(row.carry[id]) + "=" + encodeURIComponent(longDate(values[id]));
      }).join("&");
      if (!query) return row.next;
      var hash = row.next.indexOf("#");
      return hash < 0 ? row.next + "?" + query : row.next.slice(0, hash) + "?" + query + row.next.slice(hash);
    }
    function row(item, now, values) {
      var li = element("li", "deadline-calculator__date"), when = element("strong", "", "By " + longDate(item.day) + ":");
      li.setAttribute("data-row", item.row.id);
      li.setAttribute("data-date", iso(item.day, "-"));
      li.append(when, " " + item.row.sentence);
      item.how.forEach(function (line) { li.append(element("span", "deadline-calculator__how", " " + line)); });
      item.closures.forEach(function (w) {
        li.append(element("p", "deadline-calculator__closure",
          fill(say.closure, { date: longDate(item.day), from: longDate(w[0]), to: longDate(w[1]) })));
      });
      if (item.row.grounds.length) {
        var details = element("details", "deadline-calculator__grounds"), list = element("ul");
        details.append(element("summary", "", item.row.groundsHeading));
        item.row.grounds.forEach(function (text) { list.append(element("li", "", text)); });
        details.append(list);
        li.append(details);
      }
      if (item.day < now && stillToDo(item, values, now)) {
        var passed = element("p", "deadline-calculator__passed"), link = element("a", "", say.passed);
        link.href = carried(item.row, values);
        passed.append(link, ".");
        li.classList.add("deadline-calculator__date--passed");
        li.append(passed);
      }
      return li;
    }
    function given(values) {
      var text = rules.inputs.filter(function (i) { return values[i.id] != null; }).map(function (i) {
        return upper(i.name) + ": " + (i.kind === "year" ? values[i.id] : longDate(values[i.id]));
      });
      return text.join(". ") + ".";
    }
    function update(quiet) {
      summary.hidden = true;
      clearChoice();
      var read = answers(), values = read[0];
      if (read[1].length) { if (!quiet) report(read[1]); return; }   // restored answers: no alert on page load
      var now = today();
      shown = journeyDates(rules, values);
      list.textContent = "";
      shown.forEach(function (item) { list.append(row(item, now, values)); });
      result.querySelector(".deadline-calculator__given").textContent = given(values);
      result.hidden = false;
      root.classList.add("deadline-calculator--shown");
      named();
      store(values);   /* kept only as the person chose in the record switcher */
      if (!quiet) heading.focus();
    }
    function store(values) {
      var kept = {};
      Object.keys(values).forEach(function (key) { kept[key] = typeof values[key] === "number" && key !== "move-year" ? iso(values[key], "-") : values[key]; });
      slot.save({ answers: kept });
    }
    /* "Your dates", or "Dates for Sam" once a child is named: on screen, printed and copied. */
    function named() { heading.textContent = slot.name() ? "Dates for " + slot.name() : "Your dates"; }
    function asText() {
      return heading.textContent + "\n" + result.querySelector(".deadline-calculator__given").textContent + "\n\n" +
        shown.map(function (item) { return "By " + longDate(item.day) + ": " + item.row.sentence; }).join("\n") + "\n\n" + say.calendar + "\n";
    }

    var tools = result.querySelector(".deadline-calculator__tools");
    tools.append(saved.toolbar([
      ["Add these dates to my calendar", function () {
        var url = URL.createObjectURL(new Blob([calendar(rules, shown, slot)], { type: "text/calendar;charset=utf-8" }));
        var link = element("a"), who = window.sendGuideRecords.fileName(slot.name());
        link.href = url;
        link.download = kind + "-dates" + (who ? "-" + who : "") + ".ics";
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      }],
      ["Print my dates", function () { window.print(); }],
      ["Copy my dates as text", function () {
        var done = function () { status.textContent = say.copied; }, failed = function () { status.textContent = say["copy-failed"]; };
        if (navigator.clipboard) navigator.clipboard.writeText(asText()).then(done, failed); else failed();
      }]
    ]), status);
    form.addEventListener("submit", function (event) { event.preventDefault(); update(false); });

    // Puts saved answers back in the boxes and shows their dates.
    function restore(kept) {
      Object.keys(kept).forEach(function (key) {
        var value = String(kept[key]);
        if (key === "move") {
          var radio = choice && choice.querySelector("input[value='" + value.replace(/[^a-z0-9-]/g, "") + "']");
          if (radio) radio.checked = true;
        } else if (groups[key]) {
          var p = value.split("-"), box = function (part) { return groups[key].querySelector("[data-part=" + part + "]"); };
          if (p.length === 3) { box("day").value = +p[2]; box("month").value = +p[1]; box("year").value = p[0]; }
          else box("year").value = value;
        }
      });
      update(true);
    }
    // Another child chosen (or records deleted): empty the boxes, then show that child's dates, if any.
    function clear() {
      root.querySelectorAll("input[data-part]").forEach(function (box) { box.value = ""; });
      root.querySelectorAll("input[type=radio]:not([name$=-keep])").forEach(function (radio) { radio.checked = false; });
      Object.keys(groups).forEach(function (id) { boxes.show(groups[id], ""); });
      summary.hidden = true; result.hidden = true; shown = [];
      root.classList.remove("deadline-calculator--shown");
    }
    slot.onSwitch(function (data) {
      clear();
      if (data.answers && typeof data.answers === "object") restore(data.answers);
      named();
    });
    if (window.sendGuideRecords.check() === "blocked") saved.warn(root, say.storage);
    var last = slot.data();
    if (last.answers && typeof last.answers === "object") restore(last.answers);
  }

  saved.each(".deadline-calculator", enhance);
})();
