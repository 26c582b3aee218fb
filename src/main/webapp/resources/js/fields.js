/*
 * Text fields that come filled in with a value people usually replace (class "replace-on-entry", e.g. the
 * session form's times): the click that enters the field selects the whole value, so typing replaces it
 * instead of adding to it ("09:0013:00"). Tab already selects it; a second click places the caret as usual.
 */
document.addEventListener('mousedown', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.classList.contains('replace-on-entry')
            || document.activeElement === input || input.disabled || input.readOnly) {
        return;
    }
    event.preventDefault();
    input.focus();
    input.select();
});
