(function () {
  var KEY = 'annals-care';
  var root = document.documentElement;
  var stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { /* storage blocked: session only */ }
  if (stored === '1') root.classList.add('care');
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('care-toggle');
    if (!button) return;
    var sync = function () { button.setAttribute('aria-pressed', root.classList.contains('care') ? 'true' : 'false'); };
    sync();
    button.addEventListener('click', function () {
      var on = root.classList.toggle('care');
      try { localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* ignore */ }
      sync();
    });
  });
})();
