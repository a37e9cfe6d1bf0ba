package browser

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/lint/report"
	"github.com/vocero/vocero/rules"
	"github.com/vocero/vocero/server"
)

func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("VOCERO_BROWSER") == "1" {
		t.Fatal("VOCERO_BROWSER=1 but no Chromium found (install Debian's chromium or set CHROMIUM)")
	}
	t.Skip("no Chromium found; set VOCERO_BROWSER=1 to make this a failure")
	return ""
}

func config() lint.Config {
	return lint.Config{
		Platforms: []lint.Platform{lint.X},
		Campaigns: []lint.Campaign{{
			Name:     "Voto informado",
			Hashtags: []string{"#VotoInformado2027"},
			Start:    lint.Date{Year: 2027, Month: time.January, Day: 15},
			End:      lint.Date{Year: 2027, Month: time.June, Day: 6},
		}},
	}
}

func startServer(t *testing.T) *httptest.Server {
	t.Helper()
	l, err := rules.NewLinter(config())
	if err != nil {
		t.Fatal(err)
	}
	h, err := server.New(server.Options{Linter: l})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// flags start Chromium as this machine allows: no sandbox for root, and
// no background connections to the outside.
func flags(t *testing.T) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 1300),
	}
}

type mark struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Text     string `json:"text"`
}

const marksJS = `Array.from(document.querySelectorAll('#resaltado mark')).map(m => ({rule: m.dataset.rule, severity: m.dataset.severity, text: m.textContent}))`

// waitFor polls a JavaScript condition until it is true.
func waitFor(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(20*time.Second))
}

func TestPageInBrowser(t *testing.T) {
	srv := startServer(t)
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), flags(t)...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	draft := "Consulta la informacion de tu casilla o llama al cel. 662 555 0142 #VotoInformado2027"
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/?fecha=2027-03-01"),
		chromedp.WaitReady("#texto"),
		chromedp.Click("#texto"),
		chromedp.SendKeys("#texto", draft),
		waitFor(`document.querySelectorAll('#resaltado mark[data-rule="spelling"]').length > 0 && document.querySelectorAll('#resaltado mark[data-rule="personal-data"]').length > 0`),
	)
	if err != nil {
		t.Fatalf("typing the draft: %v", err)
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]mark](marksJS))
	if err != nil {
		t.Fatal(err)
	}
	want := map[mark]bool{
		{Rule: "personal-data", Severity: "error", Text: "662 555 0142"}: false,
		{Rule: "spelling", Severity: "warning", Text: "informacion"}:     false,
	}
	for _, m := range marks {
		if _, ok := want[m]; ok {
			want[m] = true
		}
	}
	for m, seen := range want {
		if !seen {
			t.Errorf("no highlight %+v among %+v", m, marks)
		}
	}
	status, err := chromedp.Run(ctx, chromedp.Text("#estado"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(status, "No está lista") {
		t.Errorf("status %q, want it not ready (a phone number is an error)", status)
	}

	// Apply the spelling fix with a click; the text and the X counter follow.
	fixed := strings.Replace(draft, "informacion", "información", 1)
	err = chromedp.Do(ctx,
		chromedp.Click(`li.hallazgo[data-rule="spelling"] button.arreglo`),
		waitFor(`document.getElementById('texto').value.includes('información') && document.querySelectorAll('#resaltado mark[data-rule="spelling"]').length === 0`),
	)
	if err != nil {
		t.Fatalf("applying the spelling fix: %v", err)
	}
	value, err := chromedp.Run(ctx, chromedp.Value("#texto"))
	if err != nil {
		t.Fatal(err)
	}
	if value != fixed {
		t.Errorf("text after the fix:\n got %q\nwant %q", value, fixed)
	}
	cfg := config()
	ins := report.Inspect(lint.NewDocument(&lint.Post{Text: fixed}, &cfg))
	wantCount := strconv.Itoa(ins.X.WeightedLength)
	if err := chromedp.Do(ctx, waitFor(`document.querySelector('#contadores tr[data-platform="x"] .cuenta').textContent === '`+wantCount+`'`)); err != nil {
		count, _ := chromedp.Run(ctx, chromedp.Text(`#contadores tr[data-platform="x"] .cuenta`))
		t.Errorf("X counter %q, want %s", count, wantCount)
	}

	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	out := os.Getenv("VOCERO_SCREENSHOT")
	if out == "" {
		out = filepath.Join(t.TempDir(), "pagina.png")
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", out)
}

// TestDumpDOM checks what `chromium --headless --dump-dom '/?texto=…'`
// shows: the page opened from a shared link, with its findings.
func TestDumpDOM(t *testing.T) {
	srv := startServer(t)
	bin := chromium(t)
	draft := "Escribe a juan.perez.1990@gmail.com para mas informacion"
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
		"--user-data-dir="+t.TempDir(), "--dump-dom", srv.URL+"/?fecha=2027-03-01&texto="+url.QueryEscape(draft))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom: %v", err)
	}
	dom := string(out)
	for _, want := range []string{
		`data-rule="personal-data" data-severity="error"`,
		`data-rule="spelling"`,
		"No está lista",
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("the DOM lacks %q", want)
		}
	}
}
