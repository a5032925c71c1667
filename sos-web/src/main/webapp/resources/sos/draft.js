/*
 * Drafts that survive: what is typed into a form marked data-draft="…" is kept in this browser's localStorage as
 * it is typed (nothing is sent anywhere), keyed by user, form and request id. Back on the form after a session
 * timeout, a lost connection, a crashed node or a closed tab, the page offers to restore it. A save the network or
 * the server did not answer says so instead of losing the page. A successful save and logging out clear the
 * user's drafts; a page of another user clears them as well (shared hospital PCs); no draft outlives 7 days; the
 * edit page of a request that is gone or no longer editable clears that request's draft.
 * Texts come from the resource bundle through this script element's data- attributes; no inline handlers (CSP).
 */
(function () {
    'use strict';
    var script = document.currentScript;
    var PREFIX = 'sos.draft|';
    var PENDING = 'sos.draft.pending';
    var MAX_AGE = 7 * 24 * 60 * 60 * 1000;
    var user = script && script.getAttribute('data-user');
    if (!user || !window.localStorage) {
        return;
    }
    var text = {
        prompt: script.getAttribute('data-prompt'),
        restore: script.getAttribute('data-restore'),
        discard: script.getAttribute('data-discard'),
        offline: script.getAttribute('data-offline'),
        restored: script.getAttribute('data-restored')
    };

    function keyOf(form, kind) {
        return PREFIX + encodeURIComponent(user) + '|' + (kind || form.getAttribute('data-draft')) + '|'
            + (form.getAttribute('data-draft-id') || 'new');
    }

    function userOf(key) {
        return decodeURIComponent(key.split('|')[1] || '');
    }

    function read(key) {
        try {
            return JSON.parse(localStorage.getItem(key));
        } catch (e) {
            return null;
        }
    }

    function each(callback) {
        var keys = [];
        for (var i = 0; i < localStorage.length; i++) {
            var key = localStorage.key(i);
            if (key && key.indexOf(PREFIX) === 0) {
                keys.push(key);
            }
        }
        keys.forEach(callback);
    }

    /** Drafts of another user (shared PCs) and drafts older than 7 days go; so do unreadable ones. */
    function purge() {
        var now = Date.now();
        each(function (key) {
            var draft = read(key);
            if (userOf(key) !== user || !draft || typeof draft.at !== 'number' || now - draft.at > MAX_AGE) {
                localStorage.removeItem(key);
            }
        });
    }

    /** Set by 「ログアウト」: a save still pending (a field left by that very click) must not bring a draft back. */
    var loggingOut = false;

    function clearUser() {
        loggingOut = true;
        each(function (key) {
            if (userOf(key) === user) {
                localStorage.removeItem(key);
            }
        });
    }

    /** The fields a user types: text, numbers, dates, text areas, selects, check boxes; never hidden state. */
    function fields(form) {
        return Array.prototype.filter.call(form.elements, function (el) {
            var type = (el.type || '').toLowerCase();
            return el.id && !el.disabled && ['hidden', 'submit', 'button', 'reset', 'file', 'password'].indexOf(type) < 0
                && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
        });
    }

    function valueOf(el) {
        var type = (el.type || '').toLowerCase();
        return type === 'checkbox' || type === 'radio' ? el.checked : el.value;
    }

    function snapshot(form) {
        var values = {};
        fields(form).forEach(function (el) {
            values[el.id] = valueOf(el);
        });
        return values;
    }

    function same(a, b) {
        return Object.keys(a).every(function (id) {
            return !(id in b) || a[id] === b[id];
        });
    }

    /** A PrimeFaces check box is driven through its visible box, so that the widget's look follows. */
    function set(el, value) {
        var type = (el.type || '').toLowerCase();
        if (type === 'checkbox' || type === 'radio') {
            if (el.checked !== value) {
                var wrapper = el.closest('.ui-chkbox, .ui-radiobutton');
                var box = wrapper && wrapper.querySelector('.ui-chkbox-box, .ui-radiobutton-box');
                if (box) {
                    box.click();
                } else {
                    el.checked = value;
                }
            }
            return;
        }
        if (el.value !== value) {
            el.value = value;
            if (window.jQuery) {
                window.jQuery(el).trigger('change'); // days-on-hand and the outlook warning follow
            }
        }
    }

    function formatTime(at) {
        var parts = {};
        new Intl.DateTimeFormat('ja-JP', {
            timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit',
            hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
        }).formatToParts(new Date(at)).forEach(function (p) {
            parts[p.type] = p.value;
        });
        return parts.year + '/' + parts.month + '/' + parts.day + ' ' + parts.hour + ':' + parts.minute;
    }

    function notice(form, className, id, role) {
        var region = document.getElementById(id);
        if (!region) {
            region = document.createElement('div');
            region.id = id;
            region.className = className;
            region.setAttribute('role', role);
            region.setAttribute('tabindex', '-1');
            form.parentNode.insertBefore(region, form);
        }
        region.textContent = '';
        return region;
    }

    function button(label, id, onClick) {
        var b = document.createElement('button');
        b.type = 'button';
        b.id = id;
        b.className = 'ui-button ui-widget ui-corner-all draft-button';
        b.textContent = label;
        b.addEventListener('click', onClick);
        return b;
    }

    /**
     * One form's draft. An ajax update of the whole form (update="@form") replaces the form element, so the form is
     * looked up by its id each time and events are listened to on the document.
     */
    function Draft(initial) {
        var formId = initial.id;
        var key = keyOf(initial);
        var pending = false;
        var timer = null;

        function current() {
            return document.getElementById(formId);
        }

        function save() {
            var form = current();
            if (pending || !form || loggingOut) {
                return; // the stored draft waits for 「復元する」 or 「破棄する」 and is not overwritten meanwhile
            }
            localStorage.setItem(key, JSON.stringify({at: Date.now(), path: location.pathname, values: snapshot(form)}));
        }

        function soon() {
            clearTimeout(timer);
            timer = setTimeout(save, 300);
        }

        function offer(draft) {
            pending = true;
            var region = notice(current(), 'draft-prompt', 'draftPrompt', 'alert');
            var p = document.createElement('p');
            p.id = 'draftPromptText';
            p.textContent = text.prompt.replace('{0}', formatTime(draft.at));
            region.setAttribute('aria-labelledby', 'draftPromptText');
            region.appendChild(p);
            region.appendChild(button(text.restore, 'draftRestore', function () {
                var form = current();
                fields(form).forEach(function (el) {
                    if (el.id in draft.values) {
                        set(el, draft.values[el.id]);
                    }
                });
                pending = false;
                region.textContent = '';
                var done = document.createElement('p');
                done.textContent = text.restored;
                region.setAttribute('role', 'status');
                region.appendChild(done);
                save();
                var first = fields(form)[0];
                if (first) {
                    first.focus();
                }
            }));
            region.appendChild(button(text.discard, 'draftDiscard', function () {
                pending = false;
                localStorage.removeItem(key);
                region.parentNode.removeChild(region);
            }));
            region.querySelector('#draftRestore').focus();
        }

        var stored = read(key);
        if (stored && stored.values && !same(stored.values, snapshot(initial))) {
            offer(stored);
        } else if (stored) {
            localStorage.removeItem(key); // nothing the form does not already show
        }

        return {
            formId: formId,
            contains: function (element) {
                var form = current();
                return !!(form && element && form.contains(element));
            },
            typed: soon,
            /** 「保存」: remembered for the page the save leads to (a redirect only follows a successful save). */
            saving: function () {
                save();
                sessionStorage.setItem(PENDING, JSON.stringify({key: key,
                    done: current().getAttribute('data-draft-done') || ''}));
            },
            saved: function () {
                clearTimeout(timer);
                localStorage.removeItem(key);
                sessionStorage.removeItem(PENDING);
                var offline = document.getElementById('draftOffline');
                if (offline) {
                    offline.parentNode.removeChild(offline);
                }
            },
            failed: function () {
                save();
                var region = notice(current(), 'draft-offline', 'draftOffline', 'alert');
                region.textContent = text.offline;
            }
        };
    }

    /** A save that redirected here (the request's page) succeeded: its draft goes. */
    function settlePendingSave() {
        var pendingSave;
        try {
            pendingSave = JSON.parse(sessionStorage.getItem(PENDING));
        } catch (e) {
            pendingSave = null;
        }
        if (pendingSave && pendingSave.done && location.pathname.slice(-pendingSave.done.length) === pendingSave.done) {
            localStorage.removeItem(pendingSave.key);
        }
        sessionStorage.removeItem(PENDING);
    }

    function owner(drafts, settings) {
        var source = settings && settings.source;
        var id = typeof source === 'string' ? source : source && source.id;
        var element = id ? document.getElementById(id) : null;
        return drafts.filter(function (d) {
            return d.contains(element);
        })[0];
    }

    function draftOf(drafts, target) {
        var form = target && target.closest ? target.closest('form[data-draft]') : null;
        return form ? drafts.filter(function (d) {
            return d.formId === form.id;
        })[0] : undefined;
    }

    function listen(drafts) {
        ['input', 'change', 'click', 'keyup'].forEach(function (type) {
            document.addEventListener(type, function (event) {
                var draft = draftOf(drafts, event.target);
                if (draft) {
                    draft.typed();
                }
            });
        });
        document.addEventListener('click', function (event) {
            var target = event.target.closest && event.target.closest('button, input[type=submit]');
            var draft = draftOf(drafts, target);
            if (draft && /:save$/.test(target.id || '')) {
                draft.saving();
            }
        }, true);
    }

    function idOf(key) {
        return key.split('|')[3];
    }

    /**
     * The server says which requests of this page are gone (deleted, or accepted and closed): their drafts are
     * ignored and cleared. [data-draft-gone] names one request; [data-draft-keep] lists every request that can still
     * be edited (the request list), so a draft of any other request of that kind goes.
     */
    function forgetGone() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-draft-gone]'), function (gone) {
            localStorage.removeItem(keyOf(gone, gone.getAttribute('data-draft-gone')));
        });
        Array.prototype.forEach.call(document.querySelectorAll('[data-draft-keep]'), function (keep) {
            var kind = PREFIX + encodeURIComponent(user) + '|' + keep.getAttribute('data-draft-keep') + '|';
            var ids = (keep.getAttribute('data-draft-ids') || '').split(',');
            each(function (key) {
                if (key.indexOf(kind) === 0 && idOf(key) !== 'new' && ids.indexOf(idOf(key)) < 0) {
                    localStorage.removeItem(key);
                }
            });
        });
    }

    function start() {
        purge();
        forgetGone();
        settlePendingSave();
        var drafts = Array.prototype.map.call(document.querySelectorAll('form[data-draft]'), Draft);
        ['logout', 'idleLogout'].forEach(function (id) {
            var form = id === 'logout' ? 'userForm' : 'sessionForm';
            var b = document.getElementById(form + ':' + id);
            if (b) {
                b.addEventListener('click', clearUser, true);
            }
        });
        if (drafts.length === 0) {
            return;
        }
        listen(drafts);
        if (!window.jQuery) {
            return;
        }
        var $ = window.jQuery;
        $(document).on('change', 'form[data-draft]', function (event) {
            var draft = draftOf(drafts, event.target); // PrimeFaces widgets trigger change through jQuery only
            if (draft) {
                draft.typed();
            }
        });
        $(document).on('pfAjaxError', function (event, xhr, settings) {
            var draft = owner(drafts, settings);
            if (draft) {
                draft.failed();
            }
        });
        $(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
            var draft = owner(drafts, settings);
            if (!draft) {
                return;
            }
            if (xhr && xhr.status === 0) {
                draft.failed();
            } else if (args && args.draftSaved) {
                draft.saved();
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
