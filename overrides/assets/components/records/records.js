/* The record model: what people type, kept per child, only as long as they choose (see /privacy/).
   One key per child, in localStorage or sessionStorage (format "send-guide-child", version 2):
   send-guide:child:<id> = {format, version, id, name, keep, created, changed, expires,
                            records: {"<kind>/<id>": {changed, plain: [keys], data}}}
   keep: "none" (this page only), "session" (this tab), "30-days" or "until-cleared" (this browser).
   The not-named child ("unnamed") always keeps its records' plain parts (checklist ticks) in localStorage.
   Version 1 keys (send-guide:<kind>:<id>) are moved in once. Loaded by pages that keep records and by the
   footer's Forget everything control when it is used; export checks and import are in my-records.js. */
(function () {
  "use strict";
  if (window.sendGuideRecords) return;  /* safe to load twice */
  var PREFIX = "send-guide:", CHILD = PREFIX + "child:", CURRENT = PREFIX + "current", VERSION = 2;
  var UNNAMED = "unnamed", DAY = 864e5, KEEPS = ["none", "session", "30-days", "until-cleared"];
  var memory = {}, listeners = [], chosen = null, lastProblem = null;

  function store(name) {
    try { var s = window[name]; if (!s) return null; s.getItem(CURRENT); return s; } catch (e) { return null; }
  }
  function local() { return store("localStorage"); }
  function session() { return store("sessionStorage"); }
  function stamp() { return new Date().toISOString(); }
  function parse(text) { try { return JSON.parse(text); } catch (e) { return null; } }
  function copy(value) { return value == null ? value : JSON.parse(JSON.stringify(value)); }
  function isQuota(e) { return e && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22); }
  function keys(area) {
    var found = [];
    if (area) for (var i = 0; i < area.length; i++) found.push(area.key(i));
    return found;
  }
  function newId() {
    var text = "c", bytes = new Uint8Array(10);
    (window.crypto || {}).getRandomValues ? window.crypto.getRandomValues(bytes) : bytes.forEach(function (_, i) { bytes[i] = Math.random() * 256; });
    bytes.forEach(function (b) { text += "abcdefghijklmnopqrstuvwxyz0123456789".charAt(b % 36); });
    return text;
  }
  function blank(id, name) {
    var when = stamp();
    return { id: id, name: name || "", keep: "none", created: when, changed: when, expires: null, records: {} };
  }
  function expiry(child) {
    return child.keep === "30-days" ? new Date(Date.parse(child.changed) + 30 * DAY).toISOString() : null;
  }
  /* A stored child, checked enough to be used (a damaged key is left alone, never read as empty). */
  function readKey(area, id) {
    if (!area) return null;
    var child = parse(area.getItem(CHILD + id));
    if (!child || child.format !== "send-guide-child" || child.version !== VERSION || child.id !== id) return null;
    if (typeof child.records !== "object" || !child.records) child.records = {};
    delete child.format; delete child.version;
    return child;
  }
  function where(id) {
    if (memory[id]) return "page";
    if (readKey(session(), id)) return "session";
    return readKey(local(), id) ? "local" : null;
  }
  /* The child as this page knows it: what is open here (not kept, or not kept because storage refused), else stored. */
  function get(id) {
    if (memory[id]) {
      var child = copy(memory[id]);
      if (id === UNNAMED && child.keep === "none") {  /* ticks saved on another page or tab */
        var kept = readKey(local(), id);
        if (kept) Object.keys(kept.records).forEach(function (k) { if (!child.records[k]) child.records[k] = kept.records[k]; });
      }
      return child;
    }
    return readKey(session(), id) || readKey(local(), id) || (id === UNNAMED ? blank(UNNAMED) : null);
  }
  /* Only the parts that say nothing personal (the not-named child when it is not kept). */
  function plainOnly(child) {
    var out = blank(child.id, "");
    out.created = child.created; out.changed = child.changed;
    Object.keys(child.records).forEach(function (key) {
      var record = child.records[key], data = {};
      (record.plain || []).forEach(function (k) { if (record.data && k in record.data) data[k] = record.data[k]; });
      if (Object.keys(data).length) out.records[key] = { changed: record.changed, plain: record.plain, data: data };
    });
    return out;
  }
  function write(area, child) {
    var text = JSON.stringify(Object.assign({ format: "send-guide-child", version: VERSION }, child));
    area.setItem(CHILD + child.id, text);
  }
  /* Writes the child where its keep says and removes it from the other store.
     Returns {kept: "local"|"session"|"page", problem: null|"blocked"|"full"}; on a problem the page keeps it for the visit. */
  function persist(child) {
    delete child.unsaved;
    child.expires = expiry(child);
    var keepIt = child.keep !== "none", saved = keepIt ? child : child.id === UNNAMED ? plainOnly(child) : null;
    if (saved && !keepIt && !Object.keys(saved.records).length) saved = null;
    var target = child.keep === "session" ? session() : local(), other = child.keep === "session" ? local() : session();
    var result = { kept: keepIt ? (child.keep === "session" ? "session" : "local") : "page", problem: null };
    try {
      if (saved) { if (!target) throw { name: "SecurityError" }; write(target, saved); }
      else if (target) target.removeItem(CHILD + child.id);
      if (other) other.removeItem(CHILD + child.id);
    } catch (e) {
      result = { kept: "page", problem: isQuota(e) ? "full" : "blocked" };
      child.unsaved = true;
    }
    if (!keepIt || child.unsaved) memory[child.id] = copy(child); else delete memory[child.id];
    lastProblem = result.problem;
    return result;
  }
  function notify(event) { listeners.slice().forEach(function (fn) { fn(event || {}); }); }

  function current() {
    if (chosen === null) {
      var area = session(), id = area && area.getItem(CURRENT);
      var asked = /[?&]child=([a-z0-9]+)/.exec(window.location.search);
      chosen = asked ? asked[1] : id || UNNAMED;
    }
    if (chosen !== UNNAMED && !get(chosen)) chosen = UNNAMED;
    return chosen;
  }
  function choose(id) {
    chosen = get(id) ? id : UNNAMED;
    try { var area = session(); if (area) area.setItem(CURRENT, chosen); } catch (e) { /* the choice lasts for this page */ }
    notify({ type: "switch" });
  }

  /* Removes children whose 30 days are over (on every page of the guide). */
  function sweep() {
    var area = local(), now = Date.now();
    keys(area).forEach(function (key) {
      if (key.indexOf(CHILD) !== 0) return;
      var child = parse(area.getItem(key));
      if (child && child.expires && Date.parse(child.expires) < now) area.removeItem(key);
    });
  }
  /* Version 1 (one key per page, no children) becomes records of the not-named child; a key is removed only once written. */
  function migrate() {
    var area = local(), found = [];
    keys(area).forEach(function (key) {
      var m = /^send-guide:(checklist|template|calculator):([a-z0-9-]+)$/.exec(key);
      if (!m) return;
      var value = parse(area.getItem(key));
      if (!value || value.version !== 1) return;  /* unreadable or newer: kept aside, untouched */
      var kind = m[1], id = m[2], data = null, plain = [];
      if (kind === "checklist" && Array.isArray(value.ticked)) { data = { ticked: value.ticked }; plain = ["ticked"]; }
      if (kind === "template" && value.fields && typeof value.fields === "object") data = { fields: value.fields };
      if (kind === "calculator" && id === "v1" && typeof value.request === "string") { id = "assessment"; data = { answers: { request: value.request } }; }
      else if (kind === "calculator" && value.answers && typeof value.answers === "object") data = { answers: value.answers };
      if (data) found.push({ key: key, record: kind + "/" + id, data: data, plain: plain });
    });
    if (!found.length) return;
    found.sort(function (a, b) { return (a.key === "send-guide:calculator:v1") - (b.key === "send-guide:calculator:v1"); });
    var child = readKey(area, UNNAMED) || blank(UNNAMED), personal = false, when = stamp();
    found.forEach(function (item) {
      if (child.records[item.record] && item.key === "send-guide:calculator:v1") { item.keep = true; return; }  /* a newer save: left as it is */
      child.records[item.record] = { changed: when, plain: item.plain, data: item.data, migrated: true };
      if (!item.plain.length) personal = true;
    });
    if (personal && child.keep === "none") child.keep = "until-cleared";  /* it was kept until cleared */
    child.changed = when;
    if (persist(child).problem) return;  /* try again next time: nothing removed */
    found.forEach(function (item) { if (!item.keep) area.removeItem(item.key); });
  }

  var api = window.sendGuideRecords = {
    KEEPS: KEEPS,
    UNNAMED: UNNAMED,
    /* Every child kept on this device or open on this page, the most recently changed first. */
    children: function () {
      var ids = {};
      [local(), session()].forEach(function (area) {
        keys(area).forEach(function (key) { if (key.indexOf(CHILD) === 0) ids[key.slice(CHILD.length)] = true; });
      });
      Object.keys(memory).forEach(function (id) { ids[id] = true; });
      return Object.keys(ids).map(function (id) {
        var child = get(id);
        if (!child) return null;
        child.where = where(id);
        return child;
      }).filter(Boolean).sort(function (a, b) { return a.changed < b.changed ? 1 : -1; });
    },
    get: function (id) { return get(id); },
    current: current,
    choose: choose,
    create: function (name) {
      var from = get(current()), child = blank(newId(), String(name).trim().slice(0, 100));
      if (from) child.keep = from.keep;  /* a new pupil is kept like the one before: the switcher says how */
      var result = persist(child);
      choose(child.id);
      return Object.assign(child, result);
    },
    rename: function (id, name) {
      var child = get(id);
      if (!child) return null;
      child.name = String(name).trim().slice(0, 100); child.changed = stamp();
      var result = persist(child);
      notify({ type: "change" });
      return result;
    },
    remove: function (id) {
      [local(), session()].forEach(function (area) { if (area) area.removeItem(CHILD + id); });
      delete memory[id];
      if (current() === UNNAMED || id === UNNAMED) choose(UNNAMED); else notify({ type: "change" });
    },
    removeRecord: function (id, key) {
      var child = get(id);
      if (!child || !child.records[key]) return null;
      delete child.records[key]; child.changed = stamp();
      var result = persist(child);
      notify({ type: id === current() ? "switch" : "change" });
      return result;
    },
    setKeep: function (id, keep) {
      if (KEEPS.indexOf(keep) < 0) throw new Error("keep must be one of " + KEEPS.join(", "));
      var child = get(id) || blank(id);
      child.keep = keep; child.changed = stamp();
      var result = persist(child);
      notify({ type: "change" });
      return result;
    },
    /* Saves one record of the current child; the page keeps `data` whatever happens. */
    save: function (key, data, plain) {
      var id = current(), child = get(id) || blank(id);
      child.records[key] = { changed: stamp(), plain: plain || [], data: copy(data) };
      child.changed = child.records[key].changed;
      var result = persist(child);
      notify({ type: "save", key: key, result: result });
      return result;
    },
    problem: function () { return lastProblem; },
    /* Whether this browser lets the guide keep anything: null, "blocked" or "full" (tried with a small write). */
    check: function () {
      var area = local();
      if (!area) return "blocked";
      try { area.setItem(PREFIX + "check", "1"); area.removeItem(PREFIX + "check"); return null; } catch (e) { return isQuota(e) ? "full" : "blocked"; }
    },
    on: function (fn) { listeners.push(fn); },

    exportData: function (ids) {
      var children = api.children().filter(function (c) {
        return (!ids || ids.indexOf(c.id) >= 0) && (c.id !== UNNAMED || Object.keys(c.records).length);
      }).map(function (c) {
        var out = copy(c); delete out.where; delete out.unsaved; return out;
      });
      return { format: "send-guide-records", version: VERSION, exported: stamp(), children: children };
    },
    /* For an import (my-records.js): a new random child id, and a whole child written as its keep says
       ({problem} as for save); `undo` removes children by id from both stores. */
    newId: newId,
    put: function (child) { var result = persist(copy(child)); return result; },
    undo: function (ids) {
      ids.forEach(function (id) { [local(), session()].forEach(function (a) { if (a) a.removeItem(CHILD + id); }); delete memory[id]; });
    },
    changed: function () { notify({ type: "switch" }); },

    /* What Forget everything removes: the guide's own keys and Material's for this site, in both stores. */
    ownKeys: function () {
      var scope = window.__md_scope ? window.__md_scope.pathname + ".__" : null, found = [];
      [["local", local()], ["session", session()]].forEach(function (pair) {
        keys(pair[1]).forEach(function (key) {
          if (key.indexOf(PREFIX) === 0 || (scope && key.indexOf(scope) === 0)) found.push([pair[0], key]);
        });
      });
      return found;
    },
    /* Whether an earlier version's save for this page could not be read and is kept aside (never deleted). */
    keptAside: function (key) {
      var old = PREFIX + key.replace("/", ":");
      return api.ownKeys().some(function (k) { return k[1] === old || k[1].indexOf(old + ":backup-") === 0; });
    },
    inventory: function () {
      var children = api.children(), records = 0;
      children.forEach(function (c) { records += Object.keys(c.records).length; });
      return { children: children.filter(function (c) { return c.id !== UNNAMED; }).length, records: records,
        other: api.ownKeys().filter(function (k) { return k[1].indexOf(CHILD) !== 0; }).length };
    },
    forgetEverything: function () {
      api.ownKeys().forEach(function (pair) {
        var area = pair[0] === "local" ? local() : session();
        try { area.removeItem(pair[1]); } catch (e) { /* already gone */ }
      });
      memory = {}; chosen = UNNAMED;
      notify({ type: "switch" });
      return api.ownKeys().length === 0;
    },

    /* A page's record: see /work/coord/records-api.md. */
    slot: function (root) {
      var el = root.matches && root.matches("[data-record]") ? root : root.querySelector("[data-record]");
      var key = el.getAttribute("data-record"), plain = (el.getAttribute("data-record-plain") || "").split(" ").filter(Boolean);
      var switched = [];
      api.on(function (event) {
        if (event.type !== "switch") return;
        var data = slot.data(), child = slot.child();
        switched.forEach(function (fn) { fn(data, child); });
      });
      var slot = {
        key: key,
        element: el,
        data: function () { var child = get(current()), r = child && child.records[key]; return r ? copy(r.data) : {}; },
        save: function (data) { return api.save(key, data, plain); },
        onSwitch: function (fn) { switched.push(fn); },
        child: function () {
          var child = get(current()) || blank(UNNAMED);
          return { id: child.id, name: child.name, keep: child.keep, expires: child.expires };
        },
        name: function () { return (get(current()) || {}).name || ""; },
        uid: function (eventId, fallback) {
          var child = slot.child();
          return child.id !== UNNAMED ? eventId + "-" + child.id : eventId + "-" + fallback + "-" + api.deviceRef();
        }
      };
      return slot;
    },
    /* A random reference for this browser (not kept unless something else is): calendar ids of not-named records. */
    deviceRef: function () {
      if (!api._ref) api._ref = newId().slice(1, 7);
      return api._ref;
    },
    /* A name made safe for a file name: "Sam B." -> "sam-b". */
    fileName: function (name) {
      return String(name || "").toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
    },
    /* Fills every [data-field] of root from the record, saves {fields} as people type, and fills again on a switch. */
    bindFields: function (root, slot, options) {
      options = options || {};
      var fields = [].slice.call(root.querySelectorAll("[data-field]"));
      var nameField = root.querySelector('[data-field="pupil-name"], [data-field="child-name"], [data-field="young-person-name"]');
      function values() {
        var all = {};
        fields.forEach(function (f) { if (f.value) all[f.getAttribute("data-field")] = f.value; });
        return all;
      }
      function fill(data) {
        var given = (data && data.fields) || {};
        fields.forEach(function (f) { var v = given[f.getAttribute("data-field")]; f.value = typeof v === "string" ? v : ""; });
        if (nameField && !nameField.value && !Object.keys(given).length && slot.name()) nameField.value = slot.name();
        if (options.onFill) options.onFill(values());
      }
      function save() { return slot.save(Object.assign(slot.data(), { fields: values() })); }
      fill(slot.data());
      root.addEventListener("input", function (event) { if (event.target.hasAttribute("data-field")) save(); });
      slot.onSwitch(fill);
      return { values: values, save: save, fields: fields,
        clear: function () { fields.forEach(function (f) { f.value = ""; }); if (options.onFill) options.onFill({}); return save(); } };
    }
  };

  try { sweep(); migrate(); } catch (e) { /* storage blocked: nothing kept to tidy */ }
})();
