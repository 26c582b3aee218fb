/*
 * The check-in desk (admin/attendance/desk.xhtml). Admits people by the code on their badge: typed, sent by a
 * handheld scanner (which types the code and Enter), or read from the camera (frames go to the server, which
 * reads them with ZXing). Each scan carries this device's own nonce, so the server applies it once. When the
 * network is gone, scans wait in this browser's storage and are sent, oldest first, when it is back; what
 * turns out wrong then is listed under "to check". Texts come from the page (data-text-*), in its language.
 */
(function () {
    'use strict';

    var desk, texts = {}, eventId, context, token, device, queue, counter, busy = false, sending = false;
    var camera = {stream: null, timer: null, busy: false, lastCode: null, lastAt: 0};
    var audio = null;

    function text(key, args) {
        var value = texts[key] || key;
        (args || []).forEach(function (arg, i) {
            value = value.split('{' + i + '}').join(arg == null ? '' : arg);
        });
        return value;
    }

    function el(id) {
        return document.getElementById(id);
    }

    function storageKey(name) {
        return 'samverka.desk.' + name + '.' + eventId;
    }

    function load(name, fallback) {
        try {
            var stored = window.localStorage.getItem(storageKey(name));
            return stored == null ? fallback : JSON.parse(stored);
        } catch (e) {
            return fallback;
        }
    }

    function save(name, value) {
        try {
            window.localStorage.setItem(storageKey(name), JSON.stringify(value));
        } catch (e) {
            /* private mode: the queue lives as long as the page */
        }
    }

    function deviceName() {
        var name = window.localStorage.getItem('samverka.desk.device');
        if (!name) {
            var bytes = new Uint8Array(6);
            window.crypto.getRandomValues(bytes);
            name = 'desk-' + Array.prototype.map.call(bytes, function (b) {
                return ('0' + b.toString(16)).slice(-2);
            }).join('');
            window.localStorage.setItem('samverka.desk.device', name);
        }
        return name;
    }

    function place() {
        var value = el('place').value.split(':');
        return value[0] === 'session' ? {sessionId: Number(value[1])} : {day: value[1]};
    }

    function api(method, path, body, type) {
        var headers = {'Accept': 'application/json, application/problem+json', 'X-CSRF-Token': token};
        if (body != null) {
            headers['Content-Type'] = type || 'application/json';
        }
        return window.fetch(context + '/api' + path, {
            method: method, headers: headers, credentials: 'same-origin',
            body: body == null ? undefined : (type ? body : JSON.stringify(body))
        });
    }

    /* ---- the result panel ---- */

    function show(state, headline, name, detail, checkIn) {
        var result = el('result');
        result.className = 'result state-' + state;
        el('result-text').textContent = headline;
        el('result-name').textContent = name || '';
        el('result-detail').textContent = detail || '';
        var needs = el('result-needs');
        needs.textContent = '';
        var actions = el('result-actions');
        actions.textContent = '';
        if (checkIn) {
            if (checkIn.dietary) {
                addItem(needs, text('dietary') + ': ' + checkIn.dietary);
            }
            if (checkIn.accessibility) {
                addItem(needs, text('accessibility') + ': ' + checkIn.accessibility);
            }
            if (state === 'checked-in') {
                actions.appendChild(button(text('undo'), 'undo', function () {
                    undo(checkIn);
                }));
            }
            actions.appendChild(link(text('correct'), context + '/admin/attendance/person.xhtml?event=' + eventId
                + '&registration=' + checkIn.registrationId, 'correct'));
            actions.appendChild(link(text('badge'), context + '/api/events/' + eventId + '/badges.pdf?layout=A6&ids='
                + checkIn.registrationId, 'badge'));
        }
        beep(state);
    }

    function addItem(list, value) {
        var item = document.createElement('li');
        item.textContent = value;
        list.appendChild(item);
        return item;
    }

    function button(label, id, action) {
        var b = document.createElement('button');
        b.type = 'button';
        b.id = id;
        b.className = 'secondary-button';
        b.textContent = label;
        b.addEventListener('click', action);
        return b;
    }

    function link(label, href, id) {
        var a = document.createElement('a');
        a.href = href;
        a.id = id;
        a.textContent = label;
        if (id === 'badge') {
            a.target = '_blank';
            a.rel = 'noopener';
        }
        return a;
    }

    function recent(name, state) {
        var item = document.createElement('li');
        var time = new Date().toLocaleTimeString(document.documentElement.lang || 'sv',
            {hour: '2-digit', minute: '2-digit'});
        item.textContent = time + ' – ' + name + ' – ' + state;
        var list = el('recent');
        list.insertBefore(item, list.firstChild);
        while (list.children.length > 10) {
            list.removeChild(list.lastChild);
        }
    }

    function beep(state) {
        if (!el('sound').checked || !(window.AudioContext || window.webkitAudioContext)) {
            return;
        }
        audio = audio || new (window.AudioContext || window.webkitAudioContext)();
        var tone = audio.createOscillator();
        var gain = audio.createGain();
        tone.frequency.value = state === 'checked-in' ? 880 : state === 'already' ? 660 : 220;
        gain.gain.value = 0.15;
        tone.connect(gain).connect(audio.destination);
        tone.start();
        tone.stop(audio.currentTime + (state === 'checked-in' ? 0.15 : 0.45));
    }

    /* ---- admitting ---- */

    function answered(response, scan) {
        return response.json().catch(function () {
            return {};
        }).then(function (body) {
            if (response.status === 201 || response.status === 200) {
                var already = body.alreadyCheckedIn;
                if (already) {
                    show('already', text('already'), body.name, text('already-detail',
                        [formatTime(body.checkedInAt), body.checkedInBy]), body);
                } else {
                    show('checked-in', text('checked-in'), body.name, body.organisation, body);
                }
                recent(body.name, already ? text('already') : text('checked-in'));
                return {done: true, body: body};
            }
            if (response.status === 404 || response.status === 409) {
                var state = response.status === 404 ? 'unknown' : 'refused';
                show(state, state === 'unknown' ? text('unknown') : text('refused'), scan.code, body.detail);
                recent(scan.code, body.detail || text('refused'));
                return {done: true, refused: true, body: body};
            }
            return {done: false, status: response.status, body: body};
        });
    }

    function formatTime(isoLocal) {
        return isoLocal ? isoLocal.replace('T', ' ').substring(0, 16) : '';
    }

    function checkIn(code) {
        var scan = Object.assign({code: code, nonce: device + ':' + (++counter), at: new Date().toISOString()}, place());
        save('counter', counter);
        if (!window.navigator.onLine && queue.length > 0) {
            return Promise.resolve(enqueue(scan));
        }
        return api('POST', '/events/' + eventId + '/checkins', scan).then(function (response) {
            if (response.status >= 500 || response.status === 0) {
                return enqueue(scan);
            }
            if (response.status === 401 || response.status === 403) {
                show('refused', text('logged-out'), code, '');
                return;
            }
            return answered(response, scan).then(function (result) {
                if (!result.done) {
                    show('refused', text('error'), code, (result.body && result.body.detail) || '');
                }
            });
        }, function () {
            return enqueue(scan);
        });
    }

    function enqueue(scan) {
        queue.push(scan);
        save('queue', queue);
        show('queued', text('queued'), scan.code, text('queued-detail'));
        recent(scan.code, text('queued'));
        updateQueue();
    }

    function updateQueue() {
        el('queue-status').textContent = queue.length === 0 ? text('none-waiting')
            : text(queue.length === 1 ? 'one-waiting' : 'waiting', [queue.length])
                + (window.navigator.onLine ? '' : ' ' + text('offline'));
        el('queue-status').className = 'queue-status' + (queue.length > 0 ? ' waiting' : '');
    }

    /** Sends what waits, oldest first; stops at the first scan the network does not take. */
    function flush() {
        if (sending || queue.length === 0) {
            return;
        }
        sending = true;
        var scan = queue[0];
        api('POST', '/events/' + eventId + '/checkins', scan).then(function (response) {
            if (response.status >= 500) {
                throw new Error('server');
            }
            return response.json().catch(function () {
                return {};
            }).then(function (body) {
                queue.shift();
                save('queue', queue);
                if (response.status === 404 || response.status === 409) {
                    toCheck(scan.code + ': ' + (body.detail || response.status));
                }
                updateQueue();
                sending = false;
                flush();
            });
        }).catch(function () {
            sending = false;
            updateQueue();
        });
    }

    function toCheck(description) {
        var stored = load('toCheck', []);
        stored.push(description);
        save('toCheck', stored);
        renderToCheck();
    }

    function renderToCheck() {
        var stored = load('toCheck', []);
        var list = el('to-check');
        list.textContent = '';
        stored.forEach(function (item) {
            addItem(list, item);
        });
        el('to-check-section').hidden = stored.length === 0;
    }

    function undo(checkIn) {
        api('DELETE', '/checkins/' + checkIn.id).then(function (response) {
            if (response.status === 204) {
                show('undone', text('undone'), checkIn.name, '');
                recent(checkIn.name, text('undone'));
            }
        });
    }

    /* ---- finding by name ---- */

    function search(words) {
        var section = el('search-results-section');
        var list = el('search-results');
        return api('GET', '/events/' + eventId + '/checkins/search?q=' + encodeURIComponent(words))
            .then(function (response) {
                return response.json();
            }).then(function (people) {
                list.textContent = '';
                section.hidden = false;
                if (!people.length) {
                    addItem(list, text('no-match'));
                    return;
                }
                people.forEach(function (person) {
                    var item = addItem(list, person.name + ', ' + person.organisation + ' ');
                    item.appendChild(button(text('choose'), 'choose-' + person.registrationId, function () {
                        section.hidden = true;
                        checkIn(person.code).then(focusCode);
                    }));
                });
                var first = list.querySelector('button');
                if (first) {
                    first.focus();
                }
            }, function () {
                section.hidden = false;
                list.textContent = '';
                addItem(list, text('offline'));
            });
    }

    function focusCode() {
        var input = el('code');
        input.value = '';
        input.focus();
    }

    function submitted(event) {
        event.preventDefault();
        var typed = el('code').value.trim();
        if (!typed || busy) {
            return;
        }
        busy = true;
        var done = function () {
            busy = false;
        };
        if (/^[A-Za-z0-9]{4,12}$/.test(typed) && (/\d/.test(typed) || typed === typed.toUpperCase())) {
            checkIn(typed.toUpperCase()).then(focusCode).then(done, done);
        } else {
            el('code').value = '';
            search(typed).then(done, done);
        }
    }

    /* ---- the camera ---- */

    function toggleCamera() {
        if (camera.stream) {
            stopCamera();
            return;
        }
        if (!window.navigator.mediaDevices || !window.navigator.mediaDevices.getUserMedia) {
            show('refused', text('camera-off'), '', '');
            return;
        }
        window.navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}, audio: false})
            .then(function (stream) {
                camera.stream = stream;
                var video = el('camera-view');
                video.srcObject = stream;
                video.hidden = false;
                video.play();
                el('camera').textContent = text('camera-on');
                camera.timer = window.setInterval(captureFrame, 400);
            }, function () {
                show('refused', text('camera-off'), '', '');
            });
    }

    function stopCamera() {
        window.clearInterval(camera.timer);
        camera.stream.getTracks().forEach(function (track) {
            track.stop();
        });
        camera.stream = null;
        el('camera-view').hidden = true;
        el('camera').textContent = text('camera-start');
    }

    function captureFrame() {
        var video = el('camera-view');
        if (camera.busy || !video.videoWidth) {
            return;
        }
        if (!window.navigator.onLine) {
            el('queue-status').textContent = text('camera-offline');
            return;
        }
        var scale = Math.min(1, 800 / Math.max(video.videoWidth, video.videoHeight));
        var canvas = el('camera-frame');
        canvas.width = Math.round(video.videoWidth * scale);
        canvas.height = Math.round(video.videoHeight * scale);
        canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
        camera.busy = true;
        canvas.toBlob(function (frame) {
            api('POST', '/events/' + eventId + '/checkins/frame', frame, 'image/jpeg').then(function (response) {
                return response.json();
            }).then(function (found) {
                var now = Date.now();
                if (found.code && !(found.code === camera.lastCode && now - camera.lastAt < 5000)) {
                    camera.lastCode = found.code;
                    camera.lastAt = now;
                    return checkIn(found.code);
                }
            }).then(function () {
                camera.busy = false;
            }, function () {
                camera.busy = false;
            });
        }, 'image/jpeg', 0.85);
    }

    /* ---- start ---- */

    function start() {
        desk = el('desk');
        if (!desk) {
            return;
        }
        Object.keys(desk.dataset).forEach(function (key) {
            if (key.indexOf('text') === 0) {
                texts[key.substring(4).replace(/[A-Z]/g, function (c) {
                    return '-' + c.toLowerCase();
                }).substring(1)] = desk.dataset[key];
            }
        });
        eventId = desk.dataset.event;
        context = desk.dataset.context || ''; // an empty context path leaves the attribute out
        token = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
        device = deviceName();
        queue = load('queue', []);
        counter = load('counter', 0);
        var chosen = load('place', desk.dataset.defaultPlace);
        el('place').value = chosen;
        if (el('place').value !== chosen) {
            el('place').value = desk.dataset.defaultPlace;
        }
        el('place').addEventListener('change', function () {
            save('place', el('place').value);
            focusCode();
        });
        el('scan-form').addEventListener('submit', submitted);
        el('camera').addEventListener('click', toggleCamera);
        window.addEventListener('online', flush);
        window.setInterval(flush, 5000);
        updateQueue();
        renderToCheck();
        flush();
        el('code').focus();
    }

    document.addEventListener('DOMContentLoaded', start);
}());
