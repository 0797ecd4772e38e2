/* The deadline calculators' date engine: pure functions, no page, no storage. It mirrors
   journey_dates() in macros/core/dates/deadlines.py and reads the same rules object (a page's
   data-rules). tests/core/test_deadline_engine.py runs it under Node against the Python engine;
   the browser tests run it in Chromium. deadline-calculator.js (the page) uses it. */
(function (root, define) {
  "use strict";
  if (typeof module === "object" && module.exports) module.exports = define();
  else root.sendGuideDeadlineEngine = define();
})(this, function () {
  "use strict";
  var DAY = 864e5;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];
  var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

  // A date is a whole number of days since 1 January 1970 (UTC): no local midnight, so no clock-change slips.
  function dayOf(y, m, d) { return Date.UTC(y, m - 1, d) / DAY; }
  function parts(n) { var d = new Date(n * DAY); return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]; }
  function pad(x) { return (x < 10 ? "0" : "") + x; }
  function iso(n, joiner) { var p = parts(n); return p[0] + joiner + pad(p[1]) + joiner + pad(p[2]); }
  function fromIso(text) { var p = text.split("-"); return dayOf(+p[0], +p[1], +p[2]); }
  function longDate(n) { var p = parts(n); return DAYS[new Date(n * DAY).getUTCDay()] + " " + p[2] + " " + MONTHS[p[1] - 1] + " " + p[0]; }
  function fill(text, values) {
    Object.keys(values).forEach(function (key) { text = text.split("{" + key + "}").join(values[key]); });
    return text;
  }
  function upper(text) { return text.charAt(0).toUpperCase() + text.slice(1); }

  // Same date k months on, or that month's last day (31 January + 1 month = 28 or 29 February).
  function addMonths(n, k) {
    var p = parts(n), last = new Date(Date.UTC(p[0], p[1] - 1 + k + 1, 0)).getUTCDate();
    return dayOf(p[0], p[1] + k, Math.min(p[2], last));
  }
  // firstDay: the starting day is day 1, so the period ends a day sooner (a month with no such date: its last day).
  function addPeriod(n, rule) {
    var k = rule.amount, p = parts(n);
    if (rule.unit !== "months") return n + k * (rule.unit === "weeks" ? 7 : 1) - (rule.firstDay ? 1 : 0);
    if (!rule.firstDay) return addMonths(n, k);
    return dayOf(p[0], p[1] + k, 1) + Math.min(p[2] - 1, parts(dayOf(p[0], p[1] + k + 1, 0))[2]) - 1;
  }

  // Tribunal rule 12: a last day in a run (August; 25 December to 1 January) moves to the first working day
  // after the run (12(3)(a)); any other last day that is not a working day moves to the next one (12(2)).
  function monthDay(n) { var p = parts(n); return pad(p[1]) + "-" + pad(p[2]); }
  function inRun(n, run) { var k = monthDay(n); return run[0] <= run[1] ? k >= run[0] && k <= run[1] : k >= run[0] || k <= run[1]; }
  function working(n, rules) { var w = new Date(n * DAY).getUTCDay(); return w !== 0 && w !== 6 && rules.holidays.indexOf(iso(n, "-")) < 0; }
  function words(md) { var p = md.split("-"); return +p[1] + " " + MONTHS[+p[0] - 1]; }
  function tribunal(n, rules) {
    for (var i = 0; i < rules.runs.length; i++) {
      var run = rules.runs[i];
      if (!inRun(n, run)) continue;
      var p = parts(n), end = run[1].split("-"), year = p[0] + (run[0] > run[1] && p[1] > +end[0] ? 1 : 0);
      var moved = dayOf(year, +end[0], +end[1]) + 1;
      while (!working(moved, rules)) moved++;
      return [moved, "moved-run", { from: words(run[0]), to: words(run[1]) }];
    }
    var next = n;
    while (!working(next, rules)) next++;
    return [next, next !== n ? "moved-day" : null, {}];
  }

  function moveDate(rules, values) {
    var say = rules.messages, move = (rules.moves || []).filter(function (m) { return m.id === values.move; })[0], year, how;
    if (!move) return null;
    if (values["move-year"]) { year = +values["move-year"]; how = [fill(say["given-year"], { year: year })]; }
    else if (values["date-of-birth"] != null) {
      var birth = values["date-of-birth"], p = parts(birth), reception = p[0] + (p[1] >= 9 ? 5 : 4);
      year = reception + move.group;
      how = [fill(say["school-year"], { birth: longDate(birth), cohort: reception - 5, cohortEnd: reception - 4,
        reception: reception, group: move.groupName, year: year }), say["out-of-year"]];
    } else return null;
    how.push(fill(say.before, { day: move.day, month: MONTHS[move.month - 1], year: year }));
    return [dayOf(year, move.month, move.day) - 1, how];
  }

  // Every date for the answers (input id -> day number; move -> a move id), in date order.
  function journeyDates(rules, values) {
    var say = rules.messages, found = [];
    rules.rows.forEach(function (row, index) {
      var day, how = [], closures = [];
      if (row.from === "move") {
        var worked = moveDate(rules, values);
        if (!worked) return;
        day = worked[0]; how = worked[1];
      } else {
        var start = values[row.from];
        if (start == null) return;
        day = row.back ? start - row.amount * 7 : addPeriod(start, row);
        var later = row.orLater;
        if (later && values[later.from] != null) {
          var second = addPeriod(values[later.from], later);
          if (second > day) { how.push(fill(say.later, { first: longDate(day), second: longDate(second) })); day = second; }
        }
        if (row.adjust) {
          var moved = tribunal(day, rules);
          if (moved[1]) how.push(fill(say[moved[1]], Object.assign({ date: longDate(day) }, moved[2])));
          day = moved[0];
        }
        if (row.closure) (rules.closures || []).forEach(function (w) {
          var a = Math.max(start, fromIso(w[0])), b = Math.min(day, fromIso(w[1]));
          if (a <= b) closures.push([a, b]);
        });
      }
      found.push({ row: row, day: day, how: how, closures: closures, order: index });
    });
    return found.sort(function (a, b) { return a.day - b.day || a.order - b.order; });
  }

  // The same engine on ISO dates, answering ISO dates: what the parity tests compare with the Python engine.
  function isoDates(rules, answers) {
    var values = {};
    Object.keys(answers).forEach(function (key) { values[key] = /^\d{4}-\d\d-\d\d$/.test(answers[key]) ? fromIso(answers[key]) : answers[key]; });
    return journeyDates(rules, values).map(function (item) {
      return { id: item.row.id, date: iso(item.day, "-"), text: item.row.sentence, how: item.how,
        closures: item.closures.map(function (w) { return [iso(w[0], "-"), iso(w[1], "-")]; }) };
    });
  }

  return { MONTHS: MONTHS, dayOf: dayOf, parts: parts, iso: iso, fromIso: fromIso, longDate: longDate, fill: fill,
    upper: upper, addMonths: addMonths, addPeriod: addPeriod, journeyDates: journeyDates, isoDates: isoDates };
});
