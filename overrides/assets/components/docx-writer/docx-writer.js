/* A Word (.docx) file made in the browser from what the person typed: nothing is sent anywhere.
   A .docx is a zip of a few XML parts; this writes them stored (not compressed), with each part's CRC-32.
   sendGuideDocx.blob({ title, author, blocks: [{ text, style: "Title"|"Heading1"|"Heading2"|"Label"|"Normal" }] })
   answers a Blob; sendGuideDocx.download(doc, fileName) saves it. Line breaks in a block's text are kept. */
(function () {
  "use strict";
  var W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  var CRC_TABLE = (function () {
    var table = [], c, n, k;
    for (n = 0; n < 256; n++) {
      for (c = n, k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();
  function crc32(bytes) {
    var crc = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  }
  function escape(text) {
    return String(text).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; })
      /* characters XML 1.0 does not allow (control characters pasted in) */
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
  }
  function paragraph(block) {
    var runs = String(block.text).split(/\r?\n/).map(function (line, n) {
      return (n ? "<w:br/>" : "") + '<w:t xml:space="preserve">' + escape(line) + "</w:t>";
    }).join("");
    var style = block.style && block.style !== "Normal" ? '<w:pPr><w:pStyle w:val="' + block.style + '"/></w:pPr>' : "";
    return "<w:p>" + style + "<w:r>" + runs + "</w:r></w:p>";
  }
  function style(id, name, size, bold, after) {
    return '<w:style w:type="paragraph" w:styleId="' + id + '"><w:name w:val="' + name + '"/><w:basedOn w:val="Normal"/>' +
      '<w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="' + after + '"/></w:pPr>' +
      "<w:rPr>" + (bold ? "<w:b/>" : "") + '<w:sz w:val="' + size + '"/></w:rPr></w:style>';
  }
  function parts(doc) {
    var now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    var body = doc.blocks.map(paragraph).join("");
    return [
      ["[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        "</Types>"],
      ["_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        "</Relationships>"],
      ["docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        "<dc:title>" + escape(doc.title) + "</dc:title><dc:creator>" + escape(doc.author) + "</dc:creator>" +
        "<cp:lastModifiedBy>" + escape(doc.author) + "</cp:lastModifiedBy>" +
        '<dcterms:created xsi:type="dcterms:W3CDTF">' + now + "</dcterms:created>" +
        '<dcterms:modified xsi:type="dcterms:W3CDTF">' + now + "</dcterms:modified></cp:coreProperties>"],
      ["word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        "</Relationships>"],
      ["word/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ' + W + ">" +
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/>' +
        '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>' +
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        style("Title", "Title", 40, true, 240) + style("Heading1", "heading 1", 32, true, 120) +
        style("Heading2", "heading 2", 28, true, 120) + style("Label", "Label", 24, true, 40) + "</w:styles>"],
      ["word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + W + "><w:body>" + body +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" ' +
        'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>']
    ];
  }
  /* A stored zip: local headers and data, then the central directory and its end record (all little-endian). */
  function zip(files) {
    var encoder = new TextEncoder(), chunks = [], central = [], offset = 0;
    function header(size) { var buffer = new DataView(new ArrayBuffer(size)); return buffer; }
    files.forEach(function (file) {
      var name = encoder.encode(file[0]), data = encoder.encode(file[1]), crc = crc32(data);
      var local = header(30);
      local.setUint32(0, 0x04034b50, true); local.setUint16(4, 20, true); local.setUint16(6, 0x0800, true);
      local.setUint16(8, 0, true); local.setUint16(10, 0, true); local.setUint16(12, 0x21, true);
      local.setUint32(14, crc, true); local.setUint32(18, data.length, true); local.setUint32(22, data.length, true);
      local.setUint16(26, name.length, true); local.setUint16(28, 0, true);
      var entry = header(46);
      entry.setUint32(0, 0x02014b50, true); entry.setUint16(4, 20, true); entry.setUint16(6, 20, true);
      entry.setUint16(8, 0x0800, true); entry.setUint16(10, 0, true); entry.setUint16(12, 0, true); entry.setUint16(14, 0x21, true);
      entry.setUint32(16, crc, true); entry.setUint32(20, data.length, true); entry.setUint32(24, data.length, true);
      entry.setUint16(28, name.length, true); entry.setUint32(42, offset, true);
      chunks.push(local.buffer, name, data);
      central.push(entry.buffer, name);
      offset += 30 + name.length + data.length;
    });
    var size = central.reduce(function (sum, part) { return sum + part.byteLength; }, 0), end = header(22);
    end.setUint32(0, 0x06054b50, true); end.setUint16(8, files.length, true); end.setUint16(10, files.length, true);
    end.setUint32(12, size, true); end.setUint32(16, offset, true);
    return new Blob(chunks.concat(central, [end.buffer]),
      { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  }
  window.sendGuideDocx = {
    blob: function (doc) { return zip(parts(doc)); },
    download: function (doc, fileName) {
      var link = document.createElement("a"), url = URL.createObjectURL(zip(parts(doc)));
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    }
  };
})();
