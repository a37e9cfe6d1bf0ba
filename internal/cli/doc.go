package cli

// The README's rule reference is generated from the rules' metadata;
// TestREADMERuleReference fails when it is stale.
//go:generate go run ../../cmd/vocero rules --readme ../../README.md
