// A running exam attempt: countdown, autosave with an offline queue, and staying in step with the
// server. The server owns the deadline; this page only shows it and submits at zero.
(function () {
    'use strict';

    const bar = document.getElementById('attempt-bar');
    if (!bar) {
        return;
    }
    const form = document.getElementById('answer-form');
    const timeUpForm = document.getElementById('time-up-form');
    const countdown = document.getElementById('countdown');
    const saveState = document.getElementById('save-state');
    const announcer = document.getElementById('time-announcer');
    const staleNotice = document.getElementById('stale-notice');
    const csrfHeader = document.querySelector('meta[name="csrf-header"]');
    const csrfToken = document.querySelector('meta[name="csrf-token"]');
    const storageKey = 'academy-attempt-' + bar.dataset.attempt;

    let deadline = Number(bar.dataset.deadline);
    let offset = Number(bar.dataset.now) - Date.now();
    let lastSequence = 0;
    let submitting = false;
    let sending = false;
    let announced = {};
    let debounce = null;

    function serverNow() {
        return Date.now() + offset;
    }

    function nextSequence() {
        lastSequence = Math.max(lastSequence + 1, Math.round(serverNow()));
        return lastSequence;
    }

    function showState(kind) {
        saveState.textContent = bar.dataset['msg' + kind.charAt(0).toUpperCase() + kind.slice(1)];
        saveState.dataset.state = kind;
        saveState.className = 'badge border ' + ({
            saved: 'text-bg-light', saving: 'text-bg-info', offline: 'text-bg-warning', closed: 'text-bg-secondary'
        }[kind] || 'text-bg-light');
    }

    // The queue of answers not yet confirmed by the server, kept across reloads and while offline.
    function pending() {
        try {
            return JSON.parse(localStorage.getItem(storageKey)) || {};
        } catch (e) {
            return {};
        }
    }

    function keep(queue) {
        try {
            if (Object.keys(queue).length === 0) {
                localStorage.removeItem(storageKey);
            } else {
                localStorage.setItem(storageKey, JSON.stringify(queue));
            }
        } catch (e) {
            // Storage full or blocked: the answer is still sent, only not kept across a reload.
        }
    }

    function fieldsOf(answerForm) {
        const fields = [];
        new FormData(answerForm).forEach(function (value, name) {
            if (name !== 'sequence' && name !== 'go' && name !== 'flagged') {
                fields.push([name, String(value)]);
            }
        });
        const flag = document.getElementById('flag-question');
        return { fields: fields, flagged: flag ? flag.checked : false };
    }

    function recordChange() {
        const state = fieldsOf(form);
        const sequence = nextSequence();
        form.elements.sequence.value = String(sequence);
        const queue = pending();
        queue[form.dataset.position] = {
            url: form.dataset.save, fields: state.fields, flagged: state.flagged, sequence: sequence
        };
        keep(queue);
        showState('saving');
    }

    async function flush() {
        if (sending) {
            return;
        }
        const queue = pending();
        const positions = Object.keys(queue);
        if (positions.length === 0) {
            return;
        }
        sending = true;
        try {
            for (const position of positions) {
                const entry = queue[position];
                const body = new URLSearchParams();
                entry.fields.forEach(function (field) {
                    body.append(field[0], field[1]);
                });
                body.append('flagged', entry.flagged ? 'true' : 'false');
                body.append('sequence', String(entry.sequence));
                const headers = { 'Accept': 'application/json' };
                if (csrfHeader && csrfToken) {
                    headers[csrfHeader.content] = csrfToken.content;
                }
                let response;
                try {
                    response = await fetch(entry.url, {
                        method: 'POST', headers: headers, body: body, credentials: 'same-origin', redirect: 'manual'
                    });
                } catch (e) {
                    showState('offline');
                    return;
                }
                if (response.status === 409) {
                    keep({});
                    showState('closed');
                    window.location.assign(bar.dataset.result);
                    return;
                }
                if (!response.ok) {
                    showState('offline');
                    return;
                }
                const answer = await response.json().catch(function () {
                    return {};
                });
                if (answer.status === 'stale' && form && position === form.dataset.position && staleNotice) {
                    staleNotice.classList.remove('d-none');
                }
                const now = pending();
                if (now[position] && now[position].sequence === entry.sequence) {
                    delete now[position];
                    keep(now);
                }
            }
            showState(Object.keys(pending()).length === 0 ? 'saved' : 'saving');
        } finally {
            sending = false;
        }
    }

    function schedule(delay) {
        clearTimeout(debounce);
        debounce = setTimeout(flush, delay);
    }

    // An answer kept from before a reload (or typed offline) is newer than what the page shows: put it back.
    function restore() {
        if (!form) {
            return;
        }
        const entry = pending()[form.dataset.position];
        if (!entry || entry.sequence <= Number(form.dataset.sequence)) {
            return;
        }
        Array.from(form.elements).forEach(function (element) {
            if (!element.name || element.name === 'sequence' || element.name === 'go') {
                return;
            }
            const values = entry.fields.filter(function (field) {
                return field[0] === element.name;
            }).map(function (field) {
                return field[1];
            });
            if (element.name === 'flagged') {
                element.checked = entry.flagged;
            } else if (element.type === 'radio' || element.type === 'checkbox') {
                element.checked = values.indexOf(element.value) >= 0;
            } else {
                element.value = values.length > 0 ? values[0] : '';
            }
        });
        form.elements.sequence.value = String(entry.sequence);
        lastSequence = Math.max(lastSequence, entry.sequence);
    }

    function format(ms) {
        const total = Math.max(0, Math.ceil(ms / 1000));
        const hours = Math.floor(total / 3600);
        const minutes = Math.floor((total % 3600) / 60);
        const seconds = total % 60;
        const two = function (n) {
            return (n < 10 ? '0' : '') + n;
        };
        return (hours > 0 ? hours + ':' + two(minutes) : two(minutes)) + ':' + two(seconds);
    }

    function announce(key, message) {
        if (!announced[key]) {
            announced[key] = true;
            announcer.textContent = message;
        }
    }

    async function timeUp() {
        if (submitting) {
            return;
        }
        submitting = true;
        if (form) {
            Array.from(form.elements).forEach(function (element) {
                element.disabled = true;
            });
        }
        announce('zero', bar.dataset.msgTimeUp);
        await flush();
        timeUpForm.submit();
    }

    function tick() {
        const left = deadline - serverNow();
        countdown.textContent = format(left);
        countdown.classList.toggle('text-danger', left <= 5 * 60 * 1000);
        if (left <= 5 * 60 * 1000 && left > 4 * 60 * 1000) {
            announce('five', bar.dataset.msgFive);
        }
        if (left <= 60 * 1000 && left > 0) {
            announce('one', bar.dataset.msgOne);
        }
        if (left <= 0 && saveState.dataset.state !== 'closed') {
            timeUp();
        }
    }

    // The server's view: a new deadline (extra time), a closed attempt, or a newer answer from another window.
    async function refresh() {
        let response;
        try {
            response = await fetch(bar.dataset.state, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
        } catch (e) {
            showState('offline');
            return;
        }
        if (!response.ok) {
            return;
        }
        const state = await response.json();
        offset = state.now - Date.now();
        if (state.deadline > deadline) {
            announced = {};
            announcer.textContent = bar.dataset.msgExtended;
        }
        deadline = state.deadline;
        if (state.status === 'FINISHED' || state.status === 'ABANDONED') {
            keep({});
            window.location.assign(bar.dataset.result);
            return;
        }
        if (form && staleNotice) {
            const serverSequence = state.sequences[form.dataset.position] || 0;
            const mine = Number(form.elements.sequence.value);
            if (serverSequence > mine && !pending()[form.dataset.position]) {
                staleNotice.classList.remove('d-none');
            }
        }
        if (Object.keys(pending()).length > 0) {
            flush();
        }
    }

    if (form) {
        restore();
        form.addEventListener('change', function () {
            recordChange();
            schedule(0);
        });
        form.addEventListener('input', function (event) {
            if (event.target.tagName === 'TEXTAREA' || event.target.type === 'text' || !event.target.type) {
                recordChange();
                schedule(800);
            }
        });
        form.addEventListener('submit', function (event) {
            if (!navigator.onLine) {
                event.preventDefault();
                showState('offline');
            } else {
                // The form itself carries the answer; the queued copy would only repeat it.
                const queue = pending();
                delete queue[form.dataset.position];
                keep(queue);
            }
        });
    }

    window.addEventListener('online', flush);
    window.addEventListener('offline', function () {
        showState('offline');
    });
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible') {
            refresh();
        }
    });
    setInterval(tick, 1000);
    setInterval(function () {
        if (Object.keys(pending()).length > 0) {
            flush();
        }
    }, 5000);
    setInterval(refresh, 30000);
    tick();
    if (Object.keys(pending()).length > 0) {
        showState('saving');
        flush();
    }
}());
