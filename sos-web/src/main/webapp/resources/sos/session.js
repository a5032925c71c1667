/*
 * Keeps the server session alive while the user works on a page without sending it anything (typing a long
 * form): after real input, at most one keep-alive per interval. An idle user still gets the idle monitor's warning.
 */
(function () {
    var script = document.currentScript;
    var every = Number(script && script.getAttribute('data-every')) || 300000;
    var last = Date.now();
    function active() {
        if (Date.now() - last > every && typeof window.sosKeepAlive === 'function') {
            last = Date.now();
            window.sosKeepAlive();
        }
    }
    ['keydown', 'mousedown', 'touchstart'].forEach(function (type) {
        document.addEventListener(type, active, {passive: true});
    });
})();
