/*
 * The vote's confirmation step: encrypts the voter's choice in the browser (urn/README.md) and puts the
 * ballot in the form, shows its tracker (the receipt) and offers the Benaloh challenge ("Vérifier le
 * chiffrement": the ballot is opened, checked, discarded, and a fresh one is encrypted).
 *
 * Contract with the page (no inline script, works under CSP script-src 'self'):
 *   <div id="urn" data-election-url data-question data-choice data-pseudonym data-choice-label
 *        data-text-working data-text-ready data-text-error data-text-audit-ok ({0} = choice label)
 *        data-text-audit-ko [data-text-audit-details]>
 *     #urn-status (aria-live), #urn-tracker-line (hidden) > #urn-tracker-label + #urn-tracker,
 *     button#urn-audit (hidden), #urn-audit-result (aria-live)
 *   </div>
 *   <input type="hidden" data-urn-ballot> in the form that casts the vote.
 * Without JavaScript, or when anything fails, the input stays empty and the server encrypts the ballot
 * on the voter's behalf.
 */
import { encryptBallot, auditBallot } from './urn/index.js';

/** How long a voter who already clicked "submit" waits for the election before the server encrypts. */
const FETCH_TIMEOUT_MS = 15000;
const DEFAULT_AUDIT_DETAILS = 'Le bulletin audité et ses aléas, pour le vérifier ailleurs';

function index(value, what) {
    if (typeof value !== 'string' || !/^[0-9]{1,6}$/.test(value)) {
        throw new Error('data-' + what + ' must be a non-negative integer');
    }
    return Number.parseInt(value, 10);
}

function nextFrame() {
    // Lets the browser paint the "working" status before the (synchronous) encryption.
    // (setTimeout, not requestAnimationFrame: that one never fires in a background tab.)
    return new Promise((resolve) => setTimeout(resolve, 16));
}

function setup(root) {
    const byId = (id) => document.getElementById(id);
    const status = byId('urn-status');
    const trackerLine = byId('urn-tracker-line');
    const trackerLabel = byId('urn-tracker-label');
    const tracker = byId('urn-tracker');
    const auditButton = byId('urn-audit');
    const auditResult = byId('urn-audit-result');
    const input = document.querySelector('input[data-urn-ballot]');
    const form = input ? input.form : null;
    const data = root.dataset;

    let electionText = null;
    let current = null; // {ballot, tracker, nonces} not yet audited, the one in the form
    let working = false;
    let waitingSubmitter; // undefined: no submit waiting; null or a button: resubmit when ready

    if (trackerLine && !trackerLine.hasAttribute('aria-live')) {
        // The tracker line is filled once visible: announced as a live region.
        trackerLine.setAttribute('aria-live', 'polite');
        trackerLine.setAttribute('aria-atomic', 'true');
    }

    function setStatus(text) {
        if (status) {
            status.textContent = text || '';
        }
    }

    function clearBallot() {
        current = null;
        if (input) {
            input.value = '';
        }
        if (trackerLine) {
            trackerLine.hidden = true;
        }
        if (tracker) {
            tracker.textContent = '';
        }
        if (auditButton) {
            auditButton.setAttribute('aria-disabled', 'true');
        }
    }

    function showBallot(result) {
        current = result;
        input.value = result.ballot;
        if (trackerLine) {
            trackerLine.hidden = false;
        }
        if (trackerLabel) {
            trackerLabel.textContent = data.textReady || '';
        }
        if (tracker) {
            tracker.textContent = result.tracker;
        }
        if (auditButton) {
            auditButton.hidden = false;
            auditButton.removeAttribute('aria-disabled');
        }
        setStatus('');
    }

    function fail(error) {
        clearBallot();
        if (auditButton) {
            auditButton.hidden = true;
        }
        setStatus(data.textError);
        if (typeof console !== 'undefined' && console.error) {
            console.error('urn:', error);
        }
    }

    async function fetchElection() {
        const url = data.electionUrl;
        if (!url) {
            throw new Error('no data-election-url');
        }
        const controller = typeof AbortController === 'function' ? new AbortController() : null;
        const timer = controller ? setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS) : null;
        try {
            const response = await fetch(url, {
                credentials: 'same-origin',
                headers: { Accept: 'application/json' },
                signal: controller ? controller.signal : undefined,
            });
            if (!response.ok) {
                throw new Error('election: HTTP ' + response.status);
            }
            // The body IS the election's exact serialisation: its fingerprint is H_json of this text.
            return await response.text();
        } finally {
            if (timer !== null) {
                clearTimeout(timer);
            }
        }
    }

    async function encrypt() {
        working = true;
        clearBallot();
        setStatus(data.textWorking);
        try {
            if (!input) {
                throw new Error('no input[data-urn-ballot] in the page');
            }
            const question = index(data.question, 'question');
            const choice = index(data.choice, 'choice');
            if (electionText === null) {
                electionText = await fetchElection();
            }
            await nextFrame();
            showBallot(encryptBallot(electionText, question, choice, data.pseudonym));
        } catch (error) {
            fail(error);
        } finally {
            working = false;
            releaseSubmit();
        }
    }

    function releaseSubmit() {
        if (waitingSubmitter === undefined || !form) {
            return;
        }
        const submitter = waitingSubmitter;
        waitingSubmitter = undefined;
        if (typeof form.requestSubmit === 'function') {
            // Keeps the clicked button's name=value in the request (JSF finds its action by it).
            form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
            return;
        }
        if (submitter && submitter.name) {
            const carrier = document.createElement('input');
            carrier.type = 'hidden';
            carrier.name = submitter.name;
            carrier.value = submitter.value;
            form.appendChild(carrier);
        }
        form.submit();
    }

    if (form) {
        const cast = byId('confirm:cast');
        form.addEventListener('submit', (event) => {
            // Another button of the form (e.g. "back") needs no ballot: it goes at once.
            if (!working || (cast && event.submitter && event.submitter !== cast)) {
                return;
            }
            // The ballot is being encrypted: submit once it is ready (or once it failed: then the server encrypts).
            event.preventDefault();
            if (waitingSubmitter === undefined) {
                waitingSubmitter = event.submitter || cast || null;
            }
        });
    }

    function renderAudit(audited, ok) {
        if (!auditResult) {
            return;
        }
        auditResult.textContent = '';
        const verdict = document.createElement('p');
        verdict.textContent = ok
            ? (data.textAuditOk || '').split('{0}').join(data.choiceLabel || '')
            : data.textAuditKo || '';
        auditResult.appendChild(verdict);

        const details = document.createElement('details');
        const summary = document.createElement('summary');
        summary.textContent = data.textAuditDetails || DEFAULT_AUDIT_DETAILS;
        details.appendChild(summary);
        const list = document.createElement('dl');
        const entry = (name, value) => {
            const dt = document.createElement('dt');
            dt.textContent = name;
            const dd = document.createElement('dd');
            const pre = document.createElement('pre');
            pre.textContent = value;
            dd.appendChild(pre);
            list.appendChild(dt);
            list.appendChild(dd);
        };
        entry('tracker', audited.tracker);
        entry('ballot', audited.ballot);
        entry('nonces', JSON.stringify(audited.nonces.map((r) => r.toString(10))));
        entry('election', data.electionUrl || '');
        details.appendChild(list);
        auditResult.appendChild(details);
    }

    if (auditButton) {
        auditButton.addEventListener('click', () => {
            if (working || current === null) {
                return;
            }
            // Benaloh challenge: the opened ballot is discarded, never cast.
            const audited = current;
            clearBallot();
            let ok = false;
            try {
                ok = auditBallot(electionText, audited.ballot, audited.nonces) === index(data.choice, 'choice');
            } catch (error) {
                if (typeof console !== 'undefined' && console.error) {
                    console.error('urn audit:', error);
                }
                ok = false;
            }
            renderAudit(audited, ok);
            if (ok) {
                encrypt();
            } else {
                // The encryption cannot be trusted: no new ballot; the page tells the voter not to vote.
                auditButton.hidden = true;
                setStatus('');
            }
        });
    }

    encrypt();
}

function start() {
    const root = document.getElementById('urn');
    if (root) {
        setup(root);
    }
}

if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
} else {
    start();
}
