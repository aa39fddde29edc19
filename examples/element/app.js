// The host's side of <b2core-sign-in>: plain JavaScript, no build step.
const status = document.getElementById('status');

/** What the portal keeps: here in memory only. A real portal starts its session with the pair. */
window.portal = { tokens: null, events: [] };

// The element hands the tokens to the page exactly once; it stores nothing itself. Storing them
// (and refreshing them) is the host's job.
document.addEventListener('b2s-signed-in', (event) => {
  window.portal.tokens = event.detail;
  status.textContent = 'Signed in';
});

// Funnel events for analytics: no email, password, code or token in them.
document.addEventListener('b2s-event', (event) => {
  window.portal.events.push(event.detail);
});
