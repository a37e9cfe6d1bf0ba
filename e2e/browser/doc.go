// Package browser tests vocero's draft-checking page in a real browser:
// headless Chromium driven over the DevTools protocol by chromedp.
//
// It is a module of its own so that chromedp, which needs a newer Go than
// vocero itself, stays out of vocero's requirements. Run it with
//
//	cd e2e/browser && go test ./...
//
// Chromium is looked for as $CHROMIUM, chromium or chromium-browser; the
// test is skipped without it unless VOCERO_BROWSER=1 (as in CI), where a
// missing browser fails. VOCERO_SCREENSHOT names where to save a picture of
// the page.
package browser
