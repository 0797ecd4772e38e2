/* Search ranking for the SEND guide: appended to Material's search worker by macros/outputs/search_ranking.py.
 *
 * Material gives every page's search words (data/search.yml, its `tags` field) to Lunr, which matches every
 * query word as a prefix ("plan" finds "planning", "sen" finds "send"). Here:
 * - a search word or phrase matches only when all its words are in the query, as whole words, in any order
 *   and any form ("reviews of the EHCP" finds "EHCP review"); it counts for the page, not each section;
 * - "how", "the", "my" and the like are not matched as prefixes ("an" would find "another");
 * - a word that matches nothing ("tribunel", "reveiw") is read as the nearest word in the guide.
 * Titles, headings and text keep Material's prefix matching, so the results still follow as people type;
 * the field boosts in mkdocs.yml put titles and headings above search words, and search words above text.
 * Runs inside the worker, online and offline (iframe-worker), before the index is built.
 */
(function (lunr) {
  "use strict";
  if (!lunr || lunr.sendGuideRanking) return;   /* safe to run twice */

  var WORDS = "tags";          /* Material's field for the search words */
  var LONGEST_PHRASE = 5;      /* words in the longest search phrase (tests/test_search_data.py checks the data) */
  var QUERY_WORDS = 10;        /* query words tried in phrases: 637 look-ups at most */
  var NEGATIONS = /^(isnt|arent|wasnt|werent|dont|doesnt|didnt|wont|cant|couldnt|wouldnt|shouldnt|hasnt|havent|hadnt)$/;

  /* One form of a word: lower case, no apostrophes, Lunr's English stem ("reviews", "reviewed" -> "review").
     Lunr's stop words ("the", "a", "not") and "isn't" give "", so "naming a school" matches "naming the school". */
  function wordForm(word) {
    var plain = String(word).toLowerCase().replace(/['\u2019]/g, "");
    var token = new lunr.Token(plain, {});
    if (!/^[a-z0-9]+$/.test(plain) || NEGATIONS.test(plain) || !lunr.stopWordFilter(token)) return "";
    return lunr.stemmer(token).toString();
  }

  /* The different word forms of a text, sorted: what a phrase is matched by, whatever the order. */
  function wordForms(text) {
    var forms = String(text).replace(/['\u2019]/g, "").split(/[^A-Za-z0-9]+/).map(wordForm).filter(Boolean);
    return forms.filter(function (form, i) { return forms.indexOf(form) === i; }).sort();
  }

  /* A search phrase as one index token ("EHCP not followed" -> "ehcp_follow"). */
  function phraseToken(text) {
    return wordForms(text).join("_");
  }

  /* Every set of 1 to LONGEST_PHRASE of the query's word forms, as phrase tokens, with its size. */
  function phrasesIn(forms) {
    var phrases = [];
    (function grow(start, chosen) {
      if (chosen.length) phrases.push({ token: chosen.join("_"), size: chosen.length });
      if (chosen.length === LONGEST_PHRASE) return;
      for (var i = start; i < forms.length; i++) grow(i + 1, chosen.concat([forms[i]]));
    })(0, []);
    return phrases;
  }

  /* The guide's most used word within one or two letters of `word` (two from 8 letters), or "". */
  function nearestWord(index, word) {
    var near = index.tokenSet.intersect(lunr.TokenSet.fromFuzzyString(word, word.length >= 8 ? 2 : 1)).toArray();
    var best = "", most = 0;
    near.forEach(function (term) {
      if (!/^[a-z0-9]+$/.test(term)) return;
      var posting = index.invertedIndex[term], uses = 0;
      for (var field in posting) if (field !== "_index") uses += Object.keys(posting[field]).length;
      if (uses > most) { best = term; most = uses; }
    });
    return best;
  }

  /* Index: a page's search words become phrase tokens on the page's own entry; its sections get none. */
  var add = lunr.Builder.prototype.add;
  lunr.Builder.prototype.add = function (doc, attributes) {
    if (doc && Array.isArray(doc[WORDS])) {
      if (String(doc.location).indexOf("#") >= 0) delete doc[WORDS];
      else doc[WORDS] = doc[WORDS].map(phraseToken).filter(Boolean);
    }
    return add.call(this, doc, attributes);
  };

  /* Query: Material's query string ("sen* support* plan*") parsed as Lunr parses it. The typed words keep
     their prefix match in titles, headings and text; the search words are matched by exact phrase tokens. */
  lunr.Index.prototype.search = function (queryString) {
    var index = this;
    return this.query(function (query) {
      new lunr.QueryParser(queryString, query).parse();
      var others = query.allFields.filter(function (field) { return field !== WORDS; });
      var optional = lunr.Query.presence.OPTIONAL;
      var typed = query.clauses.filter(function (clause) {   /* not in a field the reader named ("title:x") */
        return clause.fields.length === query.allFields.length;
      });
      var meaningful = typed.filter(function (clause) { return wordForm(clause.term.replace(/\*/g, "")); });
      if (meaningful.length) query.clauses = query.clauses.filter(function (clause) {
        return typed.indexOf(clause) < 0 || meaningful.indexOf(clause) >= 0 || clause.presence !== optional;
      });
      var forms = [];
      typed.forEach(function (clause) {
        if (query.clauses.indexOf(clause) < 0) return;
        clause.fields = others;
        var word = clause.term.replace(/\*/g, "");
        if (!word || clause.presence === lunr.Query.presence.PROHIBITED) return;
        var known = index.tokenSet.intersect(lunr.TokenSet.fromString(word + "*")).toArray().length > 0;
        var nearest = !known && word.length >= 4 ? nearestWord(index, word) : "";
        if (nearest) clause.term = clause.term.replace(word, nearest);
        var form = wordForm(nearest || word);
        if (form && forms.indexOf(form) < 0 && forms.length < QUERY_WORDS) forms.push(form);
      });
      phrasesIn(forms.sort()).forEach(function (phrase) {
        query.clause({ term: phrase.token, fields: [WORDS], usePipeline: false, boost: phrase.size,
                       wildcard: lunr.Query.wildcard.NONE });
      });
    });
  };

  lunr.sendGuideRanking = { wordForms: wordForms, phraseToken: phraseToken };
})(self.lunr);
