package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vocero/vocero/lint"
	"github.com/vocero/vocero/rules"
)

// benchPosts are synthetic institutional posts of the kinds a content
// repository holds: notices, calls, reminders, replies; a few carry
// problems (capitals, a link outside the allowed sites, a phone number).
var benchPosts = []string{
	"El Consejo General del IEE Sonora aprobó hoy el calendario del proceso electoral local 2026-2027. Consulta los detalles en ieesonora.org.mx #VotoInformado2027",
	"¿Quieres ser supervisor o capacitador asistente electoral? La convocatoria está abierta hasta el %d de marzo. Requisitos y registro en https://ieesonora.org.mx/convocatorias",
	"Recuerda: la credencial para votar es gratuita. Tramítala o actualízala en el módulo del INE más cercano a tu domicilio.",
	"Hoy se instaló el Consejo Municipal Electoral de Hermosillo. Agradecemos a las y los consejeros su compromiso con la democracia en Sonora.",
	"Gracias por tu mensaje. La información sobre casillas estará disponible en ieesonora.org.mx a partir del %d de mayo.",
	"ÚLTIMO DÍA PARA REGISTRARTE COMO OBSERVADOR ELECTORAL. No te quedes fuera.",
	"Consulta los resultados preliminares en el PREP: https://prep.ieesonora.org.mx. Los datos se actualizan cada quince minutos.",
	"Participa en el debate del distrito %d. Transmisión en vivo por nuestras redes sociales a las 19:00 horas.",
	"Más información en bit.ly/iee-%d o llama al 662 123 4567.",
	"La sesión extraordinaria del Consejo General inicia a las 10:00 horas. Síguela en vivo en nuestro canal institucional.",
}

// makeTree writes n posts under dir, 100 per folder, most as .txt and one
// in ten as Markdown with front matter.
func makeTree(tb testing.TB, dir string, n int) {
	tb.Helper()
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("semana-%03d", i/100))
		if i%100 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				tb.Fatal(err)
			}
		}
		text := benchPosts[i%len(benchPosts)]
		if strings.Contains(text, "%d") {
			text = fmt.Sprintf(text, i%28+1)
		}
		name := filepath.Join(sub, "p"+strconv.Itoa(i)+".txt")
		if i%10 == 3 {
			name = filepath.Join(sub, "p"+strconv.Itoa(i)+".md")
			text = "---\nplatforms: [x, facebook]\npublish_at: 2027-03-01T10:00:00\n---\n" + text + "\n"
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// peakMemory samples the heap while a run lasts and reads the process's
// peak resident size (reset first where Linux allows it).
type peakMemory struct {
	stop chan struct{}
	wg   sync.WaitGroup
	heap uint64
}

func startPeak() *peakMemory {
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // reset VmHWM
	p := &peakMemory{stop: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		var ms runtime.MemStats
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			p.heap = max(p.heap, ms.HeapInuse+ms.StackInuse)
			select {
			case <-p.stop:
				return
			case <-t.C:
			}
		}
	}()
	return p
}

// end returns the peak heap and the peak RSS (0 when unknown), in MiB.
func (p *peakMemory) end() (heap, rss float64) {
	close(p.stop)
	p.wg.Wait()
	if data, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(data), "\n") {
			if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
				kb, _ := strconv.ParseFloat(f[1], 64)
				rss = kb / 1024
			}
		}
	}
	return float64(p.heap) / (1 << 20), rss
}

func benchEnv(dir string) *env {
	return &env{
		stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard,
		getenv: func(string) string { return "" }, getwd: func() (string, error) { return dir, nil },
		isTerminal: func(io.Writer) bool { return false }, progressDelay: time.Hour,
		ruleSet: rules.All,
	}
}

// BenchmarkLintTree runs the whole `vocero lint` over a tree of 10,000
// small posts: walking, reading, linting over GOMAXPROCS workers and
// writing the text report. "all" runs every built-in rule; "none" runs no
// rule and measures the command and the engine around the rules.
func BenchmarkLintTree(b *testing.B) {
	const n = 10_000
	dir := b.TempDir()
	makeTree(b, dir, n)
	for _, bc := range []struct {
		name  string
		rules func(lint.Config) ([]lint.Rule, error)
	}{
		{"all", rules.All},
		{"none", func(lint.Config) ([]lint.Rule, error) { return nil, nil }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			e := benchEnv(dir)
			e.ruleSet = bc.rules
			// Warm up: the first run loads the dictionary and lexicons.
			e.run(context.Background(), []string{"lint", "semana-000"})
			runtime.GC()
			b.ReportAllocs()
			b.ResetTimer()
			peak := startPeak()
			cpu0 := cpuTime()
			start := time.Now()
			for range b.N {
				if code := e.run(context.Background(), []string{"lint", "."}); code == ExitError {
					b.Fatalf("exit %d", code)
				}
			}
			elapsed := time.Since(start)
			cpu := cpuTime() - cpu0
			b.StopTimer()
			heap, rss := peak.end()
			b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "posts/s")
			if cpu > 0 {
				// Posts per second of CPU time: what one core does on an
				// idle machine, whatever else the machine is doing now.
				b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "posts/cpu-s")
			}
			b.ReportMetric(heap, "peak-heap-MiB")
			if rss > 0 {
				b.ReportMetric(rss, "peak-RSS-MiB")
			}
		})
	}
}

// BenchmarkLintLargeFile lints one 5 MB text file (one post), writing the
// text and the JSON report.
func BenchmarkLintLargeFile(b *testing.B) {
	dir := b.TempDir()
	var buf bytes.Buffer
	for i := 0; buf.Len() < 5<<20; i++ {
		t := benchPosts[i%len(benchPosts)]
		if strings.Contains(t, "%d") {
			t = fmt.Sprintf(t, i%28+1)
		}
		buf.WriteString(t)
		buf.WriteString("\n\n")
	}
	p := filepath.Join(dir, "grande.txt")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{"text", "json"} {
		b.Run(format, func(b *testing.B) {
			e := benchEnv(dir)
			e.run(context.Background(), []string{"lint", "--format", format, p})
			b.ReportAllocs()
			b.SetBytes(int64(buf.Len()))
			b.ResetTimer()
			for range b.N {
				e.run(context.Background(), []string{"lint", "--format", format, p})
			}
		})
	}
}
