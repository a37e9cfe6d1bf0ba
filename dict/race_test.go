package dict

import (
	"sync"
	"testing"
)

// The shared dictionary and lists are safe for concurrent use.
func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := Default()
			for j := 0; j < 20; j++ {
				d.Contains("votación")
				d.Suggest("publicacion", 3)
				d.SplitCompound("votoinformado")
				CommonMisspellings().Fix("haiga")
				ProbableAccents().Fix("numero")
				d.WithWords("tuitazo").Contains("tuitazo")
			}
		}()
	}
	wg.Wait()
}
