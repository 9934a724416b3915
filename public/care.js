/* Annals care mode (关怀版): large text, high contrast, big targets. Loaded blocking in
   <head> from a file (no inline script, so a strict CSP holds) so the chosen mode applies
   before first paint and the page never flashes. The toggle is in the page from the first
   paint (so showing it shifts nothing) and hidden by CSS only when scripting is off. */
(function () {
  var KEY = 'annals-care';
  var root = document.documentElement;
  var stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { /* storage blocked: session only */ }
  if (stored === '1') root.classList.add('care');
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('care-toggle');
    if (!button) return;
    var sync = function () {
      var on = root.classList.contains('care');
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
    };
    sync();
    button.addEventListener('click', function () {
      var on = root.classList.toggle('care');
      try { localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* ignore */ }
      sync();
    });
  });
})();
