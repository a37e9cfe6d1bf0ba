package dict

import (
	"fmt"
	"testing"
)

func TestEye2(t *testing.T) {
	d := Default()
	for _, w := range []string{"ca", "car", "pa", "par", "zar", "ce", "albarazo", "albar"} {
		fmt.Println(w, d.Analyze(w, nil))
	}
}
