/* The organiser's timetable (admin/program/timetable.xhtml), an extender of p:schedule. */
function samverkaTimetable() {
    var hm = { hour: '2-digit', minute: '2-digit', hour12: false };
    this.cfg.options.eventTimeFormat = hm;
    this.cfg.options.slotLabelFormat = hm;
    // Sessions are links to their form (keyboard: Tab, Enter); a link must not start the browser's own
    // drag and drop, or the calendar never sees the mouse move.
    this.cfg.options.eventDidMount = function (info) {
        info.el.setAttribute('draggable', 'false');
    };
    // When ajax renders the schedule anew, let go of the old calendar (its resize handling would
    // otherwise keep measuring elements that are gone).
    var release = function () {
        if (this.calendar) {
            this.calendar.destroy();
            this.calendar = null;
        }
    };
    this.addRefreshListener(release);
    this.addDestroyListener(release);
}
