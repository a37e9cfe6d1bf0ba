package lexicon

import "testing"

func BenchmarkTmpCompile(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Compile(Builtin(), nil); err != nil {
			b.Fatal(err)
		}
	}
}
