'use strict';

// Renders the view pushed by /api/events; the page is never reloaded.
(function () {
	const GROUPS = ['refreshScope', 'configurationProperties', 'environment'];

	// the key last written with the form, and whether the application rejected it
	let lastWritten = null;

	// whether the event stream has rendered a view, newer than the first fetch's
	let streamed = false;

	function byId(id) {
		return document.getElementById(id);
	}

	function cell(row, text, className) {
		const td = row.insertCell();
		td.textContent = text;
		if (className) {
			td.className = className;
		}
		return td;
	}

	function show(value) {
		if (value === null || value === undefined) {
			return '(none)';
		}
		return (value === '') ? '(empty)' : value;
	}

	function renderGroup(name, values, changedKeys) {
		const list = byId(name);
		list.replaceChildren();
		Object.entries(values).forEach(([key, value]) => {
			const dt = document.createElement('dt');
			dt.textContent = key;
			const dd = document.createElement('dd');
			dd.id = 'value-' + key;
			dd.textContent = show(value);
			if (changedKeys.has(key)) {
				dd.classList.add('flash');
			}
			list.append(dt, dd);
		});
	}

	function renderChanges(changes) {
		const body = byId('changes');
		body.replaceChildren();
		changes.forEach((change) => {
			const row = body.insertRow();
			cell(row, new Date(change.time).toLocaleTimeString(), 'time');
			cell(row, change.key, 'key');
			cell(row, show(change.oldValue) + ' \u2192 ' + show(change.newValue));
		});
		byId('no-changes').hidden = changes.length > 0;
	}

	function renderKeys(keys) {
		const body = byId('keys');
		const options = byId('known-keys');
		body.replaceChildren();
		options.replaceChildren();
		keys.forEach((entry) => {
			const row = body.insertRow();
			cell(row, entry.key, 'key');
			cell(row, show(entry.value));
			const origin = cell(row, entry.origin, 'origin');
			if (entry.document) {
				const badge = document.createElement('span');
				badge.className = 'badge';
				badge.textContent = 'document';
				origin.append(' ', badge);
				row.classList.add('from-document');
			}
			const option = document.createElement('option');
			option.value = entry.key;
			options.append(option);
		});
	}

	function renderSnapshots(snapshots) {
		const body = byId('snapshots');
		body.replaceChildren();
		snapshots.forEach((snapshot) => {
			const row = body.insertRow();
			row.dataset.context = snapshot.context;
			cell(row, snapshot.context, 'context');
			// zxid 0: ZooKeeper holds nothing for the context
			cell(row, snapshot.version + (snapshot.version === '0x0' ? ' (no znodes)' : ''), 'version');
			cell(row, new Date(snapshot.acceptedAt).toLocaleTimeString(), 'time');
			cell(row, String(snapshot.keys));
		});
	}

	function rejectionRow(body, rejection, rejectedNow) {
		const row = body.insertRow();
		row.className = rejection.standing ? 'standing' : 'resolved';
		row.dataset.key = rejection.key || '';
		row.dataset.path = rejection.path;
		cell(row, rejection.standing ? 'still standing' : 'resolved', 'state');
		cell(row, new Date(rejection.time).toLocaleTimeString(), 'time');
		cell(row, rejection.key || '(whole znode)', 'key');
		cell(row, rejection.path, 'origin');
		const reason = cell(row, rejection.reason, 'reason');
		if (rejection.target) {
			const target = document.createElement('div');
			target.className = 'target';
			target.textContent = 'for ' + rejection.target;
			reason.append(target);
		}
		if (rejectedNow.has(rejection.path)) {
			row.classList.add('flash');
		}
	}

	function renderRejections(rejections, rejectedNow) {
		const body = byId('rejections');
		body.replaceChildren();
		// the standing ones first, newest first, then the resolved ones
		const standing = rejections.standing.slice().reverse();
		const resolved = rejections.recent.filter((rejection) => !rejection.standing);
		standing.forEach((rejection) => rejectionRow(body, rejection, rejectedNow));
		resolved.forEach((rejection) => rejectionRow(body, rejection, rejectedNow));
		byId('no-rejections').hidden = standing.length + resolved.length > 0;
		const alert = byId('standing-alert');
		alert.hidden = standing.length === 0;
		const one = standing.length === 1;
		alert.textContent = (one ? '1 rejected change stands' : standing.length + ' rejected changes stand')
			+ ': ZooKeeper holds data the application does not use; it keeps the last good values. Write '
			+ (one ? 'a good value to resolve it.' : 'good values to resolve them.');
	}

	function renderStreamed(view, changedKeys, rejectedNow) {
		streamed = true;
		render(view, changedKeys, rejectedNow);
	}

	function render(view, changedKeys, rejectedNow) {
		document.title = view.title;
		byId('title').textContent = view.title;
		byId('subtitle').textContent = view.subtitle || '';
		byId('subtitle').hidden = !view.subtitle;
		byId('zookeeper').textContent = view.zooKeeper.connectString + (view.zooKeeper.embedded ? ' (embedded)' : '');
		byId('context').textContent = view.zooKeeper.context;
		byId('health').textContent = view.zooKeeper.health || 'unknown';
		byId('notice').textContent = view.beans.environment['notice.text'] || '';
		GROUPS.forEach((group) => renderGroup(group, view.beans[group], changedKeys));
		renderRejections(view.rejections, rejectedNow || new Set());
		renderChanges(view.changes);
		renderSnapshots(view.snapshots);
		renderKeys(view.keys);
	}

	function setStatus(text, live) {
		const status = byId('stream-status');
		status.textContent = text;
		status.classList.toggle('live', live);
	}

	function subscribe() {
		const events = new EventSource('api/events');
		events.addEventListener('open', () => setStatus('live', true));
		events.addEventListener('error', () => setStatus('reconnecting\u2026', false));
		events.addEventListener('config', (event) => renderStreamed(JSON.parse(event.data), new Set()));
		events.addEventListener('change', (event) => {
			const message = JSON.parse(event.data);
			renderStreamed(message.config, new Set(message.changes.map((change) => change.key)));
		});
		events.addEventListener('rejected', (event) => {
			const message = JSON.parse(event.data);
			renderStreamed(message.config, new Set(), new Set(message.rejections.map((rejection) => rejection.path)));
			showRejected(message.rejections);
		});
	}

	// the form said the value was written: say so when the application rejects it
	function showRejected(rejections) {
		const rejection = lastWritten && rejections.find((candidate) => candidate.key === lastWritten.key);
		if (rejection) {
			lastWritten.rejected = true;
			const result = byId('form-result');
			result.className = 'result error';
			result.textContent = 'Rejected ' + rejection.key + ': ' + rejection.reason
				+ '. The application keeps its last good value.';
		}
	}

	async function submit(method, key, value) {
		const result = byId('form-result');
		const written = { key: key, rejected: false };
		lastWritten = written;
		const response = await fetch('api/config/' + encodeURIComponent(key).replace(/%2F/gi, '/'), {
			method: method,
			headers: { 'Content-Type': 'text/plain' },
			body: (method === 'PUT') ? value : undefined
		});
		if (response.ok) {
			if (written.rejected) {
				return;
			}
			result.className = 'result ok';
			result.textContent = (method === 'PUT' ? 'Set ' : 'Deleted ') + key
				+ ' in ZooKeeper; the page follows when the application has applied it.';
		}
		else {
			const problem = await response.json().catch(() => ({}));
			result.className = 'result error';
			result.textContent = (problem.title || response.statusText) + ': ' + (problem.detail || response.status);
		}
	}

	byId('change-form').addEventListener('submit', (event) => {
		event.preventDefault();
		submit('PUT', byId('key').value.trim(), byId('value').value);
	});
	byId('delete').addEventListener('click', () => submit('DELETE', byId('key').value.trim()));

	fetch('api/config').then((response) => response.json()).then((view) => {
		if (!streamed) {
			render(view, new Set());
		}
	});
	subscribe();
})();
