package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestLoad holds 500 concurrent clients on loopback, each sending drafts
// of realistic size one after another, and checks that every answer is a
// 200 with findings. It logs the latency percentiles.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: skipped with -short")
	}
	const clients, perClient = 500, 4
	h := newTestHandler(t, func(o *Options) { o.Timeout = 60 * time.Second })
	srv := httptest.NewServer(h)
	defer srv.Close()
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 2 * time.Minute}

	drafts := make([][]byte, 16)
	for i := range drafts {
		text := fmt.Sprintf("AVISO %d: la convocatoria para supervisores y capacitadores cierra el viernes. "+
			"Mas informacion en https://ieesonora.org.mx/convocatorias o al cel. 662 555 %04d. "+
			"Recuerda llevar tu credencial para votar 🗳️ y comprobante de domicilio. #VotoInformado2027 ", i, 100+i)
		body, _ := json.Marshal(map[string]any{"text": strings.Repeat(text, 1+i%3), "platforms": []string{"x", "facebook"}, "publish_at": "2027-03-01"})
		drafts[i] = body
	}

	var (
		mu        sync.Mutex
		latencies []time.Duration
		failures  []string
		wg        sync.WaitGroup
		start     = make(chan struct{})
	)
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			<-start
			for k := 0; k < perClient; k++ {
				body := drafts[(c+k)%len(drafts)]
				t0 := time.Now()
				resp, err := client.Post(srv.URL+"/v1/lint", "application/json", bytes.NewReader(body))
				var out []byte
				if err == nil {
					out, err = io.ReadAll(resp.Body)
					resp.Body.Close()
				}
				d := time.Since(t0)
				mu.Lock()
				switch {
				case err != nil:
					failures = append(failures, err.Error())
				case resp.StatusCode != http.StatusOK:
					failures = append(failures, fmt.Sprintf("%d %s", resp.StatusCode, out))
				case !bytes.Contains(out, []byte(`"personal-data"`)):
					failures = append(failures, "no personal-data finding in "+string(out[:min(len(out), 200)]))
				default:
					latencies = append(latencies, d)
				}
				mu.Unlock()
			}
		}(c)
	}
	t0 := time.Now()
	close(start)
	wg.Wait()
	total := time.Since(t0)
	if len(failures) > 0 {
		t.Fatalf("%d of %d requests failed; first: %s", len(failures), clients*perClient, failures[0])
	}
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	pct := func(p float64) time.Duration { return latencies[int(p*float64(len(latencies)-1))] }
	t.Logf("%d clients x %d drafts: %d answers in %v (%.0f/s); latency p50 %v, p90 %v, p99 %v, max %v",
		clients, perClient, len(latencies), total.Round(time.Millisecond), float64(len(latencies))/total.Seconds(),
		pct(0.50).Round(time.Millisecond), pct(0.90).Round(time.Millisecond), pct(0.99).Round(time.Millisecond), latencies[len(latencies)-1].Round(time.Millisecond))
	if p99 := pct(0.99); p99 > 30*time.Second {
		t.Errorf("p99 latency %v, want under 30s even on a loaded 2-core machine", p99)
	}
}
