// Downloads for every chart and table on a page. Charts are SVG drawn on the server with their title, legend and
// source line inside, so the SVG file is the chart itself and the PNG is that SVG drawn on a canvas at twice its
// size. A chart the page draws otherwise (the indicator page's interactive map) has its SVG fetched from the
// button's data-source, drawn on the server like the others. Tables download as CSV (UTF-8 with BOM; numbers
// unrounded from data-value, without thousands separators; a cell's data-csv-extra as one more field after it), led
// by the table's data-csv-note as a line of its own when it has one (the synthetic-data label); a cell that a
// spreadsheet would read as a formula is prefixed with an apostrophe, by the same rule as the server's writers
// (WelfareAtlas.Spreadsheets.FormulaNeutraliser; a browser test checks that both agree).
// The file follows the spreadsheets of the page's language, since a table is downloaded to be opened in one: on the
// Finnish and Swedish pages semicolon-separated with a decimal comma (Excel set to Finnish or Swedish splits a
// comma-separated file into nothing and reads "4.3" as a date), on the English pages comma-separated with a decimal
// point. The data API, JSON-stat, PX and XLSX exports are the language-neutral forms.
(function () {
  'use strict';

  function save(blob, name) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    // Revoked later, not at once: a browser may still be reading the blob when the click returns.
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
  }

  // The chart's SVG markup: fetched from data-source when the button has one, else the element on the page.
  function svgText(button, id) {
    if (button.dataset.source) {
      return fetch(button.dataset.source, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      });
    }
    const svg = document.getElementById(id);
    return Promise.resolve(svg ? new XMLSerializer().serializeToString(svg) : null);
  }

  function png(text, file) {
    const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const box = (root.getAttribute('viewBox') || '').split(/[\s,]+/).map(Number);
    const width = box[2] || Number(root.getAttribute('width'));
    const height = box[3] || Number(root.getAttribute('height'));
    const image = new Image();
    image.onload = function () {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(function (blob) { save(blob, file + '.png'); }, 'image/png');
    };
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
  }

  const pageLanguage = (document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
  const decimalComma = pageLanguage === 'fi' || pageLanguage === 'sv';
  const separator = decimalComma ? ';' : ',';
  const invariantNumber = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

  function neutralise(value) {
    const numeric = invariantNumber.test(value);
    return !numeric && /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? "'" + value : value;
  }

  // Exposed for the test that compares this rule with the server's.
  window.atlasNeutralise = neutralise;

  function csvCell(text) {
    let value = neutralise(String(text).replace(/\s+/g, ' ').trim());
    if (decimalComma && invariantNumber.test(value)) {
      value = value.replace('.', ',');
    }
    return /[",;\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }

  // A cell's field: its data-value (the number, unrounded, or the canonical period) when it has one. A cell without a
  // number (suppressed, missing, no data) has an empty data-value and exports what the reader sees instead, the status
  // word or the dash, so that a suppressed value is not an empty field like a missing one; text kept for screen
  // readers only (.visually-hidden) and parts exported elsewhere (data-csv-skip) are left out.
  function cellValue(cell) {
    const raw = cell.getAttribute('data-value');
    if (raw !== null && raw !== '') {
      return raw;
    }
    const visible = cell.cloneNode(true);
    visible.querySelectorAll('.visually-hidden, [data-csv-skip]').forEach(function (hidden) { hidden.remove(); });
    return visible.textContent;
  }

  function tableCsv(table) {
    const lines = [];
    if (table.dataset.csvNote) {
      lines.push(csvCell(table.dataset.csvNote));
    }
    table.querySelectorAll('tr').forEach(function (row) {
      const cells = [];
      row.querySelectorAll('th, td').forEach(function (cell) {
        cells.push(csvCell(cellValue(cell)));
        if (cell.hasAttribute('data-csv-extra')) {
          cells.push(csvCell(cell.getAttribute('data-csv-extra')));
        }
      });
      if (cells.length > 0) {
        lines.push(cells.join(separator));
      }
    });
    return '\ufeff' + lines.join('\r\n') + '\r\n';
  }

  document.addEventListener('click', function (event) {
    const button = event.target.closest('button[data-download-csv], button[data-download-svg], button[data-download-png]');
    if (!button) {
      return;
    }
    const file = button.dataset.file || 'welfare-atlas';
    if (button.dataset.downloadCsv) {
      const table = document.getElementById(button.dataset.downloadCsv);
      if (table) {
        save(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }), file + '.csv');
      }
      return;
    }
    const id = button.dataset.downloadSvg || button.dataset.downloadPng;
    const wantSvg = Boolean(button.dataset.downloadSvg);
    svgText(button, id).then(function (text) {
      if (!text) {
        return;
      }
      if (wantSvg) {
        save(new Blob([text], { type: 'image/svg+xml' }), file + '.svg');
      } else {
        png(text, file);
      }
    }).catch(function (error) {
      console.warn('The chart could not be downloaded: ' + error.message);
    });
  });
})();
