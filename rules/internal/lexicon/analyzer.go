package lexicon

// defaultAnalyzer returns the analyser of the bundled dictionary, or nil
// while the dictionary has none.
func defaultAnalyzer() Analyzer { return nil }
