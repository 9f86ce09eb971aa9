// Buttons of irreversible actions carry their question in data-confirm: the Content-Security-Policy runs no
// inline onclick="return confirm(…)". Asked in the capture phase, before the button's own (ajax) handler.
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-confirm]') : null;
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
