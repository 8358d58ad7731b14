/*
 * Download links (a.download): a document or export can take a while to prepare, so the page says
 * so in a status line (announced by screen readers) and says again when the file has started to
 * arrive. The link carries a one-off token; the server answers it with a short-lived cookie set
 * just before the first byte, which this script waits for. Loaded as a file, so the
 * Content-Security-Policy runs it; no inline handler.
 */
(function () {
  'use strict';
  var COOKIE = 'ascassure-download';

  function statusLine() {
    var line = document.getElementById('download-status');
    if (!line) {
      line = document.createElement('p');
      line.id = 'download-status';
      line.className = 'download-status';
      line.setAttribute('role', 'status');
      var main = document.getElementById('main') || document.body;
      main.insertBefore(line, main.firstChild);
    }
    return line;
  }

  function cookieValue(name) {
    var prefix = name + '=';
    var found = document.cookie.split('; ').filter(function (c) {
      return c.indexOf(prefix) === 0;
    })[0];
    return found ? found.substring(prefix.length) : null;
  }

  function newToken() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.download') : null;
    if (!link) {
      return;
    }
    var token = newToken();
    var url = new URL(link.href, document.baseURI);
    url.searchParams.set('downloadToken', token);
    link.href = url.toString();
    var cookiePath = '/' + url.pathname.split('/')[1];
    var name = link.textContent.trim();
    var line = statusLine();
    var started = Date.now();
    line.classList.add('busy');
    line.textContent = 'Preparing ' + name + '…';
    var timer = window.setInterval(function () {
      var seconds = Math.max(1, Math.round((Date.now() - started) / 1000));
      if (cookieValue(COOKIE) === token) {
        window.clearInterval(timer);
        document.cookie = COOKIE + '=; Max-Age=0; Path=' + cookiePath;
        line.classList.remove('busy');
        line.textContent = name + ': ready after ' + seconds + ' s, the download has started.';
      } else if (seconds > 300) {
        window.clearInterval(timer);
        line.classList.remove('busy');
        line.textContent = name + ' is still being prepared; it will arrive when it is ready.';
      } else if (seconds % 5 === 0) {
        line.textContent = 'Preparing ' + name + '… ' + seconds + ' s';
      }
    }, 500);
  });
})();
