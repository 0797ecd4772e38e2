/* EHC needs assessment deadline calculator. The rules (and every number) come from the
   page's data-rules, made at build time from data/statutory.yml; the arithmetic mirrors
   macros/core/deadlines.py, which the browser tests compare it with. */
(function () {
  "use strict";
  var DAY = 864e5, saved = window.sendGuideSaved;  // saved-locally.js: send-guide:calculator:v1
  var format = new Intl.DateTimeFormat("en-GB",
    { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

  // A date is a whole number of days since 1 January 1970 (UTC): no local midnight, so no clock-change slips.
  function dayOf(y, m, d) { return Date.UTC(y, m - 1, d) / DAY; }
  function parts(n) { var d = new Date(n * DAY); return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]; }
  function pad(x) { return (x < 10 ? "0" : "") + x; }
  function iso(n, joiner) { var p = parts(n); return p[0] + joiner + pad(p[1]) + joiner + pad(p[2]); }
  // "Monday 16 February 2026": the parts without the comma some engines put after the weekday
  function longDate(n) {
    return format.formatToParts(new Date(n * DAY)).filter(function (part) { return part.type !== "literal"; })
      .map(function (part) { return part.value; }).join(" ");
  }

  // Same date k months on, or that month's last day (31 January + 1 month = 28 or 29 February).
  function addMonths(n, k) {
    var p = parts(n), last = new Date(Date.UTC(p[0], p[1] + k, 0)).getUTCDate();
    return dayOf(p[0], p[1] + k, Math.min(p[2], last));
  }
  // firstDay: the starting day is day 1, so the period ends a day sooner (a month with no such date: its last day).
  function addPeriod(n, rule) {
    var k = rule.amount, p = parts(n);
    if (rule.unit !== "months") return n + k * (rule.unit === "weeks" ? 7 : 1) - (rule.firstDay ? 1 : 0);
    if (!rule.firstDay) return addMonths(n, k);
    return dayOf(p[0], p[1] + k, 1) + Math.min(p[2] - 1, parts(dayOf(p[0], p[1] + k + 1, 0))[2]) - 1;
  }

  // "2026-02-16" from the date field, or typed "16/2/2026", "16 2 2026", "16.02.2026".
  // Returns the day, null if it is not a full date, false if no such date exists.
  function parse(text) {
    var m = /^(\d{4,6})-(\d{1,2})-(\d{1,2})$/.exec(text), y, mo, d;
    if (m) { y = +m[1]; mo = +m[2]; d = +m[3]; } else {
      m = /^(\d{1,2})\s*[\/.\- ]\s*(\d{1,2})\s*[\/.\- ]\s*(\d{4})$/.exec(text);
      if (!m) return null;
      y = +m[3]; mo = +m[2]; d = +m[1];
    }
    var n = dayOf(y, mo, d), p = parts(n);
    return p[0] === y && p[1] === mo && p[2] === d ? n : false;
  }

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
  function calendar(dates, note) {
    var stamp = new Date().toISOString().replace(/[-:]|\.\d+/g, "");
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SEND guide//Deadline calculator//EN",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
    dates.forEach(function (item) {
      var text = item.row.text;
      lines.push("BEGIN:VEVENT", "UID:" + item.row.id + "-" + iso(item.day, "") + "@send-guide",
        "DTSTAMP:" + stamp, "DTSTART;VALUE=DATE:" + iso(item.day, ""), "DTEND;VALUE=DATE:" + iso(item.day + 1, ""),
        "SUMMARY:" + escapeText(text.charAt(0).toUpperCase() + text.slice(1)),
        "DESCRIPTION:" + escapeText(note), "TRANSP:TRANSPARENT", "END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  function enhance(root) {
    var rules = JSON.parse(root.getAttribute("data-rules")), say = rules.messages;
    var form = root.querySelector("form"), input = form.querySelector("input"), hint = input.getAttribute("aria-describedby");
    var error = root.querySelector(".deadline-calculator__error"), result = root.querySelector(".deadline-calculator__result");
    var list = result.querySelector("ul"), heading = result.querySelector("h3"), shown = [], request;
    /* After "Show my dates", focus moves to what changed: the field with its error, or the dates. */
    function problem(message, moveFocus) {
      error.textContent = message;
      error.hidden = !message;
      input.setAttribute("aria-invalid", message ? "true" : "false");
      input.setAttribute("aria-describedby", message ? hint + " " + error.id : hint);
      if (message) result.hidden = true;
      if (message && moveFocus) input.focus();
    }
    function update(event) {
      var moveFocus = event && event.type === "submit";
      var raw = input.value.trim(), n = raw ? parse(raw) : null, now = new Date();
      var today = dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
      var from = addMonths(today, -rules.monthsBefore), to = addMonths(today, rules.monthsAfter);
      if (!raw) return problem(input.validity.badInput ? say.real : say.empty, moveFocus);
      if (n === null) return problem(say.incomplete, moveFocus);
      if (n === false) return problem(say.real, moveFocus);
      if (n < from || n > to) return problem(say.range.replace("{from}", longDate(from)).replace("{to}", longDate(to)), moveFocus);
      problem("");
      var found = {};
      request = n; shown = []; list.textContent = "";
      rules.rows.forEach(function (row) {
        var day = found[row.id] = addPeriod(row.after ? found[row.after] : n, row);
        var item = document.createElement("li"), when = document.createElement("strong"), link = document.createElement("a");
        item.setAttribute("data-row", row.id);
        item.setAttribute("data-date", iso(day, "-"));
        when.textContent = "By " + longDate(day) + ":";
        link.href = row.href;
        link.textContent = "step " + row.step;
        item.append(when, " " + row.text + " (", link, ")");
        list.append(item);
        shown.push({ row: row, day: day });
      });
      heading.textContent = say.heading.replace("{date}", longDate(n));
      result.hidden = false;
      if (moveFocus) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
      if (!saved.write("calculator", "v1", { request: iso(n, "-") })) saved.warn(root, say.storage);
    }

    form.hidden = false;
    root.querySelector(".deadline-calculator__privacy").hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); update(event); });
    input.addEventListener("change", update);
    result.querySelector("button").addEventListener("click", function () {
      var text = calendar(shown, say.calendar.replace("{date}", longDate(request)));
      var url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
      var link = document.createElement("a");
      link.href = url;
      link.download = "ehc-needs-assessment-dates.ics";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    });
    var last = saved.read("calculator", "v1");
    if (!last) saved.warn(root, say.storage);
    else if (typeof last.request === "string") { input.value = last.request; if (input.value) update(); }
  }

  saved.each(".deadline-calculator", enhance);
})();
